using System.Text;
using BudgetDisclosure.Reading.Pdftotext;

namespace BudgetDisclosure.Pdf;

/// <summary>
/// A table drawn with ruling lines, as a grid of cells: column borders are the vertical rulings of the table, row
/// borders its horizontal rulings, and two neighbouring grid cells with no ruling between them are one cell spanning
/// both (a group header over its sub-columns, a 合计 as tall as two header rows). The text inside a cell belongs to that
/// cell wherever its glyphs fall, so the table is laid out cell by cell (<see cref="Lay"/>) instead of by the gaps
/// between glyphs: every cell of a column starts (or, for amounts, ends) at the same grid column, and a cell's wrapped
/// lines are one text.
/// </summary>
internal sealed class RuledTable
{
    /// <summary>Rulings this close (pt) are one border, and a ruling ending this close to another meets it.</summary>
    private const double Snap = 2.5;

    /// <summary>Gaps between a table's lines wider than this many ems are narrowed to <see cref="LineStep"/> ems.</summary>
    private const double MaxLineGap = 1.5;
    private const double LineStep = 1.2;

    /// <summary>Spaces between two columns of the grid (the layout parser parts cells at two).</summary>
    private const int ColumnGap = 2;

    private readonly double[] xs;
    private readonly double[] ys;
    private readonly int[] cellOf;
    private readonly CellSpan[] cells;

    private readonly record struct CellSpan(int Row0, int Row1, int Col0, int Col1);

    private RuledTable(double[] xs, double[] ys, int[] cellOf, CellSpan[] cells)
    {
        this.xs = xs;
        this.ys = ys;
        this.cellOf = cellOf;
        this.cells = cells;
    }

    public double Left => xs[0];
    public double Right => xs[^1];
    public double Top => ys[0];
    public double Bottom => ys[^1];
    public int Columns => xs.Length - 1;
    public int Rows => ys.Length - 1;
    public int CellCount => cells.Length;

    /// <summary>The ruled tables of a page: groups of crossing rulings with at least two columns and one row.</summary>
    public static List<RuledTable> Find(Rulings rulings)
    {
        var vertical = Merge(rulings.Vertical);
        var horizontal = Merge(rulings.Horizontal);
        var tables = new List<RuledTable>();
        if (vertical.Count < 3 || horizontal.Count < 2) return tables;

        // Rulings that cross or meet are one table.
        var parent = Enumerable.Range(0, vertical.Count + horizontal.Count).ToArray();
        for (var v = 0; v < vertical.Count; v++)
            for (var h = 0; h < horizontal.Count; h++)
                if (Crosses(vertical[v], horizontal[h]))
                    Union(parent, v, vertical.Count + h);
        foreach (var group in Enumerable.Range(0, parent.Length).GroupBy(i => Find(parent, i)))
        {
            var vs = group.Where(i => i < vertical.Count).Select(i => vertical[i]).ToList();
            var hs = group.Where(i => i >= vertical.Count).Select(i => horizontal[i - vertical.Count]).ToList();
            if (Build(vs, hs) is { } table) tables.Add(table);
        }
        return tables;
    }

