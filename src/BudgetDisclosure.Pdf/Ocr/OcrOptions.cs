namespace BudgetDisclosure.Pdf;

/// <summary>
/// How scanned pages are read by OCR: each page is rendered by poppler's <c>pdftoppm</c> and read by <c>tesseract</c>,
/// two separate processes, each page bounded in time. Defaults measured on the corpus scans (docs/reading.md, OCR).
/// </summary>
public sealed record OcrOptions
{
    /// <summary>Tesseract languages: Simplified Chinese with English for the Latin letters and digits of URLs and codes.</summary>
    public string Languages { get; init; } = "chi_sim+eng";

    /// <summary>
    /// Rendering resolution. The corpus scans are 120 ppi images; 200 dpi read more of their figures than 300
    /// (榆林 page 1: 15791 and 21168 at 200 dpi, 21168 only at 300) in two thirds of the time.
    /// </summary>
    public int Dpi { get; init; } = 200;

    /// <summary>
    /// Tesseract's page segmentation mode. 11 (sparse text) finds the words of ruled tables and forms that 6 (one uniform
    /// block) and 3 (automatic) lose among the cell borders; lines and columns are rebuilt from the word boxes anyway.
    /// </summary>
    public int PageSegmentation { get; init; } = 11;

    /// <summary>Rendering and recognising one page; the processes are killed past it.</summary>
    public TimeSpan PageTimeLimit { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>All OCR of one file; the pages after it are reported as scanned and not read.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>An amount read with a lower confidence (0–100, the lowest of its words) is listed as a likely misread.</summary>
    public double LowConfidence { get; init; } = 80;

    /// <summary>The tesseract executable (a name looked up on PATH, or a path).</summary>
    public string Tesseract { get; init; } = "tesseract";

    /// <summary>poppler's pdftoppm executable (a name looked up on PATH, or a path).</summary>
    public string Pdftoppm { get; init; } = "pdftoppm";

    public static OcrOptions Default { get; } = new();
}
