using BudgetDisclosure.Documents;
using BudgetDisclosure.Fuzzing;
using BudgetDisclosure.Pdf.Tests.Support;

namespace BudgetDisclosure.Pdf.Tests;

/// <summary>
/// Seeded fuzzing of the PDF reader (tools/BudgetDisclosure.Fuzz runs the same mutations by the million): truncated,
/// bit-flipped PDFs with objects doubled, lost or emptied and the xref or trailer broken never throw, never hang, and
/// a failure is an error naming the file. A failure message names the seed and index that replay it.
/// </summary>
public class PdfFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private static readonly FuzzSeed[] Seeds =
    [
        new("three-pages.pdf", MinimalPdf.Build("Annual report 2026", "Page two", "Closing page")),
        new("mixed.pdf", MinimalPdf.Build("Budget 2026", null, "Total 1,234.56")),
    ];

    [Theory]
    [InlineData(20260601)]
    [InlineData(20260602)]
    public void Mutated_pdfs_never_throw_or_hang(int seed)
    {
        var summary = FuzzHarness.RunMany(TestPipelines.Pdf(), "pdf", Seeds, seed, 250, Limit, maxBytes: 1 << 18);
        Assert.True(summary.Failures.Count == 0, string.Join('\n', summary.Failures));
        // Most mutations still leave pages to read: a reader that refused every damaged file would pass the line above.
        Assert.True(summary.Documents > 50, $"only {summary.Documents} of 250 mutated PDFs read");
    }

    [Fact]
    public void A_pdf_cut_after_its_second_page_yields_two_pages_and_a_warning()
    {
        var bytes = MinimalPdf.Build("Annual report 2026", "Page two", "Closing page");
        // Cut inside the third page's content stream: the xref table, the trailer and the third page are gone.
        var cut = System.Text.Encoding.Latin1.GetString(bytes).LastIndexOf("BT /F1", StringComparison.Ordinal);
        var result = PdfDocumentReader.Read(bytes[..cut], "cut.pdf");
        Assert.NotNull(result.Value);
        var repaired = Assert.Single(result.Diagnostics, d => d.Code == PdfMessages.RepairedCode);
        Assert.Equal(DiagnosticSeverity.Warning, repaired.Severity);
        Assert.Equal("cut.pdf", repaired.Source.File);
        var text = string.Concat(result.Value!.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("Annual report 2026", text, StringComparison.Ordinal);
        Assert.Contains("Page two", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Closing page", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_whose_page_tree_was_written_last_and_lost_still_yields_its_pages()
    {
        var bytes = MinimalPdf.Build("Annual report 2026", "Page two");
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        // The page tree (object 2) blanked out, as when a writer puts it after the pages and the file is cut there.
        var tree = text.IndexOf("2 0 obj", StringComparison.Ordinal);
        var end = text.IndexOf("endobj", tree, StringComparison.Ordinal) + "endobj".Length;
        var damaged = System.Text.Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, tree), new string(' ', end - tree), text.AsSpan(end)));
        var xref = text.IndexOf("\nxref", StringComparison.Ordinal);
        var result = PdfDocumentReader.Read(damaged[..xref], "no-tree.pdf");
        Assert.Contains(result.Diagnostics, d => d.Code == PdfMessages.RepairedCode);
        Assert.Equal(2, result.Value!.PageCount);
    }
}
