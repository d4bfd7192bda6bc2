using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Reading;

/// <summary>
/// Reads the tab-separated layouts: Markdown from a PDF converter and plain text from Word. Three passes:
/// lines → items (text lines and grids of tab rows), captions and notes attached to grids, items → blocks
/// (paragraphs re-joined, headings recognised, continued tables joined).
/// </summary>
internal sealed class TabLayoutParser(bool markdown) : ILayoutParser
{
    public List<Block> Parse(IReadOnlyList<SourceLine> lines, string path, List<ReadDiagnostic> diagnostics)
    {
        var items = Group(lines, path);
        AttachCaptions(items);
        return Emit(items, path, diagnostics);
    }

    // ---- pass 1: lines → text items and grids ------------------------------------------------------------

    private abstract class Item
    {
        public bool Consumed { get; set; }
    }

    private sealed class TextItem(SourceLine line, string text, int markdownLevel) : Item
    {
        public SourceLine Line { get; } = line;
        public string Text { get; } = text;
        /// <summary>Number of '#' the converter put in front, 0 when none.</summary>
        public int MarkdownLevel { get; } = markdownLevel;
    }

    private sealed class GridItem : Item
    {
        public List<TableRowText> Rows { get; } = [];
        public SourceLocation Source => Rows[0].Source;
        public string? Number { get; set; }
        public string? Title { get; set; }
        public string? Preparer { get; set; }
        public string? UnitCaption { get; set; }
        public List<string> Notes { get; } = [];
    }

