using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;
using BudgetDisclosure.Reading.Pdftotext;

namespace BudgetDisclosure.Reading;

/// <summary>
/// Reads plain <c>pdftotext</c> output (no <c>-layout</c>): text in reading order, a table's cells one per line.
/// Running text and headings are re-flowed as for the layout reader; a table's cells are regrouped into rows, each row
/// being its text cells (code, name) followed by its amounts. Cells of a table that pdftotext read column by column
/// cannot be put back and come out as they were read.
/// </summary>
internal sealed class PdftotextParser : ILayoutParser
{
    public List<Block> Parse(IReadOnlyList<SourceLine> lines, string path, List<ReadDiagnostic> diagnostics)
    {
        var clean = PageCleaner.Clean(lines);
        var blocks = new List<Block>();
        var narrative = new NarrativeBuilder(path, blocks, margin: 0);
        string? pendingNumber = null;
        var i = 0;
        while (i < clean.Count)
        {
            var line = clean[i];
            if (line.IsBlank)
            {
                i++;
                continue;
            }
            if (TableCaptions.IsNumberOnly(line.Text))
            {
                // A number with amounts below it and no title in between opens a table whose title some tools (MuPDF,
                // pdftotext -raw, in content-stream order) print under its body.
                if (!NextIsTitle(clean, i) && IsTableStart(clean, i))
                {
                    narrative.Flush();
                    i = ReadTable(clean, i, TableCaptions.NumberOf(line.Text), "", path, blocks, diagnostics);
                    pendingNumber = null;
                    continue;
                }
                pendingNumber = TableCaptions.NumberOf(line.Text);
                i++;
                continue;
            }
            if (TableCaptions.TryTitle(line.Text, out var number, out var title) && IsTableStart(clean, i))
            {
                narrative.Flush();
                i = ReadTable(clean, i, number ?? pendingNumber, title, path, blocks, diagnostics);
                pendingNumber = null;
                continue;
            }
            pendingNumber = null;
            narrative.Add(line, plain: true);
            i++;
        }
        narrative.Flush();
        return blocks;
    }

    private static bool NextIsTitle(List<SourceLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
            if (!lines[j].IsBlank) return TableCaptions.TryTitle(lines[j].Text, out _, out _);
        return false;
    }

    /// <summary>A title followed by an amount, before any other title or sentence, starts a table.</summary>
    private static bool IsTableStart(List<SourceLine> lines, int titleIndex)
    {
        var seen = 0;
        // A header of many columns printed one cell per line (the 三公 table's 18 sub-columns) runs to a hundred lines.
        for (var j = titleIndex + 1; j < lines.Count && seen < 120; j++)
        {
            if (lines[j].IsBlank) continue;
            seen++;
            var t = lines[j].Text.Trim();
            if (TableCaptions.TryTitle(t, out _, out _)) return false;
            if (t.Length >= 25 && t.Contains('。', StringComparison.Ordinal)) return false;
            if (TableCaptions.IsNote(t) || TableCaptions.IsEmptyTableSentence(t)) return true;
            if (LayoutSpan.Classify(t) == SpanKind.Amount || CellsOf(lines[j]).Count > 1) return true;
        }
        return false;
    }

    /// <summary>
    /// A line that holds a whole row — <c>pdftotext -raw</c>, a viewer's copy–paste: the cells separated by single
    /// spaces, empty cells lost — is cut into its text and its trailing amounts, so that it regroups as the cell-per-line
    /// output does. A line without an amount at its end (a name, a header, a sentence) stays whole.
    /// </summary>
    internal static List<SourceLine> CellsOf(SourceLine line)
    {
        var cut = Cut(line, wholeNumbers: true);
        // Whole numbers (amounts in 元) count only after a name: "1 2 3 4 5 6" numbers the columns, "015" is a unit's code.
        if (cut.Integers > 0 && !TextNormalizer.ContainsHan(line.Text.AsSpan(0, cut.End))) cut = Cut(line, wholeNumbers: false);
        var amounts = cut.Amounts;
        // One amount standing alone is the cell-per-line shape already.
        if (amounts.Count == 0 || (amounts.Count == 1 && cut.End == 0)) return [line];
        amounts.Reverse();
        if (cut.End > 0) amounts.Insert(0, line with { Text = line.Text[..cut.End] });
        return amounts;
    }

    /// <summary>The trailing amounts of a line, last first, and where the text before them ends.</summary>
    private static (List<SourceLine> Amounts, int End, int Integers) Cut(SourceLine line, bool wholeNumbers)
    {
        var text = line.Text.TrimEnd();
        var amounts = new List<SourceLine>();
        var end = text.Length;
        var integers = 0;
        while (end > 0)
        {
            var start = text.LastIndexOfAny(Separators, end - 1) + 1;
            var token = text[start..end];
            var kind = LayoutSpan.Classify(token);
            if (token.Length == 0) break;
            if (kind == SpanKind.Integer && (wholeNumbers || token == "0")) integers += token == "0" ? 0 : 1;
            else if (kind is not (SpanKind.Amount or SpanKind.Dash)) break;
            amounts.Add(line with { Text = token });
            end = start;
            while (end > 0 && Array.IndexOf(Separators, text[end - 1]) >= 0) end--;
        }
        return (amounts, end, integers);
    }

