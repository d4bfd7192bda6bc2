using System.Net;
using System.Text;

namespace BudgetDisclosure.Writing;

/// <summary>
/// One self-contained HTML file: the styles inline, print CSS (A4, landscape pages for wide tables, header rows
/// repeated on every printed page, no row split across pages), accessible tables (<c>caption</c>, <c>th scope</c>,
/// colspan/rowspan). Placeholders are marked so they stand out on screen and on paper.
/// </summary>
public static class HtmlWriter
{
    private const string Style = """
        @page { size: A4; margin: 2.2cm 2cm; }
        @page wide { size: A4 landscape; margin: 1.8cm 1.6cm; }
        body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; font-size: 12pt; line-height: 1.75; color: #000; max-width: 60em; margin: 2em auto; padding: 0 1em; }
        h1, h2, h3, h4, .caption-number, caption { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "Heiti SC", sans-serif; }
        h1 { font-size: 22pt; text-align: center; margin: 0.4em 0; }
        h2 { font-size: 16pt; text-align: center; margin: 1.2em 0 0.8em; }
        h3 { font-size: 14pt; margin: 1em 0 0.4em; }
        h4 { font-size: 12pt; margin: 0.8em 0 0.3em; }
        p { text-indent: 2em; margin: 0.3em 0; text-align: justify; }
        p.contents { text-indent: 0; margin: 0.1em 0 0.1em 2em; }
        p.signature { text-align: right; text-indent: 0; }
        p.note { text-indent: 0; font-size: 10.5pt; }
        .placeholder { background: #fff3a0; color: #a00; font-weight: bold; }
        section.table { margin: 1.5em 0; }
        section.table.wide { page: wide; }
        .caption-number { text-align: left; font-size: 11pt; text-indent: 0; }
        .meta { display: flex; justify-content: space-between; font-size: 10.5pt; margin: 0.2em 0; }
        table { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.35; }
        caption { font-size: 15pt; font-weight: bold; padding: 0.3em 0; }
        caption .subtitle { display: block; font-size: 11pt; font-weight: normal; }
        th, td { border: 1px solid #000; padding: 0.2em 0.35em; vertical-align: middle; }
        thead th { background: #f2f2f2; text-align: center; font-weight: bold; }
        tbody th { text-align: left; font-weight: normal; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.code { text-align: center; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: bold; }
        .page-break { break-before: page; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          thead { display: table-header-group; }
          tr, th, td { break-inside: avoid; }
          .placeholder { background: none; border-bottom: 1.5pt solid #a00; }
        }
        """;

