namespace BudgetDisclosure.Ingest;

/// <summary>
/// What the pipeline will spend on one document, the same for every caller (CLI, corpus runner, storage, web): a
/// file over a limit comes back with an error diagnostic naming the limit, never an exception or a hung worker.
/// </summary>
public sealed record IngestLimits
{
    /// <summary>Checked before the bytes are loaded (a file's length, or while copying a stream).</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Documents with pages (PDF) are refused beyond this many.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>Reading stops with a diagnostic when one document takes longer (OCR has its own budget).</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(60);

    public static IngestLimits Default { get; } = new();
}
