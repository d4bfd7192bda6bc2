using BudgetDisclosure.Normalization;
namespace BudgetDisclosure.Reading.Pdftotext;

/// <summary>
/// Where the cells of a synthetic layout stand on the printed page, for readers that laid the page out themselves (PDF).
/// A page's character grid is its own: columns are counted from what stands to their left on that page, so the same
/// printed column has another grid position on a page with shorter names or without some columns. Positions in points
/// are shared by the pages of one table, so a continued page's columns can be put under the first page's by them.
/// </summary>
internal sealed class PageGeometry
{
    private readonly Dictionary<int, List<Cell>> pages = [];

    private readonly record struct Cell(int Start, int End, double X0, double X1, bool Numeric, string Text, (int Start, int End)? Ruled);

    /// <summary>
    /// Records one cell: its grid extent [start, end) on the page and its extent in points; for the text of a ruled
    /// cell spanning several columns (a group header), the grid extent of the whole cell.
    /// </summary>
    public void Add(int page, int start, string text, double x0, double x1, (int Start, int End)? ruled = null)
    {
        if (!pages.TryGetValue(page, out var cells)) pages[page] = cells = [];
        cells.Add(new Cell(start, start + text.Length, x0, x1, LayoutSpan.Classify(text.Trim()) is SpanKind.Amount or SpanKind.Integer or SpanKind.Dash, text, ruled));
    }

    /// <summary>
    /// The grid extent of the ruled cell spanning several columns whose text starts at <paramref name="start"/> and
    /// reads <paramref name="text"/> (spaces aside), if the page has one.
    /// </summary>
    public (int Start, int End)? RuledSpan(int page, int start, string text)
    {
        if (!pages.TryGetValue(page, out var cells)) return null;
        var word = TextNormalizer.Squeeze(text);
        foreach (var c in cells)
            if (c.Ruled is { } span && c.Start == start && TextNormalizer.Squeeze(c.Text) == word) return span;
        return null;
    }

    /// <summary>Right edge in points of the amounts that end at grid column <paramref name="end"/>, if any do.</summary>
    public double? AmountRight(int page, int end) =>
        pages.TryGetValue(page, out var cells) && cells.Where(c => c.Numeric && c.End == end).ToList() is { Count: > 0 } hits
            ? hits.Average(c => c.X1)
            : null;

    /// <summary>Left edge in points of the cells that start at grid column <paramref name="start"/>, if any do.</summary>
    public double? Left(int page, int start) =>
        pages.TryGetValue(page, out var cells) && cells.Where(c => c.Start == start).ToList() is { Count: > 0 } hits
            ? hits.Min(c => c.X0)
            : null;
}
