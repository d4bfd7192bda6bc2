using System.Globalization;

namespace BudgetDisclosure.Model;

/// <summary>Where something was printed: the file, the 1-based line of the text the reader saw, and the page when known.</summary>
public sealed record SourceLocation(string File, int Line, int? Page = null)
{
    /// <summary>Compiler style: <c>file:line</c> for text, <c>file:p4</c> when only the page is known.</summary>
    public override string ToString() =>
        Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
        : Page is { } page ? string.Create(CultureInfo.InvariantCulture, $"{File}:p{page}")
        : File;
}
