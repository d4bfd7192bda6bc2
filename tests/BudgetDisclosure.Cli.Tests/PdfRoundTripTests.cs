using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Pdf;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Tests.Writing;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Writing.Synthesis;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>
/// What <c>render --to pdf</c> writes (the DOCX converted by LibreOffice) reads back through the PDF reader to the same
/// facts, claims and rest of the model as the sample, and <c>check</c> finds no error in it: the two-sided tables'
/// panels (收入 | 支出 over 项目 + 预算数) and the expenditure side's "205 教育支出" rows without amounts included.
/// </summary>
public sealed class PdfRoundTripTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("budget-pdf-round-trip-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>
    /// The DOCX sets Latin text in Times New Roman; LibreOffice substitutes Liberation Serif, its metric twin, and
    /// without it DejaVu Serif, whose wider "%" and digits move glyphs apart ("4.00% ，", "(% )") and wrap narrow cells.
    /// The published documents are set in Times metrics, so the round trip is measured in them.
    /// </summary>
    private static void RequireTimesMetricFont() =>
        Precondition.Require(Precondition.HasFont("Liberation Serif"), "跳过：没有 Liberation Serif（apt-get install fonts-liberation），LibreOffice 会以 DejaVu Serif 代替 Times New Roman。");

    [SkippableFact]
    public void Pdf_round_trip_of_the_sample()
    {
        Precondition.Require(BudgetDisclosure.OpenXml.PdfConverter.FindConverter() is not null, "LibreOffice（soffice）未安装：跳过 PDF 往返测试（.ci/run 会安装 libreoffice-writer-nogui 与 fonts-noto-cjk）。");
        RequireTimesMetricFont();
        var sample = Samples.Clean();
        var composed = Composer.Compose(WritingInput.FromParsed(sample));
        var docx = Path.Combine(dir, "sample.docx");
        var pdf = Path.Combine(dir, "sample.pdf");
        DocxWriter.Write(composed, docx);
        PdfConverter.Convert(docx, pdf);
        WritingRoundTrip.AssertReadsBack(sample, composed, Pipelines.Default.ReadDocument(pdf));
    }

    /// <summary>
    /// The six documents of <c>synth --count 6 --seed 7</c> rendered to PDF read back with the disclosure's facts and no
    /// error: a ruled 科目名称 as tall as two header rows, centred between them under a group header, heads its own
    /// column on a page whose names are all short (基本支出表 was keyed 科目名称 under 一般公共预算基本支出), and a
    /// two-sided table continued on a page whose first row holds an income label beside "204 公共安全支出" and no amount
    /// starts its body there (the total row 收入总计 | 支出总计 was read as one label).
    /// </summary>
    [SkippableFact]
    public void Synthesized_pdfs_read_back_with_their_facts_and_claims()
    {
        Precondition.Require(BudgetDisclosure.OpenXml.PdfConverter.FindConverter() is not null, "LibreOffice（soffice）未安装：跳过合成文件的 PDF 往返测试（.ci/run 会安装 libreoffice-writer-nogui 与 fonts-noto-cjk）。");
        RequireTimesMetricFont();
        var docs = Enumerable.Range(0, 6).Select(i => SyntheticDisclosures.One(7, i)).ToList();
        var files = new List<(string Docx, string Pdf)>();
        foreach (var (doc, i) in docs.Select((d, i) => (d, i)))
        {
            var docx = Path.Combine(dir, $"synth-{i}.docx");
            DocxWriter.Write(Composer.Compose(doc.Input), docx);
            files.Add((docx, Path.ChangeExtension(docx, ".pdf")));
        }
        PdfConverter.ConvertMany(files);
        foreach (var (doc, (_, pdf)) in docs.Zip(files))
        {
            var read = Pipelines.Default.ReadDocument(pdf);
            Assert.True(read.Success, string.Join("\n", read.Diagnostics));
            var back = BudgetDisclosure.Binding.DisclosureBinder.Bind(read.Value!).Value!;
            WritingRoundTrip.AssertSameFacts(doc.Input.Disclosure, back);
            WritingRoundTrip.AssertSameClaims(Composer.Compose(doc.Input), back);
            WritingRoundTrip.AssertSameRest(doc.Input.Disclosure, back);
            WritingRoundTrip.AssertNoErrors(back);
        }
    }
}
