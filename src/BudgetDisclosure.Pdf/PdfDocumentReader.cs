using System.Diagnostics;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Reading.Pdftotext;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace BudgetDisclosure.Pdf;

/// <summary>
/// Reads a PDF with a text layer into the same <see cref="SourceDocument"/> the text readers produce
/// (<see cref="TextLayout.Native"/>): each page's letters are laid out on a character grid like <c>pdftotext -layout</c>
/// (<see cref="PageLayout"/>) and the lines go through the pdftotext layout parser, which removes page furniture, joins
/// tables continued across pages and re-flows the narrative. Every line's source is (file, line of that layout, page).
/// Never throws on a bad file: corrupt, encrypted, scanned or oversized PDFs come back with an error diagnostic.
/// </summary>
public static class PdfDocumentReader
{
    private static readonly byte[] Magic = "%PDF-"u8.ToArray();

    /// <summary>True when the bytes start like a PDF (the header may follow up to 1 KB of junk, as readers allow).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf(Magic) >= 0;

    /// <summary>Reads the bytes of a PDF; the pipeline's limits bound its size, pages and time.</summary>
    public static ReadResult<SourceDocument> Read(byte[] bytes, string path, PdfReadOptions? options = null, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(path);
        options ??= PdfReadOptions.Default;
        limits ??= IngestLimits.Default;
        var file = Path.GetFileName(path);
        if (bytes.Length == 0) return ReadResult.Failed<SourceDocument>(Error(path, Messages.EmptyFileCode, Messages.EmptyFile));
        if (bytes.LongLength > limits.MaxFileBytes)
            return ReadResult.Failed<SourceDocument>(Error(path, Messages.FileTooLargeCode, Messages.FileTooLarge(bytes.LongLength, limits.MaxFileBytes)));
        if (!LooksLikePdf(bytes))
            return ReadResult.Failed<SourceDocument>(Error(path, PdfMessages.NotPdfCode, PdfMessages.NotPdf(file, "没有 %PDF- 文件头")));

        var diagnostics = new List<ReadDiagnostic>();
        var clock = Stopwatch.StartNew();
        PdfDocument document;
        try
        {
            document = Open(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadResult.Failed<SourceDocument>(Error(path, PdfMessages.EncryptedCode, PdfMessages.Encrypted(file)));
        }
#pragma warning disable CA1031 // PdfPig throws many exception types on a damaged file; each is a damaged file to the user.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // Cut short or with its trailer broken: read what the objects still in the file make up, as poppler does.
            if (Reopen(bytes) is not { } repaired)
                return ReadResult.Failed<SourceDocument>(Error(path, PdfMessages.NotPdfCode, PdfMessages.NotPdf(file, ex.Message)));
            (document, bytes) = repaired;
            diagnostics.Add(new(DiagnosticSeverity.Warning, PdfMessages.RepairedCode, PdfMessages.Repaired(file, ex.Message), new SourceLocation(path, 0)));
        }

        using (document)
        {
            using var scans = options.Ocr is null ? null : new ScannedPageReader(bytes, path, options.Ocr);
            return ReadPages(document, path, options, limits, clock, diagnostics, scans);
        }
    }

    /// <summary>Strict parsing first: lenient parsing scans the whole file for objects, which is only worth it for a damaged one.</summary>
    private static PdfDocument Open(byte[] bytes)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true, ClipPaths = false });
        }
        catch (Exception ex) when (ex is not PdfDocumentEncryptedException and not OutOfMemoryException)
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
        }
    }

    /// <summary>The file with its cross-reference table rebuilt (<see cref="PdfRepair"/>), opened; null when that does not help either.</summary>
    private static (PdfDocument Document, byte[] Bytes)? Reopen(byte[] bytes)
    {
        if (PdfRepair.Rebuild(bytes) is not { } rebuilt) return null;
        try
        {
            return (PdfDocument.Open(rebuilt, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false }), rebuilt);
        }
