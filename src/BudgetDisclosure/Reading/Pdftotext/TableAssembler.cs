using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Reading.Pdftotext;

/// <summary>
/// Collects the parts of one table printed on successive pages and joins them: the first page's columns and header
/// stand; the later pages' repeated headers are dropped and their columns mapped onto the first page's.
/// </summary>
internal sealed class TableAssembler(string path, string? number, string title, SourceLine titleLine, PageGeometry? geometry = null)
{
    private readonly List<ParsedSegment> segments = [];

    /// <summary>A form's indicator grids, and the pages continuing one without its header row: segment → the grid it continues.</summary>
    private readonly Dictionary<ParsedSegment, ParsedSegment?> indicatorGrids = [];

    public string? Number { get; set; } = number;
    public string Title { get; } = title;
    public string? Preparer { get; set; }
    public string? UnitCaption { get; set; }
    public List<string> Notes { get; } = [];

    public void AddSegment(List<SourceLine> lines, bool continuation)
    {
        if (continuation && lines.All(l => l.IsBlank)) return;
        if (IsForm && lines.FindIndex(IsIndicatorHeader) is var k and >= 0)
        {
            // The indicator grid under a form's label rows has columns of its own: the long values above it (a project
            // name, the 总体目标) would otherwise run its 二级指标 and 三级指标 columns together. Its header row is read
            // as a row, as the form reader looks for it among the rows.
            if (lines.Take(k).Any(l => !l.IsBlank)) segments.Add(SegmentParser.Parse(lines[..k], continuation && segments.Count > 0, geometry: geometry));
            var grid = SegmentParser.Parse(lines[k..], continuation: false, headerless: true, geometry: geometry);
            segments.Add(grid);
            indicatorGrids[grid] = null;
            return;
        }
        if (IsForm && continuation && segments.Count > 0 && indicatorGrids.TryGetValue(segments[^1], out var continued))
        {
            // The indicator grid runs on to this page without its header row: every line is a row (weights such as "10"
            // are no amounts, so none would count as the body's start and all would be dropped as a repeated header),
            // and the page's columns are its own — a row without its 一级指标 has one fewer — so they are put under the
            // grid's by where they stand.
            var rest = SegmentParser.Parse(lines, continuation: false, headerless: true, geometry: geometry);
            segments.Add(rest);
            indicatorGrids[rest] = continued ?? segments[^2];
            return;
        }
        segments.Add(SegmentParser.Parse(lines, continuation && segments.Count > 0, geometry: geometry));
    }

    /// <summary>
    /// A 绩效目标表 is a form, not columns of amounts: the first page's label | value columns (项目名称, 资金来源) do not
    /// carry on to the indicator grid, so each part keeps its own columns, and the form reader takes the rows by their
    /// labels and the 一级指标 header row.
    /// </summary>
    private bool IsForm => Title.Contains("绩效目标", StringComparison.Ordinal);

    private static bool IsIndicatorHeader(SourceLine line)
    {
        if (line.IsBlank) return false;
        var words = SpanSplitter.SplitHeader(line).Select(t => TextNormalizer.Squeeze(t.Text)).ToList();
        return words.Contains("一级指标") && words.Any(w => w.Contains("三级指标", StringComparison.Ordinal) || w == "指标名称");
    }

    /// <summary>
    /// True when <paramref name="line"/> is one word of the first page's header: a repeated header whose top line holds
    /// a single group word ("科目" over 科目编码 and 科目名称, the other cells being centred lower in their taller cells).
    /// </summary>
    public bool RepeatsHeaderWord(SourceLine line)
    {
        if (segments.Count == 0) return false;
        var word = TextNormalizer.Squeeze(line.Text);
        return word.Length > 0 && segments[0].HeaderLines.SelectMany(SpanSplitter.SplitHeader).Any(t => TextNormalizer.Squeeze(t.Text) == word);
    }