    private static readonly char[] Separators = [' ', '\u3000'];

    private static int ReadTable(List<SourceLine> lines, int i, string? number, string title, string path, List<Block> blocks,
        List<ReadDiagnostic> diagnostics)
    {
        var titleLine = lines[i];
        string? preparer = null, unit = null;
        var notes = new List<string>();
        var cells = new List<SourceLine>();
        var repeats = new List<int>();
        i++;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            var t = line.Text.Trim();
            if (TableCaptions.Preparer(t) is { } p)
            {
                // "部门：某某 单位：万元" on one line: the unit is the last span.
                var unitAt = p.LastIndexOf("单位", StringComparison.Ordinal);
                if (unitAt > 0 && TableCaptions.Unit(p[unitAt..]) is { } shared)
                {
                    unit ??= shared;
                    p = p[..unitAt].TrimEnd();
                }
                preparer ??= p;
                continue;
            }
            if (TableCaptions.Unit(t) is { } u && t.Length <= 12)
            {
                unit ??= u;
                continue;
            }
            if (TableCaptions.IsNote(t) || (TableCaptions.IsEmptyTableSentence(t) && !Amount.LooksLikeNumber(t)))
            {
                notes.Add(CellTextRules.Normalize(t));
                i++;
                break;
            }
            if (TableCaptions.IsNumberOnly(t))
            {
                if (title.Length == 0 && cells.Count > 0) break;
                // Some tools put the number after the title ("财政拨款支出预算表（功能科目）", then "公开06表").
                if (number is null && cells.Count == 0 && !(i + 1 < lines.Count && TableCaptions.TryTitle(lines[i + 1].Text, out _, out _)))
                {
                    number = TableCaptions.NumberOf(t);
                    continue;
                }
                // The number of this table repeated on its next page, or of the next table.
                if (i + 1 < lines.Count && TableCaptions.TryTitle(lines[i + 1].Text, out _, out var next) && next == title)
                {
                    i++;
                    repeats.Add(cells.Count);
                }
                else if (i + 1 < lines.Count && TableCaptions.TryTitle(lines[i + 1].Text, out _, out _))
                    break;
                continue;
            }
            if (TableCaptions.TryTitle(t, out _, out var again))
            {
                if (title.Length == 0)
                {
                    // A table opened by its number takes the first title: above its body, or printed under it, closing it.
                    title = again;
                    if (cells.Exists(IsAmount))
                    {
                        i++;
                        break;
                    }
                    continue;
                }
                if (again != title) break;
                repeats.Add(cells.Count);
                continue;
            }
            if (NarrativeBuilder.HeadingLevel(t, out _) == 1 || (t.Length >= 25 && t.Contains('。', StringComparison.Ordinal))) break;
            cells.AddRange(CellsOf(line));
        }

