namespace BudgetDisclosure.Model;

/// <summary>
/// A page whose text was not printed in the file but read from its image by OCR: where it is, how sure the engine was
/// on average, and the amounts it was least sure of. Carried from the reader to the checks so that nothing read by OCR
/// is trusted silently: a sum that fails on such a page is reported as a likely misread.
/// </summary>
public sealed record OcrPage(string File, int Page, double MeanConfidence, IReadOnlyList<OcrAmount> Doubtful)
{
    public bool Covers(SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Page == Page && string.Equals(source.File, File, StringComparison.Ordinal);
    }
}

/// <summary>An amount read by OCR with a confidence (0–100) below the reader's threshold, and where it was read.</summary>
public sealed record OcrAmount(string Text, double Confidence, SourceLocation Source);