    private List<Item> Group(IReadOnlyList<SourceLine> lines, string path)
    {
        var items = new List<Item>();
        GridItem? grid = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                // A blank line inside a grid is kept inside it when the grid goes on after it.
                if (grid is not null && NextNonBlankIsRow(lines, i)) continue;
                grid = null;
                continue;
            }
            if (IsRow(line.Text))
            {
                if (IsPipeDelimiterRow(line.Text)) continue; // |---|---:| under a Markdown header row
                grid ??= AddGrid(items);
                grid.Rows.Add(SplitRow(line, path));
                continue;
            }
            grid = null;
            var text = line.Text.Trim();
            var level = 0;
            if (markdown)
            {
                var m = TextPatterns.MarkdownHeading().Match(text);
                if (m.Success) { level = m.Groups["hashes"].Length; text = m.Groups["text"].Value; }
                else if (text.StartsWith("- ", StringComparison.Ordinal)) text = text[2..];
            }
            text = CleanText(text);
            if (text.Length > 0) items.Add(new TextItem(line, text, level));
        }
        return items;
    }

    private static GridItem AddGrid(List<Item> items)
    {
        var g = new GridItem();
        items.Add(g);
        return g;
    }

    private static bool NextNonBlankIsRow(IReadOnlyList<SourceLine> lines, int i)
    {
        for (var k = i + 1; k < lines.Count; k++)
            if (!lines[k].IsBlank) return IsRow(lines[k].Text);
        return false;
    }

    /// <summary>A table row: tab-separated cells, or a Markdown pipe-table row ("| a | b |").</summary>
    internal static bool IsRow(string text) =>
        text.Contains('\t', StringComparison.Ordinal) || IsPipeRow(text);

    private static bool IsPipeRow(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length >= 3 && t[0] == '|' && t[^1] == '|';
    }

    private static bool IsPipeDelimiterRow(string text)
    {
        if (!IsPipeRow(text)) return false;
        foreach (var c in text)
            if (c is not ('|' or '-' or ':' or ' ' or '\t')) return false;
        return true;
    }

    private static string[] Cells(string text)
    {
        var t = text.Trim();
        // Split on unescaped pipes; "\|" is a literal pipe inside a cell.
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < t.Length - 1; i++)
        {
            if (t[i] == '\\' && t[i + 1] == '|') { cell.Append('|'); i++; continue; }
            if (t[i] == '|') { cells.Add(cell.ToString()); cell.Clear(); continue; }
            cell.Append(t[i]);
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static TableRowText SplitRow(SourceLine line, string path)
    {
        var source = line.At(path);
        if (!IsPipeRow(line.Text))
        {
            // Tab rows are most of a document's lines: cut the cells straight out of the line, each cleaned on its span.
            var text = line.Text.AsSpan();
            var tabCells = new CellText[text.Count('\t') + 1];
            var n = 0;
            foreach (var range in text.Split('\t')) tabCells[n++] = new CellText(CleanCell(text[range]), source);
            return new TableRowText(tabCells, source);
        }
        var parts = Cells(line.Text);
        var cells = new CellText[parts.Length];
        for (var i = 0; i < parts.Length; i++) cells[i] = new CellText(CleanCell(parts[i]), source);
        return new TableRowText(cells, source);
    }

    /// <summary><see cref="CleanCell(string)"/> of part of a line; a cell without markup is only trimmed, so it is copied once.</summary>
    private static string CleanCell(ReadOnlySpan<char> raw) =>
        raw.IndexOfAny(CellMarkup) < 0 ? new string(raw.Trim()) : CleanCell(raw.ToString());

    private static readonly System.Buffers.SearchValues<char> CellMarkup = System.Buffers.SearchValues.Create("<*$\\");

    /// <summary>Converter markup out: &lt;b&gt;, **, &lt;p&gt;, and LaTeX comparators such as <c>$\geq 95\%$</c> → <c>≥95%</c>.</summary>
    internal static string CleanCell(string raw)
    {
        var s = TextPatterns.StripMarkup(raw);
        if (s.Contains('$', StringComparison.Ordinal) || s.Contains('\\', StringComparison.Ordinal))
        {
            s = s.Replace(@"\geq", "≥", StringComparison.Ordinal).Replace(@"\leq", "≤", StringComparison.Ordinal)
                .Replace(@"\ge", "≥", StringComparison.Ordinal).Replace(@"\le", "≤", StringComparison.Ordinal)
                .Replace(@"\%", "%", StringComparison.Ordinal).Replace(@"\times", "×", StringComparison.Ordinal)
                .Replace("$", "", StringComparison.Ordinal);
            s = s.Replace("≥ ", "≥", StringComparison.Ordinal).Replace("≤ ", "≤", StringComparison.Ordinal).Trim();
        }
        return s;
    }

    private static string CleanText(string raw) => CleanCell(raw);

    // ---- pass 2: captions before a grid, notes after it ---------------------------------------------------

    private static void AttachCaptions(List<Item> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not GridItem grid) continue;
            // Walk back over the caption lines: unit, preparer, "(2025 年)", title, "表 N".
            for (var k = i - 1; k >= 0 && k >= i - 7; k--)
            {
                if (items[k] is not TextItem t || t.Consumed) break;
                var text = t.Text;
                if (grid.UnitCaption is null && TextPatterns.UnitCaption().IsMatch(text) && text.Length <= 40)
                {
                    grid.UnitCaption = text;
                    t.Consumed = true;
                    var prep = TextPatterns.PreparerLine().Match(text);
                    if (prep.Success && grid.Preparer is null) grid.Preparer = prep.Groups["name"].Value.Trim();
                    continue;
                }
                var preparer = TextPatterns.PreparerLine().Match(text);
                if (grid.Preparer is null && preparer.Success && grid.Title is null)
                {
                    grid.Preparer = preparer.Groups["name"].Value.Trim();
                    t.Consumed = true;
                    continue;
                }
                if (grid.Title is null && IsYearLine(text)) { t.Consumed = true; continue; }
                if (grid.Title is null && IsTableTitle(text))
                {
                    grid.Title = text;
                    t.Consumed = true;
                    continue;
                }
                var number = TextPatterns.TableNumberLine().Match(text);
                if (number.Success && grid.Number is null)
                {
                    grid.Number = number.Groups["n"].Value;
                    t.Consumed = true;
                    break;
                }
                if (TextPatterns.PartHeading().IsMatch(text)) continue; // 第二部分 … 公开表 sits between 表 1 and the title
                break;
            }
            // Notes right after the grid: 注：… lines, and the sentence of a table published empty.
            for (var k = i + 1; k < items.Count && k <= i + 3; k++)
            {
                if (items[k] is not TextItem t) break;
                var text = t.Text;
                var emptyGrid = !grid.Rows.Any(r => !IsColumnNumberRow(r) && r.Cells.Any(c => Amount.Parse(c.Text).IsNumber));
                if (text.StartsWith('注') || text.StartsWith("备注", StringComparison.Ordinal) || (emptyGrid && TextPatterns.EmptyTableNote().IsMatch(text) && text.Length < 200))
                {
                    grid.Notes.Add(text);
                    t.Consumed = true;
                    continue;
                }
                break;
            }
        }
    }

    private static bool IsYearLine(string text) =>
        text.Length <= 12 && (text.StartsWith('(') || text.StartsWith('（')) && text.Contains('年', StringComparison.Ordinal);

    private static bool IsTableTitle(string text)
    {
        if (text.Length > 60 || TextPatterns.PartHeading().IsMatch(text)) return false;
        if (text.Contains('。', StringComparison.Ordinal) || text.Contains('，', StringComparison.Ordinal)) return false;
        var squeezed = TextNormalizer.Squeeze(text);
        return squeezed.EndsWith('表') || squeezed.EndsWith("表）", StringComparison.Ordinal) || squeezed.EndsWith("表)", StringComparison.Ordinal)
            || squeezed.Contains("情况表", StringComparison.Ordinal) || squeezed.Contains("目标表", StringComparison.Ordinal);
    }

    // ---- pass 3: emit blocks ---------------------------------------------------------------------------

    private List<Block> Emit(List<Item> items, string path, List<ReadDiagnostic> diagnostics)
    {
        var blocks = new List<Block>();
        TextItem? open = null;       // paragraph being joined
        // Its lines, joined when it ends: most paragraphs are one line and keep that line's string.
        var openText = new List<string>();
        var openLength = 0;
        Block? lastTableOrNull = null;

        void Flush()
        {
            if (open is null) return;
            var text = openText.Count == 1 ? openText[0] : string.Concat(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(openText));
            blocks.Add(new ParagraphBlock(Loc(path, open.Line), text));
            open = null;
            openText.Clear();
            openLength = 0;
        }

        foreach (var item in items)
        {
            if (item is GridItem grid)
            {
                Flush();
                var table = BuildTable(grid);
                if (grid.Title is null && blocks.Count > 0 && blocks[^1] is TableBlock previous && previous == lastTableOrNull)
                {
                    blocks[^1] = Continue(previous, table);
                }
                else
                {
                    blocks.Add(table);
                }
                lastTableOrNull = blocks[^1];
                continue;
            }
            var t = (TextItem)item;
            if (t.Consumed) continue;
            lastTableOrNull = null;
            var level = HeadingLevel(t);
            if (level > 0)
            {
                Flush();
                blocks.Add(new HeadingBlock(Loc(path, t.Line), level, t.Text));
                continue;
            }
            if (open is not null && ContinuesParagraph(openLength, openText[^1], t.Text))
            {
                openText.Add(t.Text);
                openLength += t.Text.Length;
                continue;
            }
            Flush();
            open = t;
            openText.Add(t.Text);
            openLength = t.Text.Length;
        }
        Flush();

        foreach (var table in blocks.OfType<TableBlock>())
            if (table.BodyRows.Count == 0 && table.Notes.Count == 0)
                diagnostics.Add(new(DiagnosticSeverity.Warning, Messages.TruncatedTableCode, Messages.TruncatedTable(table.Title ?? "（无标题）"), table.Source));
        return blocks;
    }

    private static SourceLocation Loc(string path, SourceLine line) => line.At(path);

    private static TableBlock BuildTable(GridItem grid)
    {
        var firstData = grid.Rows.FindIndex(IsDataRow);
        var header = firstData < 0 ? grid.Rows : grid.Rows.GetRange(0, firstData);
        var body = firstData < 0 ? [] : grid.Rows.GetRange(firstData, grid.Rows.Count - firstData);
        return new TableBlock(grid.Source, grid.Number, grid.Title, grid.Preparer, grid.UnitCaption, header, body, grid.Notes);
    }

    /// <summary>Joins a table continued on the next page: its repeated header is dropped, its rows appended.</summary>
    private static TableBlock Continue(TableBlock first, TableBlock next) =>
        first with
        {
            BodyRows = [.. first.BodyRows, .. next.BodyRows],
            Notes = [.. first.Notes, .. next.Notes],
            UnitCaption = first.UnitCaption ?? next.UnitCaption,
            Preparer = first.Preparer ?? next.Preparer,
        };

    /// <summary>
    /// A data row holds an amount or a classification code. Rows of column numbers (※ 1 2 3 …) and header
    /// words are not data, whatever digits they contain.
    /// </summary>
    internal static bool IsDataRow(TableRowText row)
    {
        if (IsColumnNumberRow(row)) return false;
        if (IsBareTotalRow(row)) return true;
        // Indexed rather than foreach: Cells is an interface, and its enumerator would be allocated for every row.
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i].Text;
            if (text.Length == 0) continue;
            if (Amount.Parse(text).IsNumber) return true;
            if (text.Length >= 3 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && (text[0] is '2' or '3')) return true;
        }
        return false;
    }

    /// <summary>
    /// "合计 | | |" in a table published with no amounts: a total label and nothing but numbers or blanks beside it.
    /// A header row that names a 合计 column always has other header words beside it.
    /// </summary>
    private static bool IsBareTotalRow(TableRowText row)
    {
        var label = false;
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.IsEmpty) continue;
            var s = TextNormalizer.Squeeze(cell.Text);
            if (!label && s is "合计" or "总计" or "小计" or "收入总计" or "支出总计") { label = true; continue; }
            if (!Amount.Parse(cell.Text).IsNumber) return false;
        }
        return label;
    }

    /// <summary>※ / 1 2 3 … — the row that numbers the columns.</summary>
    internal static bool IsColumnNumberRow(TableRowText row)
    {
        var numbers = 0;
        var expected = 1;
        var marks = 0;
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i].Text;
            if (text.Length == 0) continue;
            if (text is "※" or "*" or "栏次" or "类" or "款" or "项" or "甲" or "乙" or "丙") { marks++; continue; }
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n == expected)
            {
                numbers++;
                expected++;
                continue;
            }
            return false;
        }
        return numbers >= 2 || (marks > 0 && numbers >= 1);
    }

    private int HeadingLevel(TextItem t)
    {
        var text = t.Text;
        if (TextPatterns.PartHeading().IsMatch(text) && text.Length <= 40) return 1;
        var sentenceLike = text.EndsWith('。') || text.EndsWith('；') || text.Length > 60;
        if (!sentenceLike && TextPatterns.ChineseNumberedHeading().IsMatch(text)) return 2;
        if (!sentenceLike && text.Length <= 40 && TextPatterns.ParenthesisedHeading().IsMatch(text)) return 3;
        if (markdown && t.MarkdownLevel > 0 && !sentenceLike && !text.EndsWith('：')) return 4;
        if (!markdown && !sentenceLike && text.Length <= 20 && IsStandaloneTitle(text)) return 4;
        return 0;
    }

    /// <summary>Short lines such as 目 录 or a part name printed without numbering.</summary>
    private static bool IsStandaloneTitle(string text)
    {
        var s = TextNormalizer.Squeeze(text);
        return s is "目录" || s.EndsWith("预算公开", StringComparison.Ordinal) || s.EndsWith("决算公开", StringComparison.Ordinal);
    }

    /// <summary>
    /// A paragraph broken over lines (or a page) goes on when the previous text stops mid-sentence and the next line
    /// does not start something new (a number, a heading, a caption).
    /// </summary>
    private static bool ContinuesParagraph(int previousLength, string previousLine, string next)
    {
        if (previousLength < 20) return false;
        var last = previousLine[^1];
        if (last is '。' or '；' or '：' or ':' or '！' or '？' or '”' or '）' or ')' or '.') return false;
        if (StartsNewItem(next)) return false;
        return true;
    }

    private static bool StartsNewItem(string text) =>
        TextPatterns.ChineseNumberedHeading().IsMatch(text) || TextPatterns.ParenthesisedHeading().IsMatch(text)
        || TextPatterns.PartHeading().IsMatch(text) || TextPatterns.TableNumberLine().IsMatch(text)
        || ArabicNumbered(text) || LabelledLine(text)
        || text.StartsWith('(') || text.StartsWith('（');

    /// <summary>"1、…", "2. …", "10．…" but not "2.40 万元".</summary>
    private static bool ArabicNumbered(string text)
    {
        var i = 0;
        while (i < text.Length && i < 3 && char.IsAsciiDigit(text[i])) i++;
        if (i == 0 || i >= text.Length) return false;
        if (text[i] == '、') return true;
        return text[i] is '.' or '．' && (i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]));
    }

    /// <summary>"项目承担单位：…", "资金执行时间：…" — a label that starts a new line of a form-like passage.</summary>
    private static bool LabelledLine(string text)
    {
        var colon = text.IndexOfAny(['：', ':']);
        if (colon is < 2 or > 10) return false;
        for (var i = 0; i < colon; i++)
            if (text[i] is < '\u4e00' or > '\u9fff') return false;
        return true;
    }
}
