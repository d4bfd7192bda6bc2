using System.Text;

namespace BudgetDisclosure.Writing;

/// <summary>
/// Markdown: headings with #, paragraphs, pipe tables. Merged header cells are printed the way text extractions print
/// them (the text in the top-left cell, the covered cells empty), which is what the tab-layout reader expects. Only
/// the first header row can sit above the delimiter row; the other header rows follow it as ordinary rows.
/// </summary>
public static class MarkdownWriter
{
    public static string Write(ComposedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    sb.Append('#', Math.Min(h.Level + 1, 6)).Append(' ').Append(h.Text).Append("\n\n");
                    break;
                case ParagraphBlock p:
                    sb.Append(Inline(p)).Append("\n\n");
                    break;
                case TableBlock t:
                    Table(sb, t.Table);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string Inline(ParagraphBlock p) => p.Text;

    private static void Table(StringBuilder sb, ComposedTable table)
    {
        if (table.Number is not null) sb.Append(table.Number).Append("\n\n");
        sb.Append(table.Title).Append("\n\n");
        if (table.Subtitle is not null) sb.Append(table.Subtitle).Append("\n\n");
        if (table.Preparer is not null) sb.Append(table.Preparer).Append("\n\n");
        if (table.UnitCaption is not null) sb.Append(table.UnitCaption).Append("\n\n");
        var grid = table.ToGrid();
        for (var r = 0; r < grid.Length; r++)
        {
            sb.Append('|');
            foreach (var cell in grid[r]) sb.Append(' ').Append(Escape(cell)).Append(" |");
            sb.Append('\n');
            if (r == 0)
            {
                sb.Append('|');
                for (var c = 0; c < table.ColumnCount; c++) sb.Append(" --- |");
                sb.Append('\n');
            }
        }
        sb.Append('\n');
        foreach (var note in table.Notes) sb.Append(note).Append("\n\n");
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
