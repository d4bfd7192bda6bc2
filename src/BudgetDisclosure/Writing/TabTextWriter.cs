using System.Text;

namespace BudgetDisclosure.Writing;

/// <summary>
/// Plain text as Word's "save as text" gives it: one paragraph a line with an empty line between, tables as
/// tab-separated rows (merged cells: the text in the top-left cell, the covered cells empty). It is the layout of the
/// bundled sample and what the tab-layout reader reads.
/// </summary>
public static class TabTextWriter
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
                    sb.Append(h.Text).Append("\n\n");
                    break;
                case ParagraphBlock p:
                    sb.Append(p.Text).Append("\n\n");
                    break;
                case TableBlock t:
                    Table(sb, t.Table);
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, ComposedTable table)
    {
        foreach (var caption in new[] { table.Number, table.Title, table.Subtitle, table.Preparer, table.UnitCaption })
            if (caption is not null) sb.Append(caption).Append("\n\n");
        foreach (var row in table.ToGrid())
            sb.Append(string.Join('\t', row.Select(c => c.Replace('\t', ' ').Replace('\n', ' ')))).Append('\n');
        sb.Append('\n');
        foreach (var note in table.Notes) sb.Append(note).Append("\n\n");
    }
}
