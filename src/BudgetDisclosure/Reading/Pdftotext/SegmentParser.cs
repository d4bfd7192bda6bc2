using System.Text.RegularExpressions;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Reading.Pdftotext;

/// <summary>
/// Finds the columns of one page's part of a <c>pdftotext -layout</c> table and cuts its lines into cells.
/// Passes: header/body split → logical lines (decimals wrapped onto the next line re-attached) → rows with their
/// wrapped name pieces → columns (amounts by right edge, text by left edge between amount columns, header words for
/// columns left empty) → cells.
/// </summary>
internal static partial class SegmentParser
{
    private const int RightEdgeTolerance = 2;

    /// <param name="lines">The table's lines on one page.</param>
    /// <param name="continuation">The page continues a table begun on an earlier page.</param>
    /// <param name="headerless">Every line is a row, the first included (a form's indicator grid, whose rows hold no amounts).</param>
    /// <param name="geometry">Where the PDF reader placed each cell, when the lines come from it.</param>
    public static ParsedSegment Parse(List<SourceLine> lines, bool continuation, bool headerless = false, PageGeometry? geometry = null)
    {
        var bodyStart = headerless ? lines.FindIndex(l => !l.IsBlank) : lines.FindIndex(l => !l.IsBlank && IsBodyLine(l));
        if (bodyStart < 0) bodyStart = lines.Count;
        var headerLines = lines.Take(bodyStart).Where(l => !l.IsBlank && !IsColumnNumberRow(l)).ToList();
        var leadingPieces = new List<LayoutSpan>();
        if (continuation && bodyStart > 0 && bodyStart < lines.Count)
        {
            // Lone pieces of text after the repeated header, set off from it by a blank line (or alone before the first row):
            // the end of the last row of the page before, split by the page break.
            var lastHeader = lines.FindLastIndex(bodyStart - 1, bodyStart, l => !l.IsBlank && SplitBody(l).Count > 1);
            var tail = lines.Skip(lastHeader + 1).Take(bodyStart - lastHeader - 1).Where(l => !l.IsBlank).ToList();
            var setOff = lastHeader < 0 || (lastHeader + 1 < lines.Count && lines[lastHeader + 1].IsBlank);
            if (setOff && tail.Count is > 0 and <= 3 && tail.All(l => SplitBody(l).Count == 1))
            {
                leadingPieces.AddRange(tail.Select(l => SplitBody(l)[0]));
                headerLines.RemoveAll(tail.Contains);
            }
        }

        var logical = LogicalLines(lines.Skip(bodyStart).ToList());
        var amountRights = ClusterRightEdges(logical.SelectMany(l => l.Spans).Where(s => s.Kind == SpanKind.Amount).ToList()).Select(c => c.Right).ToList();
        var rows = GroupRows(logical, amountRights);
        var columns = FindColumns(rows, leadingPieces);
        AssignHeader(columns, headerLines, geometry);

        var parsedRows = rows.Select(r => BuildRow(r, columns)).ToList();
        var pieces = leadingPieces.Select(p => (Assign(p, columns), p)).ToList();
        return new ParsedSegment { Columns = columns, HeaderLines = headerLines, Rows = parsedRows, LeadingPieces = pieces };
    }

    /// <summary>A line that holds data: an amount, a classification code followed by text, or a total.</summary>
    public static bool IsBodyLine(SourceLine line)
    {
        var spans = SplitBody(line);
        if (spans.Count == 0) return false;
        if (spans.Any(s => s.Kind is SpanKind.Amount or SpanKind.Fraction)) return true;
        if (spans.Count >= 2 && spans[0].Kind == SpanKind.Integer && IsCodeLike(spans[0].Text) && spans.Skip(1).Any(s => s.Kind == SpanKind.Text)) return true;
        // Rows without amounts ("十八、粮油物资储备支出", "205 教育支出") still start the body when they are enumerated
        // or coded items; so does a coded name in a later cell, the expenditure side of a two-sided table beside an
        // income label with no amount on a continued page ("国有资本经营预算 … 204 公共安全支出").
        if (spans.Skip(1).Any(s => s.Kind == SpanKind.Text && IsCodedName(s.Text))) return true;
        return spans[0].Kind == SpanKind.Text && (TableCaptions.StartsEnumerated(TextNormalizer.Squeeze(spans[0].Text)) || IsCodedName(spans[0].Text));
    }

