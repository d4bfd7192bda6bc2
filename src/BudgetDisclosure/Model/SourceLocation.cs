using System.Globalization;

namespace BudgetDisclosure.Model;

/// <summary>Where something was printed: the file, the 1-based line of the text the reader saw, and the page when known.</summary>
public sealed record SourceLocation(string File, int Line, int? Page = null)
{
    /// <summary>
    /// True when <see cref="Line"/> counts lines of the reader's own layout of the pages (a PDF laid out on a character
    /// grid), not lines of the file: it still orders and tells things apart, but a person is sent to the page.
    /// </summary>
    public bool LineIsLayout { get; init; }

    /// <summary>The line of the file to show a person; 0 when the file has no lines to point at.</summary>
    public int FileLine => LineIsLayout ? 0 : Line;

    /// <summary>The place in compiler style, without the file: <c>12</c> for a line of text, <c>p4</c> for a page.</summary>
    public string? Place =>
        FileLine > 0 ? FileLine.ToString(CultureInfo.InvariantCulture)
        : Page is { } page ? "p" + page.ToString(CultureInfo.InvariantCulture)
        : null;

    /// <summary>The place in words for a message: 第 12 行, 第 4 页.</summary>
    public string PlaceInWords =>
        FileLine > 0 ? string.Create(CultureInfo.InvariantCulture, $"第 {FileLine} 行")
        : Page is { } page ? string.Create(CultureInfo.InvariantCulture, $"第 {page} 页")
        : "文中";

    /// <summary>Compiler style: <c>file:line</c> for text, <c>file:p4</c> when only the page is known.</summary>
    public override string ToString() => Place is { } place ? $"{File}:{place}" : File;
}
