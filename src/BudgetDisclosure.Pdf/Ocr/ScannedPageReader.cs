using System.Diagnostics;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading.Pdftotext;

namespace BudgetDisclosure.Pdf;

/// <summary>A scanned page read by OCR: its lines and chunks laid out as a text page's are, and what OCR was sure of.</summary>
internal sealed record OcrPageText(IReadOnlyList<string> Lines, IReadOnlyList<Chunk> Chunks, int Words, double MeanConfidence);

/// <summary>
/// Reads the scanned pages of one file by OCR, within the OCR time budget, and reports what happened to each in
/// Chinese: a missing program or language stops OCR for the file with one diagnostic naming the package to install,
/// a page that fails or runs out of time is reported and left as a scanned page.
/// </summary>
internal sealed class ScannedPageReader(byte[] pdf, string path, OcrOptions options) : IDisposable
{
    private readonly PageOcr engine = new(pdf, options);
    private bool stopped;

    /// <summary>Time spent in OCR, which the file's own time limit does not count.</summary>
    public TimeSpan Spent { get; private set; }

    public OcrOptions Options => options;

    public OcrPageText? Read(int page, List<ReadDiagnostic> diagnostics)
    {
        if (stopped) return null;
        if (Spent > options.MaxDuration)
        {
            stopped = true;
            diagnostics.Add(Warning(PdfMessages.OcrTimeLimitCode, PdfMessages.OcrTimeLimit(page, options.MaxDuration), page));
            return null;
        }
        var clock = Stopwatch.StartNew();
        var result = engine.Read(page);
        Spent += clock.Elapsed;
        switch (result.Failure)
        {
            case OcrFailure.ToolMissing:
                stopped = true;
                var program = result.Program ?? options.Tesseract;
                var package = program == options.Pdftoppm ? "poppler-utils" : "tesseract-ocr tesseract-ocr-chi-sim";
                diagnostics.Add(Warning(PdfMessages.OcrToolMissingCode, PdfMessages.OcrToolMissing(program, package, result.Detail ?? ""), page));
                return null;
            case OcrFailure.LanguageMissing:
                stopped = true;
                diagnostics.Add(Warning(PdfMessages.OcrLanguageMissingCode, PdfMessages.OcrLanguageMissing(options.Languages, result.Detail ?? ""), page));
                return null;
            case OcrFailure.TimedOut:
                diagnostics.Add(Warning(PdfMessages.OcrPageFailedCode, PdfMessages.OcrPageTimedOut(page, options.PageTimeLimit), page));
                return null;
            case OcrFailure.Failed:
                diagnostics.Add(Warning(PdfMessages.OcrPageFailedCode, PdfMessages.OcrPageFailed(page, result.Detail ?? ""), page));
                return null;
        }
        // Scans carry no ruling lines PdfPig can see: the borders are pixels, and tesseract does not report them as words.
        var chunks = PageLayout.Chunks([.. result.Glyphs], Rulings.None, everyRuling: false, ocr: true);
        var lines = PageLayout.Render(chunks);
        return new OcrPageText(lines, chunks, result.WordCount, result.MeanConfidence);
    }

    /// <summary>
    /// The page's provenance, with a warning for the page and one for each amount read with a low confidence, at the line
    /// it stands on (<paramref name="firstLine"/> is the page's first line in the document's layout).
    /// </summary>
    public OcrPage Record(int page, OcrPageText text, int firstLine, List<ReadDiagnostic> diagnostics)
    {
        diagnostics.Add(Warning(PdfMessages.OcrPageCode, PdfMessages.OcrPage(page, options.Languages, options.Dpi, text.Words, text.MeanConfidence), page));
        var doubtful = new List<OcrAmount>();
        foreach (var chunk in text.Chunks.OrderBy(c => c.Line).ThenBy(c => c.Column))
        {
            if (chunk.Confidence >= options.LowConfidence || LayoutSpan.Classify(chunk.Text) != SpanKind.Amount) continue;
            var source = new SourceLocation(path, firstLine + chunk.Line, page);
            doubtful.Add(new OcrAmount(chunk.Text, chunk.Confidence, source));
            diagnostics.Add(new ReadDiagnostic(DiagnosticSeverity.Warning, PdfMessages.OcrDoubtfulAmountCode, PdfMessages.OcrDoubtfulAmount(page, chunk.Text, chunk.Confidence), source));
        }
        return new OcrPage(path, page, text.MeanConfidence, doubtful);
    }

    private ReadDiagnostic Warning(string code, string message, int page) =>
        new(DiagnosticSeverity.Warning, code, message, new SourceLocation(path, 0, page));

    public void Dispose() => engine.Dispose();
}
