using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>A block of the document as the narrative passes see it: cleaned text, or a table.</summary>
internal abstract record FlowItem(SourceLocation Source);

/// <summary>Text of a heading or paragraph, markup removed; <see cref="FromHeading"/> records what the reader guessed.</summary>
internal sealed record TextItem(string Text, SourceLocation Source, bool FromHeading) : FlowItem(Source);

internal sealed record TableItem(TableBlock Table) : FlowItem(Table.Source);

internal static class Flow
{
    /// <summary>
    /// Turns blocks into flow items. Heading marks are not trusted (converters mark table titles as headings and
    /// leave real headings as paragraphs), so headings and paragraphs both become text; the section pass decides.
    /// </summary>
    public static List<FlowItem> From(SourceDocument document)
    {
        var items = new List<FlowItem>(document.Blocks.Count);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    AddText(items, h.Text, h.Source, true);
                    break;
                case ParagraphBlock p:
                    AddText(items, p.Text, p.Source, false);
                    break;
                case TableBlock t:
                    items.Add(new TableItem(t));
                    break;
            }
        }
        return items;
    }

    private static void AddText(List<FlowItem> items, string text, SourceLocation source, bool heading)
    {
        var cleaned = NarrativeText.Clean(text);
        if (cleaned.Length > 0) items.Add(new TextItem(cleaned, source, heading));
    }

    /// <summary>
    /// Re-joins text a converter broke at a line or page end: a paragraph that stops mid-sentence continues in the
    /// next one unless that one starts a new item (numbering, a "标签：" label, a heading, a date); a numbered heading
    /// continues in a short next line when only together they end like a heading ("…当年" + "拨款情况说明").
    /// </summary>
    public static List<FlowItem> JoinBroken(IReadOnlyList<FlowItem> items)
    {
        var result = new List<FlowItem>(items.Count);
        foreach (var item in items)
        {
            if (item is TextItem next && result.Count > 0 && result[^1] is TextItem prev)
            {
                var joined = TryJoin(prev, next);
                if (joined is not null)
                {
                    result[^1] = joined;
                    continue;
                }
            }
            result.Add(item);
        }
        return result;
    }

    private static TextItem? TryJoin(TextItem prev, TextItem next)
    {
        if (NarrativeText.IsDateLine(next.Text) || NarrativeText.NumberingLevel(next.Text) is not null) return null;
        if (NarrativeText.HeadingLevel(prev.Text) is not null)
        {
            if (next.Text.Length > 20 || NarrativeText.EndsClause(next.Text)) return null;
            var key = TextNormalizer.Key(prev.Text);
            if (!EndsLikeHeading(key) && EndsLikeHeading(key + TextNormalizer.Key(next.Text)))
                return prev with { Text = prev.Text + next.Text.Trim() };
            return null;
        }
        if (NarrativeText.NumberingLevel(prev.Text) == 1) return null;
        if (NarrativeText.EndsClause(prev.Text) || TextNormalizer.StartsWithNumbering(next.Text) || NarrativeText.StartsWithLabel(next.Text)) return null;
        var last = prev.Text[^1];
        if (!TextNormalizer.IsHan(last) && !char.IsAsciiDigit(last) && last is not ('，' or ',' or '、' or '（' or '(' or '）' or ')' or '《' or '“' or '-')) return null;
        if (!TextNormalizer.IsHan(next.Text[0]) && !char.IsAsciiDigit(next.Text[0]) && next.Text[0] is not ('》' or '）' or ')' or '，' or '。' or '、' or '“' or '”')) return null;
        return prev with { Text = prev.Text + next.Text.Trim() };
    }

    private static bool EndsLikeHeading(string key) =>
        key.EndsWith("说明", StringComparison.Ordinal) || key.EndsWith("情况", StringComparison.Ordinal) ||
        key.EndsWith("事项", StringComparison.Ordinal) || key.EndsWith("情况表", StringComparison.Ordinal) ||
        key.EndsWith("明细表", StringComparison.Ordinal);

}
