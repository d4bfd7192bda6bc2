using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Storage.Tests;

/// <summary>
/// The store keeps each disclosure as its JSON and checks a stored one again (when its year before arrives) from that
/// JSON: the model read back must check exactly as the one read from the file, or a re-check would change findings
/// nobody asked to change. Over the corpus (every format it has) and synthetic disclosures.
/// </summary>
public sealed class StoredModelTests
{
    public static IEnumerable<object[]> CorpusFiles() =>
        Corpus.Root is not { } root ? [] : Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".pdf" or ".md" or ".txt" && !f.Contains("scanned", StringComparison.Ordinal) && Path.GetFileName(f) != "README.md")
            .Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetRelativePath(root, f) });

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles))]
    public void A_corpus_disclosure_read_back_from_its_json_checks_the_same(string file)
    {
        var read = Inputs.Pipeline.Read(Corpus.Require(file.Split(Path.DirectorySeparatorChar)));
        Skip.If(read.Value is null, "unreadable");
        AssertSameChecks(read.Value!);
    }

    [Fact]
    public void Synthetic_disclosures_read_back_from_their_json_check_the_same()
    {
        for (var i = 0; i < 8; i++)
        {
            var text = Inputs.Markdown(31, i);
            AssertSameChecks(Inputs.Pipeline.Read(Ingest.DocumentInput.FromText(text, $"s{i}.md")).Value!);
        }
    }

    [Fact]
    public void A_corpus_list_exists_or_the_corpus_is_absent() =>
        Precondition.Require(CorpusFiles().Any(), "跳过：找不到 ../shared/corpus（语料不在本机），语料测试未运行。");

    private static void AssertSameChecks(Disclosure original)
    {
        var stored = StoredDisclosure.Decompress(StoredDisclosure.Compress(original));
        Assert.Equal(Describe(Inputs.Pipeline.Check(original)), Describe(Inputs.Pipeline.Check(stored)));
    }

    private static string Describe(CheckReport report) =>
        string.Join("\n", report.Statuses.Select(s => $"{s.Rule.Id} {s.Outcome} {s.Evaluated}/{s.Failures} {s.Reason}")
            .Concat(report.Findings.Select(f => f.ToString()))
            .Concat(report.Tables.Select(t => $"{t.Table.Name} {t.Status} {t.Identities}/{t.Failures}")));
}
