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

    private readonly record struct Cell(int Start, int End, double X0, double X1, bool Numeric);

    /// <summary>Records one cell: its grid extent [start, end) on the page and its extent in points.</summary>
    public void Add(int page, int start, string text, double x0, double x1)
    {
        if (!pages.TryGetValue(page, out var cells)) pages[page] = cells = [];
        cells.Add(new Cell(start, start + text.Length, x0, x1, LayoutSpan.Classify(text.Trim()) is SpanKind.Amount or SpanKind.Integer or SpanKind.Dash));
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
