using BudgetDisclosure.Documents;
using BudgetDisclosure.Pdf.Tests.Support;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Pdf.Tests;

/// <summary>The image-only corpus PDFs are said to be scans without a text layer, never read as empty documents.</summary>
public class ScannedTests
{
    [SkippableTheory]
    [InlineData("榆林__信访局_2026年部门预算.pdf", 3)]
    [InlineData("长沙__市场监督管理局_2026年部门预算.pdf", 6)]
    public void Scanned_corpus_pdfs_are_reported_as_scanned(string name, int pages)
    {
        var path = Corpus.Scanned(name);
        var result = TestPipelines.Pdf().ReadDocument(path);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(PdfMessages.ScannedDocumentCode, error.Code);
        Assert.Equal(path, error.Source.File);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains($"共 {pages} 页均为图像", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_scanned_page_inside_a_text_pdf_is_warned()
    {
        // 西安 医疗保障局 has one page printed as an image (page 16) among 49 text pages.
        var result = TestPipelines.Pdf().ReadDocument(Corpus.Pdf("西安__医疗保障局_2026年部门预算.pdf"));
        Assert.True(result.Success);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == PdfMessages.ScannedPageCode);
        Assert.Equal(16, warning.Source.Page);
    }
}