    /// <summary>
    /// "205 教育支出": a classification code and its name in one cell, as two-sided tables print their expenditure side.
    /// A wrapped piece of a name never starts with a code of 3, 5 or 7 digits; a year ("2026 年") has 4.
    /// </summary>
    private static bool IsCodedName(string text) => CodedName().IsMatch(text);

    [GeneratedRegex(@"^[2-5]\d{2}(?:\d{2}){0,2}(?!\d)\s?\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CodedName();

    /// <summary>"** ** 1 2 3": the column numbers some templates print under the header.</summary>
    private static bool IsColumnNumberRow(SourceLine line)
    {
        var spans = SplitBody(line);
        return spans.Count >= 3 && spans.All(s => s.Text.Trim('*').Length == 0 || (s.Kind == SpanKind.Integer && s.Text.Length <= 2)
            || s.Text is "栏次" or "行次" or "甲" or "乙" or "丙");
    }

    public static List<LayoutSpan> SplitBody(SourceLine line) => SpanSplitter.MergeSpacedOutCharacters(SpanSplitter.Split(line));

    private static bool IsCodeLike(string text) => text.Length is >= 2 and <= 9 && text.All(char.IsAsciiDigit) && text != "0";

    private sealed record LogicalLine(SourceLine Line, List<LayoutSpan> Spans, bool AfterBlank);

    /// <summary>Joins a line that starts with ".62" to the line above: the PDF wrapped the decimals of its amounts.</summary>
    private static List<LogicalLine> LogicalLines(List<SourceLine> body)
    {
        var result = new List<LogicalLine>();
        var afterBlank = false;
        foreach (var line in body)
        {
            if (line.IsBlank)
            {
                afterBlank = true;
                continue;
            }
            var spans = SplitBody(line);
            if (spans.Count > 0 && spans[0].Kind == SpanKind.Fraction && result.Count > 0 && !afterBlank)
            {
                var target = result[^1].Spans;
                foreach (var span in spans)
                {
                    if (span.Kind == SpanKind.Fraction && TryAttachFraction(target, span)) continue;
                    target.Add(span);
                }
                target.Sort((a, b) => a.Start.CompareTo(b.Start));
                continue;
            }
            result.Add(new LogicalLine(line, spans, afterBlank));
            afterBlank = false;
        }
        return result;
    }

    private static bool TryAttachFraction(List<LayoutSpan> spans, LayoutSpan fraction)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < spans.Count; i++)
        {
            if (!spans[i].CanTakeFraction) continue;
            var d = Math.Abs(spans[i].End - fraction.Start);
            if (d <= 3 && d < bestDistance)
            {
                best = i;
                bestDistance = d;
            }
        }
        if (best < 0) return false;
        var integer = spans[best];
        var text = integer.Text + fraction.Text;
        spans[best] = integer with { End = Math.Max(integer.End, fraction.End), Text = text, Kind = LayoutSpan.Classify(text) };
        return true;
    }

