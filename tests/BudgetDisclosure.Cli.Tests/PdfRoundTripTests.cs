using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Pdf;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Tests.Writing;
using BudgetDisclosure.Writing;

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

    [SkippableFact]
    public void Pdf_round_trip_of_the_sample()
    {
        Skip.If(PdfConverter.FindConverter() is null, "LibreOffice（soffice）未安装：跳过 PDF 往返测试（.ci/run 会安装 libreoffice-writer-nogui 与 fonts-noto-cjk）。");
        var sample = Samples.Clean();
        var composed = Composer.Compose(WritingInput.FromParsed(sample));
        var docx = Path.Combine(dir, "sample.docx");
        var pdf = Path.Combine(dir, "sample.pdf");
        DocxWriter.Write(composed, docx);
        PdfConverter.Convert(docx, pdf);
        WritingRoundTrip.AssertReadsBack(sample, composed, PdfDocumentReader.ReadFile(pdf));
    }
}