        if (title.Length == 0) title = TextNormalizer.Squeeze(titleLine.Text);
        DropRepeatedHeaders(cells, repeats);
        var (header, rows) = Regroup(cells);
        var width = Math.Max(rows.Count == 0 ? 0 : rows.Max(r => r.Count), header.Count == 0 ? 0 : 1);
        var headerRows = new List<TableRowText>();
        if (header.Count > 0)
        {
            var joined = string.Concat(header.Select(h => CellTextRules.Normalize(h.Text)));
            headerRows.Add(new TableRowText([new CellText(joined, At(path, header[0]))], At(path, header[0])));
        }
        var body = rows.Select(r => ToRow(r, width, path)).ToList();
        var source = At(path, titleLine);
        if (body.Count == 0 && notes.Count == 0 && i >= lines.Count)
            diagnostics.Add(new(DiagnosticSeverity.Warning, Messages.TruncatedTableCode, Messages.TruncatedTable(title), source));
        blocks.Add(new TableBlock(source, number, title, preparer, unit, headerRows, body, notes));
        return i;
    }

    /// <summary>
    /// A table continued on the next page prints its title and header again; the header's lines, as the first page
    /// printed them, would otherwise be read as the text of the next row.
    /// </summary>
    private static void DropRepeatedHeaders(List<SourceLine> cells, List<int> repeats)
    {
        if (repeats.Count == 0) return;
        var (firstHeader, _) = Regroup(cells[..repeats[0]]);
        var known = firstHeader.Select(h => TextNormalizer.Compact(h.Text)).ToHashSet(StringComparer.Ordinal);
        for (var r = repeats.Count - 1; r >= 0; r--)
        {
            var end = repeats[r];
            while (end < cells.Count && known.Contains(TextNormalizer.Compact(cells[end].Text))) end++;
            cells.RemoveRange(repeats[r], end - repeats[r]);
        }
    }

    /// <summary>Header cells run up to the first row start (a code or a total followed by an amount); a row is text cells then amounts.</summary>
    private static (List<SourceLine> Header, List<PlainRow> Rows) Regroup(List<SourceLine> cells)
    {
        var whole = WholeAmounts(cells);
        bool IsAmount(SourceLine cell) => PdftotextParser.IsAmount(cell) || whole.Contains(cell);
        var firstAmount = cells.FindIndex(c => IsAmount(c));
        if (firstAmount < 0) return (cells, []);
        var rowStart = firstAmount;
        // A row printed on one line (pdftotext -raw) starts with that line's text; cell by cell, its code and name may stand above.
        if (rowStart > 0 && cells[rowStart - 1].Number == cells[firstAmount].Number && !IsAmount(cells[rowStart - 1])) rowStart--;
        else
            while (rowStart > 0 && !IsAmount(cells[rowStart - 1]) && (firstAmount - rowStart < 2 || StartsWithCode(cells[rowStart - 1].Text))) rowStart--;
        var header = cells.Take(rowStart).ToList();
        var rows = new List<PlainRow>();
        PlainRow? current = null;
        foreach (var cell in cells.Skip(rowStart))
        {
            var amount = IsAmount(cell);
            if (current is null || (!amount && current.Amounts.Count > 0))
            {
                current = new PlainRow([], []);
                rows.Add(current);
            }
            (amount ? current.Amounts : current.Texts).Add(cell);
        }
        return (header, rows);
    }

    /// <summary>A regrouped row: its text cells (code, name), then its amounts.</summary>
    private sealed record PlainRow(List<SourceLine> Texts, List<SourceLine> Amounts)
    {
        public int Count => Texts.Count + Amounts.Count;

        public SourceLine First => Texts.Count > 0 ? Texts[0] : Amounts[0];
    }

    /// <summary>
    /// Tables in 元 print whole numbers ("390000"), which look like codes. A whole number is an amount when it follows a
    /// name or an amount of its row, unless it is shaped like a classification code and a name follows it (the next row's code).
    /// </summary>
    private static HashSet<SourceLine> WholeAmounts(List<SourceLine> cells)
    {
        var whole = new HashSet<SourceLine>();
        for (var k = 1; k < cells.Count; k++)
        {
            var t = cells[k].Text.Trim();
            if (LayoutSpan.Classify(t) != SpanKind.Integer || t.Length > 13) continue;
            var previous = cells[k - 1];
            if (!(IsAmount(previous) || whole.Contains(previous) || TextNormalizer.ContainsHan(previous.Text))) continue;
            var next = k + 1 < cells.Count ? cells[k + 1].Text : "";
            if (t.Length > 1 && t[0] == '0') continue; // "05": a 款 or 项 part
            var nextIsPart = next.Trim() is { Length: 2 } n && char.IsAsciiDigit(n[0]) && char.IsAsciiDigit(n[1]);
            if ((t.Length <= 2 || t.Length is 3 or 5 or 7 && t[0] is '2' or '3' or '5') && (TextNormalizer.ContainsHan(next) || nextIsPart)) continue; // 5xx: 政府经济分类
            whole.Add(cells[k]);
        }
        return whole;
    }

    private static bool IsCodePart(string text, int index) =>
        LayoutSpan.Classify(text) == SpanKind.Integer && (index == 0 ? text.Length is 3 or 5 : text.Length == 2);

    /// <summary>"2050299-其他普通教育支出", "50901 社会福利和救助", "301": a body cell (a crossed table's row has several), not a header's.</summary>
    private static bool StartsWithCode(string text)
    {
        var t = text.AsSpan().Trim();
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        return digits is >= 3 and <= 7 && (digits == t.Length || t[digits] is '-' or ' ' or '－' or '—' || !char.IsAsciiDigit(t[digits]) && t[digits] > 0x2E80);
    }

    private static bool IsAmount(SourceLine cell) => LayoutSpan.Classify(cell.Text.Trim()) is SpanKind.Amount or SpanKind.Dash;

    /// <summary>Text cells on the left, amounts on the right, empty cells between, so that amounts line up with the widest row.</summary>
    private static TableRowText ToRow(PlainRow row, int width, string path)
    {
        var (texts, amounts) = (row.Texts, row.Amounts);
        // 类 | 款 | 项 printed as cells of their own ("208", "05", "05", then the name): one code, as a code column holds it.
        var parts = 0;
        while (parts < texts.Count && IsCodePart(texts[parts].Text.Trim(), parts)) parts++;
        if (parts > 1)
        {
            var code = string.Join(' ', texts.Take(parts).Select(t => t.Text.Trim()));
            texts = [texts[0] with { Text = code }, .. texts.Skip(parts)];
        }
        var cells = new List<CellText>(width);
        cells.AddRange(texts.Select(c => new CellText(CellTextRules.Normalize(c.Text), At(path, c))));
        while (cells.Count + amounts.Count < width) cells.Add(new CellText("", At(path, row.First)));
        cells.AddRange(amounts.Select(c => new CellText(c.Text.Trim(), At(path, c))));
        return new TableRowText(cells, At(path, row.First));
    }

    private static SourceLocation At(string path, SourceLine line) => line.At(path);
}