#pragma warning disable CA1031 // see Read: the first error is the one reported
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static ReadResult<SourceDocument> ReadPages(PdfDocument document, string path, PdfReadOptions options, IngestLimits limits, Stopwatch clock, List<ReadDiagnostic> diagnostics, ScannedPageReader? scans)
    {
        var file = Path.GetFileName(path);
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
#pragma warning disable CA1031 // see Read
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return ReadResult.Failed<SourceDocument>(Error(path, PdfMessages.NotPdfCode, PdfMessages.NotPdf(file, ex.Message)));
        }
        if (pageCount > limits.MaxPages)
            return ReadResult.Failed<SourceDocument>(Error(path, PdfMessages.TooManyPagesCode, PdfMessages.TooManyPages(pageCount, limits.MaxPages)));

        var lines = new List<SourceLine>();
        var geometry = new PageGeometry();
        int textPages = 0, scannedPages = 0, unreadable = 0;
        var scanned = new List<int>();
        var ocrPages = new List<OcrPage>();
        for (var number = 1; number <= pageCount; number++)
        {
            // OCR has its own budget (OcrOptions.MaxDuration); a scan's minutes must not use up the text pages' time.
            if (clock.Elapsed - (scans?.Spent ?? TimeSpan.Zero) > limits.MaxDuration)
                return Stop(path, diagnostics, PdfMessages.TimeLimitCode, PdfMessages.TimeLimit(number, limits.MaxDuration), number);
            PageText page;
            try
            {
                page = ReadPage(document, number, options);
            }
#pragma warning disable CA1031 // one damaged page is reported and skipped; the others are still worth reading
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                unreadable++;
                diagnostics.Add(new(DiagnosticSeverity.Warning, PdfMessages.PageUnreadableCode, PdfMessages.PageUnreadable(number, ex.Message), new SourceLocation(path, 0, number)));
                continue;
            }
            if (page.Letters > options.MaxLettersPerPage)
                return Stop(path, diagnostics, PdfMessages.TooManyLettersCode, PdfMessages.TooManyLetters(number, page.Letters, options.MaxLettersPerPage), number);
            if (page.Lines.Count > 0)
            {
                textPages++;
                foreach (var text in page.Lines) lines.Add(new SourceLine(lines.Count + 1, number, text) { Kind = LineKind.Layout });
                foreach (var chunk in page.Chunks) geometry.Add(number, chunk.Column, chunk.Text, chunk.X0, chunk.X1, chunk.Ruled);
            }
            else if (page.HasImage && scans?.Read(number, diagnostics) is { Lines.Count: > 0 } ocr)
            {
                textPages++;
                ocrPages.Add(scans.Record(number, ocr, lines.Count + 1, diagnostics));
                foreach (var text in ocr.Lines) lines.Add(new SourceLine(lines.Count + 1, number, text));
                foreach (var chunk in ocr.Chunks) geometry.Add(number, chunk.Column, chunk.Text, chunk.X0, chunk.X1);
            }
            else if (page.HasImage)
            {
                scannedPages++;
                scanned.Add(number);
            }
        }

        if (textPages == 0)
        {
            if (scannedPages > 0)
                return new ReadResult<SourceDocument>(null, [.. diagnostics, Error(path, PdfMessages.ScannedDocumentCode, PdfMessages.ScannedDocument(file, pageCount))]);
            if (unreadable > 0)
                return new ReadResult<SourceDocument>(null, [.. diagnostics, Error(path, PdfMessages.NotPdfCode, PdfMessages.NotPdf(file, "没有一页可以读取"))]);
            return new ReadResult<SourceDocument>(null, [.. diagnostics, Error(path, PdfMessages.NoTextCode, PdfMessages.NoText(file))]);
        }
        foreach (var number in scanned)
            diagnostics.Add(new(DiagnosticSeverity.Warning, PdfMessages.ScannedPageCode, PdfMessages.ScannedPage(number), new SourceLocation(path, 0, number)));

        var blocks = new PdftotextLayoutParser(geometry).Parse(lines, path, diagnostics);
        if (!blocks.OfType<TableBlock>().Any() && !blocks.OfType<ParagraphBlock>().Any(p => p.Text.Contains("预算", StringComparison.Ordinal) || p.Text.Contains("决算", StringComparison.Ordinal)))
            diagnostics.Add(Error(path, Messages.NoDisclosureContentCode, Messages.NoDisclosureContent));
        return new ReadResult<SourceDocument>(new SourceDocument(path, TextLayout.Native, blocks, pageCount) { OcrPages = ocrPages }, diagnostics);
    }

    private sealed record PageText(IReadOnlyList<string> Lines, IReadOnlyList<Chunk> Chunks, int Letters, bool HasImage);

    private static PageText ReadPage(PdfDocument document, int number, PdfReadOptions options)
    {
        var page = document.GetPage(number);
        var letters = page.Letters;
        if (letters.Count > options.MaxLettersPerPage) return new PageText([], [], letters.Count, false);
        var glyphs = PageLayout.Glyphs(letters);
        if (glyphs.Count == 0) return new PageText([], [], letters.Count, page.NumberOfImages > 0);
        // Rulings are in page space; they only line up with the glyphs when the text is upright.
        // Rulings are always read: even when they do not cut cells in general, a border between an amount and the text of the
        // next cell does.
        var upright = PageLayout.DominantOrientation(letters) == UglyToad.PdfPig.Content.TextOrientation.Horizontal;
        var rulings = upright ? Rulings.Read(page.Paths, options.MaxLettersPerPage) : Rulings.None;
        var tables = options.UseRuledCells ? RuledTable.Find(rulings) : [];
        var (lines, chunks) = PageLayout.Page(glyphs, rulings, options.UseRulingLines, tables);
        return new PageText(lines, chunks, letters.Count, page.NumberOfImages > 0);
    }

    private static ReadResult<SourceDocument> Stop(string path, List<ReadDiagnostic> diagnostics, string code, string message, int page) =>
        new(null, [.. diagnostics, new ReadDiagnostic(DiagnosticSeverity.Error, code, message, new SourceLocation(path, 0, page))]);

    private static ReadDiagnostic Error(string path, string code, string message) =>
        new(DiagnosticSeverity.Error, code, message, new SourceLocation(path, 0));
}