    /// <summary>
    /// Decides which lines are rows and which are pieces of a wrapped name. A lone text span with no blank line between it
    /// and a row belongs to that row; a run of pieces between two rows is split in half (cells are centred vertically).
    /// </summary>
    private static List<RowDraft> GroupRows(List<LogicalLine> logical, List<int> amountRights)
    {
        var isRow = logical.Select(IsRowLine).ToList();
        var rows = new List<RowDraft>();
        var rowOf = new RowDraft?[logical.Count];
        for (var i = 0; i < logical.Count; i++)
        {
            if (!isRow[i]) continue;
            rowOf[i] = new RowDraft(logical[i].Line, MarkCodes(logical[i].Spans, amountRights));
        }

        var k = 0;
        while (k < logical.Count)
        {
            if (isRow[k])
            {
                k++;
                continue;
            }
            var runStart = k;
            while (k < logical.Count && !isRow[k]) k++;
            var runEnd = k; // exclusive
            var prev = runStart > 0 ? rowOf[runStart - 1] : null;
            var next = runEnd < logical.Count ? rowOf[runEnd] : null;
            // Blank lines inside the run cut it: pieces only stick to a row they touch.
            var cut = runStart;
            for (var j = runStart; j < runEnd; j++)
                if (logical[j].AfterBlank) cut = j;
            var touchesPrev = prev is not null && !logical[runStart].AfterBlank;
            var touchesNext = next is not null && !(runEnd < logical.Count && logical[runEnd].AfterBlank);
            int toPrevEnd, toNextStart;
            if (touchesPrev && touchesNext && cut == runStart)
            {
                // Cells are centred vertically: half the pieces hang below the row above, half above the row below. An odd
                // piece out goes to the row below when that row has a piece hanging below it too.
                var half = (runEnd - runStart) / 2;
                var odd = (runEnd - runStart) % 2 == 1;
                var nextHasBelow = runEnd + 1 < logical.Count && !isRow[runEnd + 1] && !logical[runEnd + 1].AfterBlank;
                toPrevEnd = runStart + half + (odd && !nextHasBelow ? 1 : 0);
                toNextStart = toPrevEnd;
            }
            else
            {
                toPrevEnd = touchesPrev ? (cut == runStart ? runEnd : cut) : runStart;
                toNextStart = touchesNext ? Math.Max(cut, toPrevEnd) : runEnd;
            }
            for (var j = runStart; j < runEnd; j++)
            {
                var span = logical[j].Spans[0];
                if (j < toPrevEnd) prev!.Below.Add(span);
                else if (j >= toNextStart) next!.Above.Add(span);
                else rowOf[j] = new RowDraft(logical[j].Line, [span]);
            }
        }
        for (var i = 0; i < logical.Count; i++)
            if (rowOf[i] is { } r) rows.Add(r);
        return rows;
    }

    private static bool IsRowLine(LogicalLine line)
    {
        var spans = line.Spans;
        if (spans.Count != 1) return spans.Count > 0;
        var s = spans[0];
        if (s.Kind != SpanKind.Text) return true;
        var t = TextNormalizer.Squeeze(s.Text);
        return TableCaptions.StartsEnumerated(t) || IsCodedName(s.Text) || t.StartsWith("其中", StringComparison.Ordinal) || t.Contains("合计", StringComparison.Ordinal)
            || t.Contains("总计", StringComparison.Ordinal) || t.StartsWith('（') || t.StartsWith('(');
    }

