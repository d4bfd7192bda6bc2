using BudgetDisclosure.Documents;
using BudgetDisclosure.Pdf.Tests.Support;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Pdf.Tests;

/// <summary>Damaged, hostile and text-less PDFs end in one clear error diagnostic naming the file, never an exception.</summary>
public class BadInputTests
{
    private static ReadDiagnostic SingleError(ReadResult<SourceDocument> result)
    {
        Assert.False(result.Success);
        return Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_minimal_pdf_goes_through_the_whole_pipeline()
    {
        var result = PdfDocumentReader.Read(MinimalPdf.Build("Annual report 2026", "Page two"), "minimal.pdf");
        // The text is read (two pages), but it is no budget disclosure: the same verdict the text reader gives.
        Assert.NotNull(result.Value);
        Assert.Equal(2, result.Value!.PageCount);
        Assert.Contains(result.Value.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("Annual report 2026", StringComparison.Ordinal));
        Assert.Equal(Messages.NoDisclosureContentCode, SingleError(result).Code);
    }

    [Fact]
    public void A_truncated_pdf_is_reported_as_damaged()
    {
        var bytes = MinimalPdf.Build("Annual report 2026");
        var result = PdfDocumentReader.Read(bytes[..(bytes.Length / 2)], "truncated.pdf");
        // The page is still there but its text was cut off: the file is repaired, and found to hold no text.
        Assert.Contains(result.Diagnostics, d => d.Code == PdfMessages.RepairedCode && d.Source.File == "truncated.pdf");
        var error = SingleError(result);
        Assert.Equal(PdfMessages.NoTextCode, error.Code);
        Assert.Contains("truncated.pdf", error.Message, StringComparison.Ordinal);
        Assert.Equal("truncated.pdf", error.Source.File);
    }

    [Fact]
    public void Random_bytes_behind_a_pdf_header_are_reported_as_damaged()
    {
        var random = new Random(20260501);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        var error = SingleError(PdfDocumentReader.Read(bytes, "random.pdf"));
        Assert.Equal(PdfMessages.NotPdfCode, error.Code);
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bd-empty-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, []);
        try
        {
            var error = SingleError(TestPipelines.Pdf().ReadDocument(path));
            Assert.Equal(Messages.EmptyFileCode, error.Code);
            Assert.Equal(path, error.Source.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Text_without_a_pdf_header_is_not_taken_for_a_pdf()
    {
        var error = SingleError(PdfDocumentReader.Read("收支总表\n"u8.ToArray(), "table.txt"));
        Assert.Equal(PdfMessages.NotPdfCode, error.Code);
    }

    [Fact]
    public void A_missing_file_is_reported_as_missing()
    {
        var error = SingleError(TestPipelines.Pdf().ReadDocument(Path.Combine(Path.GetTempPath(), $"bd-missing-{Guid.NewGuid():N}.pdf")));
        Assert.Equal(Messages.FileNotFoundCode, error.Code);
    }

    [Fact]
    public void An_image_only_pdf_is_reported_as_scanned()
    {
        var error = SingleError(PdfDocumentReader.Read(MinimalPdf.Build(null, null), "scan.pdf"));
        Assert.Equal(PdfMessages.ScannedDocumentCode, error.Code);
        Assert.Contains("scan.pdf", error.Message, StringComparison.Ordinal);
        Assert.Contains("扫描件", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scanned_page_among_text_pages_is_warned_and_skipped()
    {
        var result = PdfDocumentReader.Read(MinimalPdf.Build("Annual report 2026", null, "Closing page"), "mixed.pdf");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == PdfMessages.ScannedPageCode);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(2, warning.Source.Page);
        // The pages either side are read; running text re-flows across the skipped page.
        var text = string.Concat(result.Value!.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("Annual report 2026", text, StringComparison.Ordinal);
        Assert.Contains("Closing page", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_text_or_image_is_no_text_at_all()
    {
        var error = SingleError(PdfDocumentReader.Read(MinimalPdf.Build(""), "blank.pdf"));
        Assert.Equal(PdfMessages.NoTextCode, error.Code);
    }

    [Fact]
    public void The_limits_stop_the_read_with_an_error()
    {
        var bytes = MinimalPdf.Build("Annual report 2026", "Page two");
        Assert.Equal(Messages.FileTooLargeCode, SingleError(PdfDocumentReader.Read(bytes, "big.pdf", limits: new IngestLimits { MaxFileBytes = 100 })).Code);
        Assert.Equal(PdfMessages.TooManyPagesCode, SingleError(PdfDocumentReader.Read(bytes, "long.pdf", limits: new IngestLimits { MaxPages = 1 })).Code);
        var letters = SingleError(PdfDocumentReader.Read(bytes, "dense.pdf", new PdfReadOptions { MaxLettersPerPage = 5 }));
        Assert.Equal(PdfMessages.TooManyLettersCode, letters.Code);
        Assert.Equal(1, letters.Source.Page);
        Assert.Equal(PdfMessages.TimeLimitCode, SingleError(PdfDocumentReader.Read(bytes, "slow.pdf", limits: new IngestLimits { MaxDuration = TimeSpan.Zero })).Code);
    }
}
