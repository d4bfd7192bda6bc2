namespace BudgetDisclosure.Reading.Pdftotext;

/// <summary>A column of one page's part of a table: its character extent and whether amounts fill it.</summary>
internal sealed class LayoutColumn(int start, int end, bool numeric)
{
    public int Start { get; set; } = start;
    public int End { get; set; } = end;
    /// <summary>Right edge the amounts of this column are aligned on.</summary>
    public int Right { get; set; } = end;
    public bool Numeric { get; } = numeric;
    public List<LayoutSpan> Leaves { get; } = [];
    public List<LayoutSpan> Groups { get; } = [];
    /// <summary>The header over the whole side-by-side panel the column stands in (收入 | 支出), above any group.</summary>
    public LayoutSpan? Panel { get; set; }

    public int Center2 => Start + End;

    public string LeafText => string.Concat(Leaves.Select(l => l.Text));

    public int Overlap(int start, int end) => Math.Max(0, Math.Min(End, end) - Math.Max(Start, start));

    public int Distance(int start, int end) => end <= Start ? Start - end : start >= End ? start - End : 0;
}

/// <summary>A printed row in the making: its spans, and the wrapped pieces printed above and below it.</summary>
internal sealed class RowDraft(SourceLine line, List<LayoutSpan> spans)
{
    public SourceLine Line { get; } = line;
    public List<LayoutSpan> Spans { get; } = spans;
    public List<LayoutSpan> Above { get; } = [];
    public List<LayoutSpan> Below { get; } = [];
}

/// <summary>One page's part of a table after its columns were found: header text per column and rows of cells.</summary>
internal sealed class ParsedSegment
{
    public required List<LayoutColumn> Columns { get; init; }
    public required List<SourceLine> HeaderLines { get; init; }
    public required List<ParsedRow> Rows { get; init; }
    /// <summary>Pieces of text before the first row of a continued page: the end of a row split by the page break.</summary>
    public required List<(int Column, LayoutSpan Span)> LeadingPieces { get; init; }
}

internal sealed record ParsedRow(SourceLine Line, List<(string Text, SourceLine? Line)> Cells);