    public static string Write(ComposedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        var pendingBreak = false;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case PageBreakBlock:
                    pendingBreak = true;
                    continue;
                case HeadingBlock h:
                    var tag = "h" + Math.Min(h.Level + 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sb.Append('<').Append(tag).Append(pendingBreak ? " class=\"page-break\"" : "").Append('>').Append(E(h.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphBlock p:
                    var cls = p.Style switch { ParagraphStyle.Contents => "contents", ParagraphStyle.Signature => "signature", ParagraphStyle.Note => "note", _ => null };
                    sb.Append(cls is null ? "<p>" : $"<p class=\"{cls}\">").Append(Runs(p.Runs)).Append("</p>\n");
                    break;
                case TableBlock t:
                    Table(sb, t.Table);
                    break;
            }
            pendingBreak = false;
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Runs(IEnumerable<TextRun> runs) =>
        string.Concat(runs.Select(r => r.IsPlaceholder ? $"<mark class=\"placeholder\">{E(r.Text)}</mark>" : E(r.Text)));

    private static void Table(StringBuilder sb, ComposedTable table)
    {
        sb.Append(table.IsWide ? "<section class=\"table wide\">\n" : "<section class=\"table\">\n");
        if (table.Number is not null) sb.Append("<p class=\"caption-number\">").Append(E(table.Number)).Append("</p>\n");
        if (table.Preparer is not null || table.UnitCaption is not null)
            sb.Append("<div class=\"meta\"><span>").Append(E(table.Preparer ?? "")).Append("</span><span>").Append(E(table.UnitCaption ?? "")).Append("</span></div>\n");
        sb.Append("<table>\n<caption>").Append(E(table.Title));
        if (table.Subtitle is not null) sb.Append("<span class=\"subtitle\">").Append(E(table.Subtitle)).Append("</span>");
        sb.Append("</caption>\n");
        // Composed rows are sparse (an empty cell, or one under a span, is absent): the grid puts back the empty cells a
        // browser and a screen reader need to keep every cell under its header.
        var grid = new SpanGrid(table.ColumnCount);
        if (table.Header.Count > 0)
        {
            sb.Append("<thead>\n");
            foreach (var row in table.Header)
            {
                sb.Append("<tr>");
                var at = 0;
                foreach (var c in row.Cells)
                {
                    at = Gap(sb, grid, at, c.Column, "<th></th>");
                    sb.Append("<th scope=\"").Append(c.ColSpan > 1 ? "colgroup" : "col").Append('"').Append(Spans(c)).Append('>').Append(E(c.Text)).Append("</th>");
                    at = grid.Place(c);
                }
                Gap(sb, grid, at, table.ColumnCount, "<th></th>");
                grid.NextRow();
                sb.Append("</tr>\n");
            }
            sb.Append("</thead>\n");
        }
        sb.Append("<tbody>\n");
        foreach (var row in table.Body)
        {
            sb.Append(row.IsTotal ? "<tr class=\"total\">" : "<tr>");
            var rowHeaderDone = false;
            var at = 0;
            foreach (var c in row.Cells)
            {
                at = Gap(sb, grid, at, c.Column, "<td></td>");
                at = grid.Place(c);
                // The first label of a row names it (th scope=row); a header cell of a form names its row too.
                if ((c.Role == CellRole.Label && !rowHeaderDone) || (c.Role == CellRole.Header && table.Header.Count == 0))
                {
                    sb.Append("<th scope=\"row\"").Append(Spans(c)).Append('>').Append(E(c.Text)).Append("</th>");
                    rowHeaderDone |= c.Role == CellRole.Label;
                    continue;
                }
                var cls = c.Role switch { CellRole.Amount => " class=\"num\"", CellRole.Code => " class=\"code\"", _ => "" };
                sb.Append("<td").Append(cls).Append(Spans(c)).Append('>').Append(E(c.Text)).Append("</td>");
            }
            Gap(sb, grid, at, table.ColumnCount, "<td></td>");
            grid.NextRow();
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
        foreach (var note in table.Notes) sb.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        sb.Append("</section>\n");
    }

    /// <summary>Empty cells from column <paramref name="from"/> up to <paramref name="to"/>, skipping columns a rowspan above covers.</summary>
    private static int Gap(StringBuilder sb, SpanGrid grid, int from, int to, string empty)
    {
        for (var c = from; c < to; c++)
            if (!grid.Covered(c)) sb.Append(empty);
        return Math.Max(from, to);
    }

    /// <summary>Which columns of the current row the rowspans of earlier rows cover.</summary>
    private sealed class SpanGrid(int columns)
    {
        private readonly int[] remaining = new int[Math.Max(columns, 1)];

        public bool Covered(int column) => column < remaining.Length && remaining[column] > 0;

        /// <summary>Records a cell's span; returns the column after it.</summary>
        public int Place(GridCell cell)
        {
            for (var c = cell.Column; c < cell.Column + cell.ColSpan && c < remaining.Length; c++)
                remaining[c] = Math.Max(remaining[c], cell.RowSpan);
            return cell.Column + cell.ColSpan;
        }

        public void NextRow()
        {
            for (var c = 0; c < remaining.Length; c++)
                if (remaining[c] > 0) remaining[c]--;
        }
    }

    private static string Spans(GridCell c) =>
        (c.ColSpan > 1 ? $" colspan=\"{c.ColSpan}\"" : "") + (c.RowSpan > 1 ? $" rowspan=\"{c.RowSpan}\"" : "");
}
