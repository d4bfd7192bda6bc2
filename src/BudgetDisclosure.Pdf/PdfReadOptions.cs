namespace BudgetDisclosure.Pdf;

/// <summary>
/// Limits on what one PDF may cost. A PDF is a program of sorts: a corrupt or hostile file can claim millions of pages
/// or draw millions of glyphs, so every read stops with an error diagnostic once a limit is passed.
/// </summary>
public sealed record PdfReadOptions
{
    /// <summary>A dense A4 table page holds a few thousand glyphs; far more means a pathological page.</summary>
    public int MaxLettersPerPage { get; init; } = 100_000;

    /// <summary>
    /// Also split text at vertical ruling lines (cell borders), so that neighbouring cells printed close together stay
    /// apart. Off by default: on the corpus it raised agreement with the pdftotext route by up to two points on five files
    /// but added 8 arithmetic findings over 17 files (docs/reading.md, PDF); cells are told apart by the width of the gap
    /// between them, as pdftotext does.
    /// </summary>
    public bool UseRulingLines { get; init; }

    /// <summary>
    /// Read scanned pages (no text layer) by OCR with Tesseract. Null, the default: scanned pages are reported
    /// (BD0060/BD0061) and not read. OCR time is bounded by the OCR options, not by the pipeline's <see cref="BudgetDisclosure.Ingest.IngestLimits.MaxDuration"/>.
    /// </summary>
    public OcrOptions? Ocr { get; init; }

    /// <summary>
    /// Lay out ruled tables by their cells (<see cref="RuledTable"/>): text inside a cell formed by the table's rulings
    /// is placed by that cell, and a wrapped cell's lines are one text. On by default: on the corpus it lowers the error
    /// findings from 76 to 26 (one department 31 → 1, another 9 → 0) and no file gets worse (docs/reading.md, PDF).
    /// </summary>
    public bool UseRuledCells { get; init; } = true;

    public static PdfReadOptions Default { get; } = new();
}
