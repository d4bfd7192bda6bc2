using BudgetDisclosure.Model;

namespace BudgetDisclosure.Writing;

/// <summary>
/// A disclosure laid out for publishing, independent of the file format: headings, paragraphs, tables with their
/// header cells and spans, notes. Every writer (Markdown, HTML, DOCX, XLSX) renders this and nothing else, so the
/// formats cannot disagree about a figure.
/// </summary>
public sealed record ComposedDocument(IReadOnlyList<Block> Blocks)
{
    /// <summary>What the composer could not fill in (a missing reason, a missing prior-year figure …).</summary>
    public IReadOnlyList<WritingWarning> Warnings { get; init; } = [];

    /// <summary>Every figure the narrative states, as the composer meant it: what reading the text back must give.</summary>
    public IReadOnlyList<ComposedClaim> Claims { get; init; } = [];

    public string Title { get; init; } = "";

    public IEnumerable<ComposedTable> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);
}

/// <summary>A warning about the composed text, in Chinese, with the figure or place it concerns.</summary>
public sealed record WritingWarning(string Code, string Message);

public abstract record Block;

/// <summary>A heading: 0 the document title lines, 1 a part (第X部分), 2 a section (一、), 3 a subsection (（一）).</summary>
public sealed record HeadingBlock(int Level, string Text) : Block;

public enum ParagraphStyle
{
    Body,
    /// <summary>An entry of 目录.</summary>
    Contents,
    /// <summary>The unit's name and the date at the end, set right.</summary>
    Signature,
    /// <summary>A note under a table (备注：…, …为空表).</summary>
    Note,
}

/// <summary>A run of text; a placeholder is text the clerk must replace, shown highlighted.</summary>
public sealed record TextRun(string Text, bool IsPlaceholder = false);

public sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs, ParagraphStyle Style = ParagraphStyle.Body) : Block
{
    public ParagraphBlock(string text, ParagraphStyle style = ParagraphStyle.Body) : this([new TextRun(text)], style) { }

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

public sealed record TableBlock(ComposedTable Table) : Block;

/// <summary>Starts a new page (before each part).</summary>
public sealed record PageBreakBlock : Block;

public enum CellRole
{
    Header,
    Code,
    Label,
    Amount,
    /// <summary>Free text inside a form (performance targets).</summary>
    Text,
}

/// <summary>A cell on the table grid: its top-left column, its spans and its role (amounts are set right).</summary>
public sealed record GridCell(int Column, string Text, CellRole Role, int ColSpan = 1, int RowSpan = 1);

public sealed record GridRow(IReadOnlyList<GridCell> Cells, bool IsTotal = false);

/// <summary>
/// A table as printed: the caption lines (表 N, title, 编制单位, 单位), the header rows (repeated on every page), the
/// body rows and the notes. Cells covered by a span are simply absent from their row.
/// </summary>
public sealed record ComposedTable(string Title, int ColumnCount, IReadOnlyList<GridRow> Header, IReadOnlyList<GridRow> Body)
{
    public TableKey Kind { get; init; }

    /// <summary>"表 1"; null for forms (绩效目标表).</summary>
    public string? Number { get; init; }

    /// <summary>A line under the title, such as "(2026 年)" on a performance form.</summary>
    public string? Subtitle { get; init; }

    /// <summary>"编制单位：…"</summary>
    public string? Preparer { get; init; }

    /// <summary>"单位：万元"</summary>
    public string? UnitCaption { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Wide enough to need a landscape page.</summary>
    public bool IsWide => ColumnCount > 8;

    /// <summary>
    /// The table as a plain grid, header rows first: each cell's text at its top-left position, "" under a span.
    /// This is how text formats (Markdown, tab text) print merged cells, and how the reader expects them.
    /// </summary>
    public string[][] ToGrid(bool includeHeader = true)
    {
        var rows = (includeHeader ? Header.Concat(Body) : Body).ToList();
        var grid = rows.Select(_ => Enumerable.Repeat("", ColumnCount).ToArray()).ToArray();
        for (var r = 0; r < rows.Count; r++)
            foreach (var cell in rows[r].Cells)
                if (cell.Column < ColumnCount) grid[r][cell.Column] = cell.Text;
        return grid;
    }
}

/// <summary>A figure the composed narrative states: its subject, value, share and change as printed.</summary>
public sealed record ComposedClaim(FigureKey Subject, string? Value, string? Share, ChangeDirection? Direction, string? Delta, string? Rate);