    private static RuledTable? Build(List<Segment> vertical, List<Segment> horizontal)
    {
        var xs = Borders(vertical.Select(s => s.At).Order());
        var ys = Borders(horizontal.Select(s => s.At).OrderDescending());
        // One column is a box round a paragraph or a note, not a table.
        if (xs.Length < 3 || ys.Length < 2) return null;
        int rows = ys.Length - 1, columns = xs.Length - 1;
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        for (var r = 0; r < rows; r++)
        {
            var mid = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c + 1 < columns; c++)
                if (!vertical.Any(s => Math.Abs(s.At - xs[c + 1]) <= Snap && s.From - Snap <= mid && mid <= s.To + Snap))
                    Union(parent, r * columns + c, r * columns + c + 1);
        }
        for (var c = 0; c < columns; c++)
        {
            var mid = (xs[c] + xs[c + 1]) / 2;
            for (var r = 0; r + 1 < rows; r++)
                if (!horizontal.Any(s => Math.Abs(s.At - ys[r + 1]) <= Snap && s.From - Snap <= mid && mid <= s.To + Snap))
                    Union(parent, r * columns + c, (r + 1) * columns + c);
        }
        var index = new Dictionary<int, int>();
        var spans = new List<CellSpan>();
        var cellOf = new int[rows * columns];
        for (var i = 0; i < cellOf.Length; i++)
        {
            int root = Find(parent, i), r = i / columns, c = i % columns;
            if (!index.TryGetValue(root, out var k))
            {
                index[root] = k = spans.Count;
                spans.Add(new CellSpan(r, r, c, c));
            }
            var s = spans[k];
            spans[k] = new CellSpan(Math.Min(s.Row0, r), Math.Max(s.Row1, r), Math.Min(s.Col0, c), Math.Max(s.Col1, c));
            cellOf[i] = k;
        }
        return new RuledTable(xs, ys, cellOf, [.. spans]);
    }

    /// <summary>Collinear pieces (the four edges of every cell's own rectangle) joined into whole rulings.</summary>
    private static List<Segment> Merge(IReadOnlyList<Segment> segments)
    {
        var merged = new List<Segment>();
        foreach (var line in segments.GroupBy(s => Math.Round(s.At / Snap)))
        {
            Segment? open = null;
            foreach (var s in line.OrderBy(s => s.From))
            {
                if (open is { } o && s.From <= o.To + Snap)
                {
                    open = o with { To = Math.Max(o.To, s.To) };
                    continue;
                }
                if (open is { } done) merged.Add(done);
                open = s;
            }
            if (open is { } last) merged.Add(last);
        }
        return merged;
    }

    /// <summary>Positions closer than <see cref="Snap"/> are one border (a double line, a border drawn by both its cells).</summary>
    private static double[] Borders(IEnumerable<double> sorted)
    {
        var borders = new List<double>();
        foreach (var at in sorted)
            if (borders.Count == 0 || Math.Abs(at - borders[^1]) > Snap) borders.Add(at);
        return [.. borders];
    }

    private static bool Crosses(Segment vertical, Segment horizontal) =>
        horizontal.From - Snap <= vertical.At && vertical.At <= horizontal.To + Snap
        && vertical.From - Snap <= horizontal.At && horizontal.At <= vertical.To + Snap;

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
    }

    /// <summary>The cell that a glyph belongs to (by the middle of its body), or -1 when it stands outside the table.</summary>
    public int CellAt(Glyph g)
    {
        var x = (g.X0 + g.X1) / 2;
        var y = g.Base + 0.3 * g.Size;
        if (x <= xs[0] || x >= xs[^1] || y >= ys[0] || y <= ys[^1]) return -1;
        int c = 0, r = 0;
        while (x >= xs[c + 1]) c++;
        while (y <= ys[r + 1]) r++;
        return cellOf[r * Columns + c];
    }

    /// <summary>One line of text in a cell, or a whole wrapped cell joined, before it is put on the grid.</summary>
    private sealed record Piece(int Cell, string Text, double X0, double X1, double Base, double Size);

    /// <summary>
    /// Lays the table out on its own character grid. Each cell's glyphs are cut into lines and runs as elsewhere; a
    /// cell's lines are joined into one text ("项目支出" over "合计" is "项目支出合计"), unless its row is not really one
    /// row: rows that the table does not rule apart (one tall cell holding several codes or amounts one under the other)
    /// keep every line at its own height. A column is as wide as its longest text, two spaces apart from the next,
    /// and a text is placed in its cell's columns as it is printed in the cell: amounts flush right, text left,
    /// right or centred by its margins. Returns the chunks with columns counted from the table's left edge and a frame
    /// chunk standing for the whole table, for the page's column assignment.
    /// </summary>
    public (Chunk Frame, List<Chunk> Cells) Lay(List<Glyph>[] glyphs)
    {
        var pieces = new List<Piece>();
        var unruled = new bool[Rows];
        var lines = new List<List<Chunk>>?[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            if (glyphs[i] is not { Count: > 0 } cellGlyphs) continue;
            var cellLines = Lines(PageLayout.Chunks(cellGlyphs));
            lines[i] = cellLines;
            var numeric = cellLines.Count(l => l.Count == 1 && LayoutSpan.Classify(l[0].Text) is SpanKind.Amount or SpanKind.Integer or SpanKind.Dash);
            if (cellLines.Count > 1 && (numeric > 1 || cellLines.Any(l => l.Count > 1 && !SpacedOut(l))))
                for (var r = cells[i].Row0; r <= cells[i].Row1; r++) unruled[r] = true;
        }
        for (var i = 0; i < cells.Length; i++)
        {
            if (lines[i] is not { } cellLines) continue;
            var span = cells[i];
            var separate = false;
            for (var r = span.Row0; r <= span.Row1; r++) separate |= unruled[r];
            if (separate)
            {
                foreach (var line in cellLines.Select(Join))
                    pieces.Add(new Piece(i, line.Text, line.X0, line.X1, line.Base, line.Size));
                continue;
            }
            var joined = cellLines.Select(Join).ToList();
            var text = new StringBuilder(joined[0].Text);
            foreach (var next in joined.Skip(1))
            {
                if (char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetterOrDigit(next.Text[0])) text.Append(' ');
                text.Append(next.Text);
            }
            var size = joined[0].Size;
            // A cell's text stands in the middle of its rows, so cells of one row share one line, whatever their number
            // of lines; the baseline sits a third of an em under the middle, as a single centred line's would.
            var middle = (ys[span.Row0] + ys[span.Row1 + 1]) / 2 - 0.3 * size;
            pieces.Add(new Piece(i, text.ToString(), joined.Min(c => c.X0), joined.Max(c => c.X1), middle, size));
        }

        // Column widths: at least the characters of the table's type that fit in the printed column, so that a column
        // left empty on one page keeps its place against the others; the longest text of a one-column cell; then
        // widened where a spanning cell needs more room.
        // The em is measured on the CJK text itself: a point size can be scaled by the text matrix.
        var ems = pieces.Where(p => p.Text.Length > 1 && p.Text.All(SpanSplitter.IsCjk)).Select(p => (p.X1 - p.X0) / p.Text.Length).Order().ToList();
        var em = ems.Count > 0 ? ems[ems.Count / 2] : pieces.Count > 0 ? pieces.Min(p => p.Size) : 10;
        var widths = new int[Columns];
        for (var c = 0; c < Columns; c++) widths[c] = (int)((xs[c + 1] - xs[c]) / em);
        foreach (var p in pieces.Where(p => cells[p.Cell].Col0 == cells[p.Cell].Col1))
            widths[cells[p.Cell].Col0] = Math.Max(widths[cells[p.Cell].Col0], p.Text.Length);
        foreach (var p in pieces.Where(p => cells[p.Cell].Col0 != cells[p.Cell].Col1))
        {
            var span = cells[p.Cell];
            var room = ColumnGap * (span.Col1 - span.Col0);
            for (var c = span.Col0; c <= span.Col1; c++) room += widths[c];
            if (p.Text.Length > room) widths[span.Col1] += p.Text.Length - room;
        }
        var starts = new int[Columns + 1];
        for (var c = 0; c < Columns; c++) starts[c + 1] = starts[c] + widths[c] + ColumnGap;
        var width = Math.Max(1, starts[Columns] - ColumnGap);

        var chunks = new List<Chunk>(pieces.Count);
        foreach (var p in Compress(pieces))
        {
            var span = cells[p.Cell];
            int from = starts[span.Col0], room = starts[span.Col1 + 1] - ColumnGap - from;
            double left = p.X0 - xs[span.Col0], right = xs[span.Col1 + 1] - p.X1;
            var offset = Align(p.Text, left, right, xs[span.Col1 + 1] - xs[span.Col0], p.Size) switch
            {
                < 0 => 0,
                > 0 => room - p.Text.Length,
                _ => (room - p.Text.Length) / 2,
            };
            var edges = new double[p.Text.Length + 1];
            for (var k = 0; k <= p.Text.Length; k++) edges[k] = p.X0 + (p.X1 - p.X0) * k / Math.Max(1, p.Text.Length);
            chunks.Add(new Chunk(p.Text, edges, p.Base, p.Size)
            {
                Column = from + Math.Max(0, offset),
                Ruled = span.Col0 != span.Col1 ? (from, from + room) : null,
            });
        }

        // The frame spreads the table's grid columns over its width in points, so that text above or below the table
        // (a title, a page number) is placed against the table's columns as against any chunk.
        var frameEdges = new double[width + 1];
        for (var c = 0; c < Columns; c++)
        {
            int from = starts[c], to = Math.Min(width, starts[c + 1]);
            for (var k = from; k <= to; k++) frameEdges[k] = xs[c] + (xs[c + 1] - xs[c]) * (k - from) / Math.Max(1, to - from);
        }
        frameEdges[width] = xs[^1];
        var frameSize = chunks.Count > 0 ? chunks.Min(c => c.Size) : 10;
        return (new Chunk("", frameEdges, Top, frameSize), chunks);
    }

    /// <summary>-1 left, 1 right, 0 centred: amounts are flush right; other text as its margins in the cell say.</summary>
    private static int Align(string text, double left, double right, double cellWidth, double size)
    {
        if (LayoutSpan.Classify(text) == SpanKind.Amount) return 1;
        if (left <= size && left <= right) return -1;
        if (right <= size && right < left) return 1;
        if (Math.Abs(left - right) <= 0.2 * cellWidth) return 0;
        return left < right ? -1 : 1;
    }

    /// <summary>
    /// A cell's lines are as tall as the cell's rows make them; the layout parser reads a wide gap as a break in the table,
    /// so the gaps between the table's lines are narrowed to a line's height, never widened (what follows the table stays below it).
    /// </summary>
    private static IEnumerable<Piece> Compress(List<Piece> pieces)
    {
        pieces.Sort((a, b) => b.Base.CompareTo(a.Base));
        double? real = null, placed = null;
        foreach (var p in pieces)
        {
            if (real is { } r && placed is { } q)
            {
                // A new line; pieces nearer than half an em to the line's first stay on it.
                var gap = r - p.Base;
                if (gap > 0.5 * p.Size)
                {
                    placed = q - (gap > MaxLineGap * p.Size ? LineStep * p.Size : gap);
                    real = p.Base;
                }
            }
            else
            {
                real = placed = p.Base;
            }
            yield return p with { Base = placed!.Value };
        }
    }

    private static List<List<Chunk>> Lines(List<Chunk> chunks)
    {
        var lines = new List<List<Chunk>>();
        foreach (var chunk in chunks)
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].Base - chunk.Base) < 0.5 * chunk.Size) lines[^1].Add(chunk);
            else lines.Add([chunk]);
        }
        return lines;
    }

    /// <summary>Characters spread over a cell one by one ("合    计", "项    目"): one word.</summary>
    private static bool SpacedOut(List<Chunk> line) => line.Count > 1 && line.All(c => c.Text.Length == 1);

    private static Chunk Join(List<Chunk> line)
    {
        if (line.Count == 1) return line[0];
        var spaced = SpacedOut(line);
        var text = string.Join(spaced ? "" : "  ", line.Select(c => c.Text));
        var edges = new double[text.Length + 1];
        for (var k = 0; k <= text.Length; k++) edges[k] = line[0].X0 + (line[^1].X1 - line[0].X0) * k / Math.Max(1, text.Length);
        return new Chunk(text, edges, line.Average(c => c.Base), line[0].Size);
    }
}