    /// <summary>
    /// Digits before the first amount of a row are a classification code, which is text, not an amount — unless they
    /// stand after the row's name with no text after them and end where an amount column ends: then they are an amount
    /// printed without decimals (390000 beside 1948860.94 in one right-aligned column, in 元). A code between
    /// two texts (a government economic code between the two names) stays a code.
    /// </summary>
    private static List<LayoutSpan> MarkCodes(List<LayoutSpan> spans, List<int> amountRights)
    {
        var result = new List<LayoutSpan>(spans.Count);
        var seenAmount = false;
        for (var i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.Kind is SpanKind.Amount or SpanKind.Dash) seenAmount = true;
            if (s.Kind == SpanKind.Integer && !seenAmount && IsCodeLike(s.Text))
            {
                if (IsBareAmount(spans, i, amountRights))
                {
                    seenAmount = true;
                    result.Add(s);
                }
                else
                {
                    result.Add(s with { Kind = SpanKind.Text });
                }
            }
            else if (s.Kind == SpanKind.Fraction) result.Add(s with { Kind = SpanKind.Text });
            else result.Add(s);
        }
        return result;
    }

    private static bool IsBareAmount(List<LayoutSpan> spans, int at, List<int> amountRights)
    {
        var s = spans[at];
        return spans.Take(at).Any(x => x.Kind == SpanKind.Text)
            && !spans.Skip(at + 1).Any(x => x.Kind == SpanKind.Text)
            && amountRights.Exists(r => Math.Abs(r - s.End) <= RightEdgeTolerance);
    }

    private static List<LayoutColumn> FindColumns(List<RowDraft> rows, List<LayoutSpan> leadingPieces)
    {
        var all = rows.SelectMany(r => r.Spans).ToList();
        // Whole numbers after a row's last text are amounts too ("0", 932778 in 元): a column printing no decimals on
        // this page is still a column. The same span taken twice is removed by identity: a span's value equality
        // hashes its whole line, which on a line hundreds of kilobytes long made this quadratic.
        var amounts = rows.SelectMany(r => r.Spans.Skip(r.Spans.FindLastIndex(s => s.Kind == SpanKind.Text) + 1))
            .Where(s => s.Kind is SpanKind.Amount or SpanKind.Integer)
            .Concat(all.Where(s => s.Kind == SpanKind.Amount)).Distinct(ReferenceEqualityComparer.Instance).Cast<LayoutSpan>().ToList();
        if (amounts.Count == 0) amounts = all.Where(s => s.Kind == SpanKind.Integer).ToList();
        var numeric = ClusterRightEdges(amounts);

        var texts = all.Where(s => s.Kind == SpanKind.Text)
            .Concat(rows.SelectMany(r => r.Above.Concat(r.Below)))
            .Concat(leadingPieces)
            .ToList();
        var textColumns = new List<LayoutColumn>();
        foreach (var region in texts.GroupBy(t => numeric.Count(n => n.Right <= t.Start)))
            textColumns.AddRange(ClusterOverlaps(region.ToList()));

        return [.. numeric.Concat(textColumns).OrderBy(c => c.Start).ThenBy(c => c.End)];
    }

    private static List<LayoutColumn> ClusterRightEdges(List<LayoutSpan> amounts)
    {
        var columns = new List<LayoutColumn>();
        foreach (var s in amounts.OrderBy(a => a.End))
        {
            var last = columns.Count > 0 ? columns[^1] : null;
            if (last is not null && s.End - last.Right <= RightEdgeTolerance)
            {
                last.Start = Math.Min(last.Start, s.Start);
                last.End = Math.Max(last.End, s.End);
                last.Right = s.End;
            }
            else
            {
                columns.Add(new LayoutColumn(s.Start, s.End, numeric: true));
            }
        }
        return columns;
    }

    private static List<LayoutColumn> ClusterOverlaps(List<LayoutSpan> spans)
    {
        var columns = new List<LayoutColumn>();
        foreach (var s in spans.OrderBy(x => x.Start))
        {
            var last = columns.Count > 0 ? columns[^1] : null;
            if (last is not null && s.Start < last.End) last.End = Math.Max(last.End, s.End);
            else columns.Add(new LayoutColumn(s.Start, s.End, numeric: false));
        }
        return columns;
    }

    /// <summary>
    /// Header words go to the column under them; a word over the centres of several columns heads a group of them.
    /// Words over no column: a stack of them just left of an amount column that has no header yet is that column's
    /// header (amounts are right-aligned, the header centred); a line of such words above the others ("收 入 … 支 出")
    /// heads the columns on either side; any other stack is a column left empty on this page (such as 结转下年).
    /// </summary>
    private static void AssignHeader(List<LayoutColumn> columns, List<SourceLine> headerLines, PageGeometry? geometry)
    {
        var tokens = headerLines.Select(SpanSplitter.SplitHeader).ToList();
        var panels = PanelStarts(columns);
        var panelLine = PanelLine(panels, tokens);
        var loose = new List<(int Line, LayoutSpan Token)>();
        var ruledGroups = new List<(LayoutSpan Token, int Start, int End)>();
        for (var li = 0; li < tokens.Count; li++)
        {
            if (li == panelLine) continue;
            foreach (var t in tokens[li])
            {
                if (RuledGroup(t, li) is { } ruled)
                {
                    ruledGroups.Add((t, ruled.Start, ruled.End));
                    continue;
                }
                var covered = columns.Where(c => c.Center2 >= 2 * t.Start && c.Center2 <= 2 * t.End).ToList();
                if (covered.Count >= 2)
                {
                    foreach (var c in covered) c.Groups.Add(t);
                    continue;
                }
                var best = columns.OrderByDescending(c => c.Overlap(t.Start, t.End)).FirstOrDefault();
                if (best is not null && best.Overlap(t.Start, t.End) > 0) best.Leaves.Add(t);
                else loose.Add((li, t));
            }
        }

        // A line of loose words above the others heads the columns on either side ("收 入 … 支 出"), unless its words
        // stand on other loose words: then they are the top lines of cells wrapped over several lines (as in
        // "事业收入" over "（不含教育" over "收费）"), whose columns are empty on this page; or unless a word is the
        // header of a text column whose texts are all short on this page (a ruled 科目名称 as tall as two header rows,
        // centred between them, under a group header on the line above).
        var groupLines = loose.GroupBy(l => l.Line)
            .Where(g => g.Key < tokens.Count - 1 && g.Count() == tokens[g.Key].Count && columns.Count >= 2
                && !g.Any(t => loose.Any(o => o.Line != g.Key && o.Token.Start < t.Token.End && t.Token.Start < o.Token.End))
                && !g.Any(t => ShortTextColumn(t.Token.Start, t.Token.End) is not null))
            .Select(g => g.Key).ToHashSet();
        foreach (var (_, t) in loose.Where(l => groupLines.Contains(l.Line)))
        {
            var left = columns.LastOrDefault(c => c.Center2 < t.Center2);
            var right = columns.FirstOrDefault(c => c.Center2 > t.Center2);
            left?.Groups.Add(t);
            right?.Groups.Add(t);
        }

        var stacks = new List<List<LayoutSpan>>();
        foreach (var (_, t) in loose.Where(l => !groupLines.Contains(l.Line)).OrderBy(l => l.Token.Start))
        {
            var last = stacks.Count > 0 ? stacks[^1] : null;
            if (last is not null && t.Start < last.Max(x => x.End)) last.Add(t);
            else stacks.Add([t]);
        }
        for (var k = 0; k < stacks.Count; k++)
        {
            var stack = stacks[k].OrderBy(x => x.Line.Number).ToList();
            var start = stack.Min(x => x.Start);
            var end = stack.Max(x => x.End);
            var nextStack = k + 1 < stacks.Count ? stacks[k + 1].Min(x => x.Start) : int.MaxValue;
            var right = columns.FirstOrDefault(c => c.Start >= start);
            if (right is { Numeric: true, Leaves.Count: 0 } && right.Start < nextStack)
            {
                right.Leaves.AddRange(stack);
                continue;
            }
            if (ShortTextColumn(start, end) is { } left)
            {
                left.Leaves.AddRange(stack);
                continue;
            }
            var column = new LayoutColumn(start, end, numeric: true);
            column.Leaves.AddRange(stack);
            var at = columns.FindIndex(c => c.Start > start);
            columns.Insert(at < 0 ? columns.Count : at, column);
        }
        // Ruled group cells last, so that they also head the columns left empty on this page.
        foreach (var (t, start, end) in ruledGroups)
            foreach (var c in columns.Where(c => c.Center2 >= 2 * start && c.Center2 <= 2 * end))
                c.Groups.Add(t);
        foreach (var c in columns)
        {
            c.Leaves.Sort((a, b) => a.Line.Number != b.Line.Number ? a.Line.Number.CompareTo(b.Line.Number) : a.Start.CompareTo(b.Start));
            c.Groups.Sort((a, b) => a.Line.Number != b.Line.Number ? a.Line.Number.CompareTo(b.Line.Number) : a.Start.CompareTo(b.Start));
        }
        PromoteGroupHeaders(columns);
        if (panelLine >= 0)
        {
            // Columns added for headers over no amount on this page belong to the panel they stand in.
            foreach (var c in columns)
                c.Panel = tokens[panelLine][Math.Max(0, panels.FindLastIndex(start => start <= c.Start))];
        }

        // A header centred over a text column whose texts on this page are all short stands right of them
        // (科目名称 over 住房保障支出 … on a continued page): it is that column's header, not an empty column.
        LayoutColumn? ShortTextColumn(int start, int end)
        {
            var left = columns.LastOrDefault(c => c.Start < start);
            var right = columns.FirstOrDefault(c => c.Start >= start);
            return left is { Numeric: false, Leaves.Count: 0 } && left.End <= start && (right is null || right.Start >= end) ? left : null;
        }

        // A ruled header cell that spans several columns (the PDF reader knows it from the table's rulings) is a group
        // over the columns under it when other header text stands below it within its span: its text alone, centred in
        // the cell, covers the middle of one sub-column at most (单位资金 over five sources, 支 出 over
        // 项目 and the four budget columns).
        (int Start, int End)? RuledGroup(LayoutSpan t, int line)
        {
            if (geometry?.RuledSpan(t.Line.Page, t.Start, t.Text) is not { } span) return null;
            if (columns.Count(c => c.Center2 >= 2 * span.Start && c.Center2 <= 2 * span.End) < 2) return null;
            var below = tokens.Skip(line + 1).SelectMany(l => l).Any(o => o.Start >= span.Start && o.End <= span.End);
            return below ? span : null;
        }
    }

    /// <summary>
    /// Where the side-by-side panels of a two-sided table (收入 | 支出, 财政拨款收入 | 财政拨款支出) begin: a panel is
    /// label columns followed by amount columns, so every text column after an amount column starts one. One start
    /// (0) for an ordinary table.
    /// </summary>
    private static List<int> PanelStarts(List<LayoutColumn> columns)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < columns.Count; i++)
            if (!columns[i].Numeric && columns[i - 1].Numeric) starts.Add(columns[i].Start);
        return starts;
    }

    /// <summary>
    /// The header line naming the panels, one word over each ("收入" … "支出"), or -1. Each word stands within its panel
    /// (between the starts of its panel and the next), lower header lines have words in every panel, and the line has
    /// as many words as there are panels. Such a word is rarely centred over a column of its own — it is centred over
    /// the panel, often over the gap between the label and the amounts — so the column rules would give it to one
    /// column or to none; it heads every column of its panel, labels included, which is how the binder tells the income
    /// side from the expenditure side.
    /// </summary>
    private static int PanelLine(List<int> panels, List<List<LayoutSpan>> tokens)
    {
        if (panels.Count < 2) return -1;
        int PanelOf(LayoutSpan t) => panels.FindLastIndex(start => 2 * start <= t.Center2);
        for (var li = 0; li < tokens.Count - 1; li++)
        {
            var line = tokens[li];
            if (line.Count != panels.Count || line.Any(t => t.Kind != SpanKind.Text)) continue;
            if (!line.Select(PanelOf).SequenceEqual(Enumerable.Range(0, panels.Count))) continue;
            var below = tokens.Skip(li + 1).SelectMany(l => l).Select(PanelOf).ToHashSet();
            if (Enumerable.Range(0, panels.Count).All(below.Contains)) return li;
        }
        return -1;
    }

    /// <summary>
    /// A group header narrower than its sub-columns ("基本支出" over 小计 / 人员支出 / 日常公用支出, "财政拨款收入" over four
    /// budget types) covers the centre of at most one of them and was taken as that column's leaf. It is a group when the
    /// amount columns beside that one have their whole header below it, starting no higher than the sub-header under it,
    /// and the word sits about the middle of them. Full-height cells (合计, 项目支出) are centred vertically, so their
    /// text starts above the sub-headers and bounds the group; a wrapped header has neighbours on its own first line.
    /// Only a word alone on its line among the amount headers is taken for a group, as a misplaced group costs more than
    /// a missed one.
    /// </summary>
    private static void PromoteGroupHeaders(List<LayoutColumn> columns)
    {
        for (var k = 0; k < columns.Count; k++)
        {
            var column = columns[k];
            if (!column.Numeric || column.Leaves.Count < 2) continue;
            var top = column.Leaves[0];
            // 合计 / 总计 over a 小计 is the total column's own two-line header, not a group.
            var word = TextNormalizer.Squeeze(top.Text);
            if (word.Contains("合计", StringComparison.Ordinal) || word.Contains("总计", StringComparison.Ordinal)) continue;
            var under = column.Leaves.Where(l => l.Line.Number > top.Line.Number).Select(l => l.Line.Number).DefaultIfEmpty(int.MaxValue).Min();
            if (under == int.MaxValue || column.Leaves.Any(l => l.Line.Number == top.Line.Number && !ReferenceEquals(l, top))) continue;
            bool Fits(LayoutColumn c) => c.Numeric && c.Groups.Count == 0 && c.Leaves.Count > 0 && c.Leaves.Min(l => l.Line.Number) >= under;
            int first = k, last = k;
            while (first > 0 && Fits(columns[first - 1])) first--;
            while (last < columns.Count - 1 && Fits(columns[last + 1])) last++;
            if (last == first) continue;
            // A group header's line holds no other amount column's header; a wrapped header ("一般公共" / "预算拨款" /
            // "收入") has its neighbours' lines beside its own.
            var line = top.Line.Number;
            if (columns.Where((c, i) => i != k && c.Numeric).Any(c => c.Leaves.Any(l => l.Line.Number == line))) continue;
            // Of the runs of such columns around this one, the one the word is centred over (a procurement table prints 2026年政府采购项目
            // over 小计 and two 其中 columns, beside columns whose three-line headers also start below it).
            var best = (First: -1, Last: -1, Off: int.MaxValue);
            for (var a = first; a <= k; a++)
                for (var b = Math.Max(k, a + 1); b <= last; b++)
                {
                    var off = Math.Abs(columns[a].Start + columns[b].End - top.Center2);
                    if (off <= columns[b].End - columns[a].Start && (off < best.Off || off == best.Off && b - a > best.Last - best.First))
                        best = (a, b, off);
                }
            if (best.First < 0) continue;
            column.Leaves.Remove(top);
            for (var i = best.First; i <= best.Last; i++) columns[i].Groups.Add(top);
        }
    }

    private static ParsedRow BuildRow(RowDraft row, List<LayoutColumn> columns)
    {
        var cells = new List<(string Text, SourceLine? Line)>(columns.Count);
        for (var i = 0; i < columns.Count; i++) cells.Add(("", null));
        void Put(LayoutSpan span, bool prepend)
        {
            var c = Assign(span, columns);
            var (text, line) = cells[c];
            var piece = span.Kind == SpanKind.Amount ? span.Text : CellTextRules.Normalize(span.Text);
            cells[c] = prepend ? (CellTextRules.Join(piece, text), span.Line) : (CellTextRules.Join(text, piece), line ?? span.Line);
        }
        foreach (var s in row.Spans) Put(s, prepend: false);
        for (var i = row.Above.Count - 1; i >= 0; i--) Put(row.Above[i], prepend: true);
        foreach (var s in row.Below) Put(s, prepend: false);
        return new ParsedRow(row.Line, cells);
    }

    /// <summary>Amounts go to the column whose right edge they share; text to the column it starts in.</summary>
    public static int Assign(LayoutSpan span, List<LayoutColumn> columns)
    {
        if (columns.Count == 0) return 0;
        if (span.Kind is SpanKind.Amount or SpanKind.Integer)
        {
            var best = -1;
            var bestD = int.MaxValue;
            for (var i = 0; i < columns.Count; i++)
            {
                if (!columns[i].Numeric) continue;
                var d = Math.Abs(columns[i].Right - span.End);
                if (d < bestD)
                {
                    bestD = d;
                    best = i;
                }
            }
            if (best >= 0 && bestD <= RightEdgeTolerance + 1) return best;
        }
        if (span.Kind == SpanKind.Text)
        {
            for (var i = 0; i < columns.Count; i++)
                if (!columns[i].Numeric && columns[i].Start <= span.Start && span.Start < columns[i].End) return i;
        }
        var pick = 0;
        var bestOverlap = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < columns.Count; i++)
        {
            var o = columns[i].Overlap(span.Start, span.End);
            var d = Math.Abs(columns[i].Center2 - span.Center2);
            if (o > bestOverlap || (o == bestOverlap && d < bestDistance))
            {
                pick = i;
                bestOverlap = o;
                bestDistance = d;
            }
        }
        return pick;
    }
}
