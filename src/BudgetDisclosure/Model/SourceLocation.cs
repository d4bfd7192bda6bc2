using System.Globalization;

namespace BudgetDisclosure.Model;

/// <summary>What <see cref="SourceLocation.Line"/> counts, which decides how a place is shown to a person.</summary>
public enum LineKind
{
    /// <summary>A line of a text file: shown as the line.</summary>
    File = 0,
    /// <summary>A line of the PDF reader's own layout of a page: nobody can look it up, so the page is shown.</summary>
    Layout,
    /// <summary>The n-th paragraph or table row of a Word or HTML document in reading order: shown as ¶n.</summary>
    Block,
    /// <summary>A row of a worksheet (<see cref="SourceLocation.Sheet"/>): shown as sheet!row.</summary>
    SheetRow,
}

/// <summary>Where something was printed: the file, the 1-based line of the text the reader saw, and the page when known.</summary>
public sealed record SourceLocation(string File, int Line, int? Page = null)
{
    /// <summary>What <see cref="Line"/> counts. Whatever it counts, it orders and tells things apart.</summary>
    public LineKind LineKind { get; init; }

    /// <summary>The worksheet's name, for <see cref="LineKind.SheetRow"/>.</summary>
    public string? Sheet { get; init; }

    /// <summary>The line of a text file to show a person; 0 when the file has no lines to point at.</summary>
    public int FileLine => LineKind == LineKind.File ? Line : 0;

    /// <summary>The place in compiler style, without the file: <c>12</c>, <c>p4</c>, <c>¶57</c>, <c>表2 收入总表!5</c>.</summary>
    public string? Place => LineKind switch
    {
        LineKind.File when Line > 0 => Line.ToString(CultureInfo.InvariantCulture),
        LineKind.Block when Line > 0 => "¶" + Line.ToString(CultureInfo.InvariantCulture),
        LineKind.SheetRow when Line > 0 && Sheet is not null => $"{Sheet}!{Line.ToString(CultureInfo.InvariantCulture)}",
        _ => Page is { } page ? "p" + page.ToString(CultureInfo.InvariantCulture) : null,
    };

    /// <summary>The place in words for a message: 第 12 行 (line 12), 第 4 页, 第 57 段, 工作表“表2”第 5 行.</summary>
    public LocalizedText PlaceInWords => LineKind switch
    {
        LineKind.File when Line > 0 => new("第 {0} 行", "line {0}", Line),
        LineKind.Block when Line > 0 => new("第 {0} 段", "paragraph {0}", Line),
        LineKind.SheetRow when Line > 0 && Sheet is not null => new("工作表“{0}”第 {1} 行", "row {1} of sheet '{0}'", Sheet, Line),
        _ => Page is { } page ? new("第 {0} 页", "page {0}", page) : new("文中", "the text"),
    };

    /// <summary>Compiler style: <c>file:line</c> for text, <c>file:p4</c> when only the page is known.</summary>
    public override string ToString() => Place is { } place ? $"{File}:{place}" : File;
}