    public TableBlock Build(List<ReadDiagnostic> diagnostics, bool atEndOfFile)
    {
        var source = At(titleLine);
        if (segments.Count == 0)
        {
            if (Notes.Count == 0 && atEndOfFile)
                diagnostics.Add(new(DiagnosticSeverity.Warning, Messages.TruncatedTableCode, Messages.TruncatedTable(Title), source));
            return new TableBlock(source, Number, Title, Preparer, UnitCaption, [], [], Notes);
        }

        var first = segments[0];
        var form = IsForm;
        var width = form ? segments.Max(s => s.Columns.Count) : first.Columns.Count;
        var headerRows = HeaderRows(first);
        var body = new List<TableRowText>();
        var lastCells = (List<(string Text, SourceLine? Line)>?)null;
        var lastLine = default(SourceLine);
        foreach (var (segment, index) in segments.Select((s, i) => (s, i)))
        {
            var map = index > 0 && indicatorGrids.GetValueOrDefault(segment) is { } grid
                ? MapColumns(grid, segment, diagnostics)
                : index == 0 || form ? Enumerable.Range(0, segment.Columns.Count).ToArray() : MapColumns(first, segment, diagnostics);
            if (lastCells is not null)
            {
                foreach (var (column, span) in segment.LeadingPieces)
                {
                    var c = map[column];
                    lastCells[c] = (CellTextRules.Join(lastCells[c].Text, CellTextRules.Normalize(span.Text)), lastCells[c].Line ?? span.Line);
                }
                if (segment.LeadingPieces.Count > 0) body[^1] = ToRow(lastCells, lastLine);
            }
            foreach (var row in segment.Rows)
            {
                var cells = new List<(string Text, SourceLine? Line)>(width);
                for (var i = 0; i < width; i++) cells.Add(("", null));
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    var (text, line) = row.Cells[i];
                    if (text.Length == 0) continue;
                    var c = map[i];
                    cells[c] = (CellTextRules.Join(cells[c].Text, text), cells[c].Line ?? line);
                }
                body.Add(ToRow(cells, row.Line));
                lastCells = cells;
                lastLine = row.Line;
            }
        }

