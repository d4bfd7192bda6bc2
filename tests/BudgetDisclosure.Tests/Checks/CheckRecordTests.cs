using BudgetDisclosure.Checks;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Writing.Synthesis;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>
/// The whole check record — each rule's outcome, places checked, failures and reason, then every finding as a reviewer
/// reads it — of every document the core tests can read: the layout fixtures, the corpus texts, pdftotext's reading of
/// each corpus PDF, and a few generated disclosures. Between them they hold the regional shapes (北京's income groups,
/// 结转结余 tables, two-sided summaries, tables declared empty), so that a rule whose identities, statuses or reasons
/// change fails here, not only on the sample. A change that is meant is reviewed as a diff of these files.
/// </summary>
public class CheckRecordTests
{
    public static TheoryData<string, string> FixtureDocuments()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "text", "pdftotext" })
            foreach (var file in Directory.GetFiles(Fixtures.Path(folder)).Order(StringComparer.Ordinal))
                data.Add(folder, Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureDocuments))]
    public void Fixture_check_record_is_as_recorded(string folder, string name)
    {
        var read = DisclosurePipeline.Text.Read(DocumentInput.FromText(Fixtures.Read(folder, name), name));
        Assert.NotNull(read.Value);
        AssertRecord($"fixture-{Path.GetFileNameWithoutExtension(name)}.txt", Checker.Check(read.Value!));
    }

    [Theory]
    [InlineData("xinjiang-kizilsu-medical-security-2025.md")]
    [InlineData("xinjiang-region-medical-security-2025.md")]
    [InlineData("xinjiang-yanqi-medical-security-2026.txt")]
    public void Corpus_text_check_record_is_as_recorded(string name)
    {
        var read = DisclosurePipeline.Text.Read(Corpus.Text(name));
        AssertRecord($"text-{Path.GetFileNameWithoutExtension(name)}.txt", Checker.Check(read.Value!));
    }

    [Theory]
    [MemberData(nameof(CorpusPdfs))]
    public void Pdftotext_check_record_of_each_corpus_pdf_is_as_recorded(string pdfName)
    {
        var text = BudgetDisclosure.Testing.Pdftotext.Text(Corpus.Pdf(pdfName));
        var read = DisclosurePipeline.Text.Read(DocumentInput.FromText(text, pdfName + ".txt"));
        Assert.NotNull(read.Value);
        AssertRecord($"pdftotext-{Path.GetFileNameWithoutExtension(pdfName)}.txt", Checker.Check(read.Value!));
    }

    /// <summary>Every PDF of the corpus with a text layer, 江苏's 2017–2019 tables included; the listed ones when the corpus is absent (they then skip).</summary>
    public static TheoryData<string> CorpusPdfs()
    {
        var listed = Corpus.TextPdfs().Select(row => (string)row[0]);
        var present = Corpus.Root is { } root && Directory.Exists(Path.Combine(root, "pdf"))
            ? Directory.GetFiles(Path.Combine(root, "pdf"), "*.pdf").Select(Path.GetFileName).OfType<string>()
            : [];
        return [.. listed.Union(present, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData(11, 0)]
    [InlineData(23, 1)]
    [InlineData(37, 2)]
    [InlineData(41, 3)]
    public void Synthetic_check_record_is_as_recorded(int seed, int index)
    {
        var doc = SyntheticDisclosures.One(seed, index);
        var composed = Composer.Compose(doc.Input);
        var read = DisclosurePipeline.Text.Read(DocumentInput.FromText(MarkdownWriter.Write(composed), doc.Name + ".md"));
        Assert.NotNull(read.Value);
        AssertRecord($"synth-{seed}-{index}.txt", Checker.Check(read.Value!, doc.Prior));
    }

    /// <remarks>Between them these documents make nearly every rule speak, so their English messages are checked here too.</remarks>
    private static void AssertRecord(string name, CheckReport report)
    {
        Golden.Assert(Golden.PathOf("BudgetDisclosure.Tests", "check-records", name), FindingText.Record(report));
        FindingMessageTests.AssertEnglishCarriesNoChineseOfTheCode(report);
    }
}
