using System.Text.RegularExpressions;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>
/// 名词解释: "一、财政拨款：指…" (with or without the converter's bold around the term) is a term and its definition;
/// a paragraph without a term continues the definition before it.
/// </summary>
internal static partial class GlossaryPass
{
    public static List<GlossaryEntry> Run(IReadOnlyList<SectionNode> sections)
    {
        var entries = new List<GlossaryEntry>();
        foreach (var p in sections.Where(s => s.Topic == SectionTopic.Glossary).SelectMany(s => s.Paragraphs))
        {
            var folded = TextNormalizer.FoldWidth(p.Text);
            var m = Entry().Match(folded);
            if (m.Success)
            {
                var term = p.Text.Substring(m.Groups["term"].Index, m.Groups["term"].Length).Trim();
                var definition = p.Text[m.Groups["def"].Index..].Trim();
                entries.Add(new GlossaryEntry(term, definition, p.Source));
            }
            else if (entries.Count > 0)
            {
                entries[^1] = entries[^1] with { Definition = entries[^1].Definition + p.Text.Trim() };
            }
        }
        return entries;
    }

    [GeneratedRegex(@"^\s*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.]\s*|\(\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*\)\s*)?(?<term>[^:。,]{1,30}?)\s*:\s*(?<def>\S.*)$")]
    private static partial Regex Entry();
}