        if (body.Count == 0 && Notes.Count == 0 && atEndOfFile)
            diagnostics.Add(new(DiagnosticSeverity.Warning, Messages.TruncatedTableCode, Messages.TruncatedTable(Title), source));
        return new TableBlock(source, Number, Title, Preparer, UnitCaption, headerRows, body, Notes);
    }

    private List<TableRowText> HeaderRows(ParsedSegment first)
    {
        if (first.HeaderLines.Count == 0) return [];
        var headerLine = first.HeaderLines[0];
        var rows = new List<TableRowText>();
        // The panel headers (收入 | 支出) are the top level over every column of their panel, labels included.
        if (first.Columns.Any(c => c.Panel is not null))
        {
            var cells = first.Columns.Select(c => c.Panel is { } p ? new CellText(p.Text, At(p.Line)) : new CellText("", At(headerLine))).ToList();
            rows.Add(new TableRowText(cells, At(headerLine)));
        }
        // Every column under a group already carries it, so an amount column outside any group (合计, 项目支出 beside
        // 基本支出's sub-columns) is one cell of the full header height: its text is repeated in the top row, so that the
        // binder does not take it for a sub-header of the group on its left (a repeated header is one level of the path).
        var grouped = first.Columns.Any(c => c.Groups.Count > 0);
        bool FullHeight(LayoutColumn c) => grouped && c.Numeric && c.Groups.Count == 0 && c.Leaves.Count > 0;
        if (grouped)
        {
            var cells = first.Columns.Select(c => c.Groups.Count > 0
                ? new CellText(string.Concat(c.Groups.Select(g => g.Text)), At(c.Groups[0].Line))
                : FullHeight(c) ? new CellText(c.LeafText, At(c.Leaves[0].Line)) : new CellText("", At(headerLine))).ToList();
            rows.Add(new TableRowText(cells, At(headerLine)));
        }
        var leaves = first.Columns.Select(c => c.Leaves.Count == 0
            ? new CellText("", At(headerLine))
            : new CellText(c.LeafText, At(c.Leaves[0].Line))).ToList();
        rows.Add(new TableRowText(leaves, At(headerLine)));
        return rows;
    }

    /// <summary>
    /// Columns of a later page onto the first page's: one to one when they count the same; else by header text, then by
    /// order (text columns onto text columns, amounts onto amount columns) for a page printed without its header.
    /// </summary>
    private int[] MapColumns(ParsedSegment first, ParsedSegment segment, List<ReadDiagnostic> diagnostics)
    {
        var cols = segment.Columns;
        var target = first.Columns;
        var map = new int[cols.Count];
        if (cols.Count == target.Count)
        {
            for (var i = 0; i < map.Length; i++) map[i] = i;
            return map;
        }
        Array.Fill(map, -1);
        var used = new bool[target.Count];
        if (segment.HeaderLines.Count > 0)
        {
            for (var i = 0; i < cols.Count; i++)
            {
                var leaf = cols[i].LeafText;
                if (leaf.Length == 0) continue;
                var j = Enumerable.Range(0, target.Count).FirstOrDefault(t => !used[t] && target[t].LeafText == leaf, -1);
                if (j < 0) continue;
                map[i] = j;
                used[j] = true;
            }
        }
        // The rest by where they stand across the page (pages of one table are often printed at different scales).
        if (segment.HeaderLines.Count > 0)
        {
            // Each position worked out once: per pair it made this cubic in the columns, and a damaged line has thousands.
            var position = Relatives(cols);
            var targetAt = Relatives(target);
            for (var i = 0; i < cols.Count; i++)
            {
                if (map[i] >= 0) continue;
                var best = -1;
                var bestScore = double.MaxValue;
                for (var j = 0; j < target.Count; j++)
                {
                    var score = Math.Abs(position[i] - targetAt[j]) + (target[j].Numeric == cols[i].Numeric ? 0 : 0.05) + (used[j] ? 0.02 : 0);
                    if (score < bestScore)
                    {
                        bestScore = score;
                        best = j;
                    }
                }
                map[i] = best;
                used[best] = true;
            }
        }
        else
        {
            // No header on the page: each kind onto the next free column of its kind, in order.
            var floor = 0;
            for (var i = 0; i < cols.Count; i++)
            {
                var j = Enumerable.Range(floor, Math.Max(0, target.Count - floor))
                    .FirstOrDefault(t => !used[t] && target[t].Numeric == cols[i].Numeric, -1);
                if (j < 0) j = Enumerable.Range(floor, Math.Max(0, target.Count - floor)).FirstOrDefault(t => !used[t], -1);
                if (j < 0) j = Math.Min(floor, target.Count - 1);
                map[i] = j;
                used[j] = true;
                floor = j + 1;
            }
        }
        if (geometry is not null && segment.HeaderLines.Count == 0) MapByPosition(geometry, first, segment, map);
        var at = segment.Rows.Count > 0 ? segment.Rows[0].Line : titleLine;
        diagnostics.Add(new(DiagnosticSeverity.Info, Messages.PdftotextContinuationColumnsCode,
            Messages.PdftotextContinuationColumns(Title, cols.Count, target.Count), At(at)));
        return map;
    }

    /// <summary>The largest distance in points at which a column of a later page still stands under one of the first page's.</summary>
    private const double PositionTolerance = 5;

    /// <summary>
    /// Corrects <paramref name="map"/> of a page continued without a header by where the columns stand on the printed pages.
    /// The order rule guesses from the character grids, and each page has its own: a page without the widest names or
    /// without some amount columns (9.30 rows with no 人员经费) shifts its columns against the first page's.
    /// In points the pages of one table share their column edges up to one offset (a page printed shifted), so amount
    /// columns are put under the first page's by their right edges (amounts are right-aligned) and text columns by their
    /// left edges, under the offset that puts the most columns under one of the first page's. When some amount column
    /// finds no place the grid rules stand: a page laid out otherwise is no better served by a partial mapping. A column
    /// without an amount standing at its edge (only a header, or codes) keeps the place the grid rules gave it.
    /// </summary>
    private static void MapByPosition(PageGeometry geometry, ParsedSegment first, ParsedSegment segment, int[] map)
    {
        if (PageOf(first) is not { } firstPage || PageOf(segment) is not { } page) return;
        double? Edge(int p, LayoutColumn c) => c.Numeric ? geometry.AmountRight(p, c.Right) : geometry.Left(p, c.Start);
        var targets = first.Columns.Select(c => Edge(firstPage, c)).ToArray();
        // Side-by-side panels (收入 | 支出) put labels after amounts; their continued pages end one panel's rows and start
        // the other's, which the shared edges alone do not sort out.
        var firstAmount = Enumerable.Range(0, targets.Length).FirstOrDefault(j => first.Columns[j].Numeric && targets[j] is not null, -1);
        if (firstAmount >= 0 && first.Columns.Skip(firstAmount).Any(c => !c.Numeric)) return;
        var sources = segment.Columns.Select(c => Edge(page, c)).ToArray();

        int[] Place(double offset)
        {
            var placed = new int[sources.Length];
            var used = new bool[targets.Length];
            for (var i = 0; i < sources.Length; i++)
            {
                placed[i] = -1;
                if (sources[i] is not { } x) continue;
                var best = -1;
                var bestD = PositionTolerance;
                for (var j = 0; j < targets.Length; j++)
                {
                    if (used[j] || targets[j] is not { } t || first.Columns[j].Numeric != segment.Columns[i].Numeric) continue;
                    var d = Math.Abs(x - offset - t);
                    if (d <= bestD)
                    {
                        bestD = d;
                        best = j;
                    }
                }
                placed[i] = best;
                if (best >= 0) used[best] = true;
            }
            return placed;
        }

        // Every pairing of a column with a column of its kind on the first page proposes an offset; the one that puts
        // the most columns in place wins, the smaller shift on a tie (pages of one table are rarely shifted at all).
        var offsets = new List<double> { 0 };
        for (var i = 0; i < sources.Length; i++)
            for (var j = 0; j < targets.Length; j++)
                if (sources[i] is { } x && targets[j] is { } t && first.Columns[j].Numeric == segment.Columns[i].Numeric)
                    offsets.Add(x - t);
        var bestPlaced = (int[]?)null;
        var bestCount = -1;
        var bestShift = double.MaxValue;
        foreach (var offset in offsets)
        {
            var placed = Place(offset);
            var count = placed.Count(j => j >= 0);
            if (count > bestCount || (count == bestCount && Math.Abs(offset) < bestShift))
            {
                bestPlaced = placed;
                bestCount = count;
                bestShift = Math.Abs(offset);
            }
        }
        if (bestPlaced is null) return;
        for (var i = 0; i < bestPlaced.Length; i++)
            if (segment.Columns[i].Numeric && sources[i] is not null && bestPlaced[i] < 0) return;
        // A text column whose left edge matches none of the first page's (a total's label centred in its cell) belongs
        // between the columns placed around it: the first free text column there, so that it is not joined to a label
        // of another panel.
        var taken = new HashSet<int>(bestPlaced.Where(j => j >= 0));
        for (var i = 0; i < bestPlaced.Length; i++)
        {
            if (bestPlaced[i] >= 0 || segment.Columns[i].Numeric) continue;
            var lo = -1;
            for (var k = i - 1; k >= 0 && lo < 0; k--) lo = bestPlaced[k] >= 0 ? bestPlaced[k] : -1;
            var hi = first.Columns.Count;
            for (var k = i + 1; k < bestPlaced.Length && hi == first.Columns.Count; k++) hi = bestPlaced[k] >= 0 ? bestPlaced[k] : first.Columns.Count;
            var j = Enumerable.Range(lo + 1, Math.Max(0, hi - lo - 1)).FirstOrDefault(t => !taken.Contains(t) && !first.Columns[t].Numeric, -1);
            if (j < 0) continue;
            bestPlaced[i] = j;
            taken.Add(j);
        }
        for (var i = 0; i < bestPlaced.Length; i++)
            if (bestPlaced[i] >= 0) map[i] = bestPlaced[i];
    }

    private static int? PageOf(ParsedSegment segment) =>
        segment.Rows.Count > 0 ? segment.Rows[0].Line.Page : segment.HeaderLines.Count > 0 ? segment.HeaderLines[0].Page : null;

    /// <summary>Each column's centre as a fraction of the span of all of them.</summary>
    private static double[] Relatives(List<LayoutColumn> columns)
    {
        if (columns.Count == 0) return [];
        var min = columns.Min(c => c.Start);
        var max = columns.Max(c => c.End);
        return [.. columns.Select(c => max <= min ? 0 : (c.Center2 / 2.0 - min) / (max - min))];
    }

    private TableRowText ToRow(List<(string Text, SourceLine? Line)> cells, SourceLine rowLine) =>
        new([.. cells.Select(c => new CellText(c.Text, At(c.Line ?? rowLine)))], At(rowLine));

    private SourceLocation At(SourceLine line) => line.At(path);
}
