using System.Text;
using System.Text.RegularExpressions;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>
/// Text helpers the narrative passes share. Matching is done on a "key" (full-width folded, whitespace and quotes
/// removed) because converters space out and re-quote the same words differently; names are always returned
/// from the printed text.
/// </summary>
internal static partial class NarrativeText
{
    /// <summary>Removes converter markup (<c>#</c> marks, list bullets, <c>**</c>, <c>&lt;b&gt;</c>, <c>&lt;p&gt;</c>), keeping the printed width.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        if (s.Length == 0) return s;
        // Most cells and lines carry no markup: skip the regexes (this runs on every cell of every table).
        if (TextNormalizer.HasMarkup(s)) s = TextNormalizer.Markup().Replace(s, "");
        if (s.Length > 0 && s[0] is '#' or '-' or '*' or '•' or '·') s = LeadingMarks().Replace(s, "");
        return s.Trim();
    }

    /// <summary>True when the text ends a sentence or introduces a list, so the next line cannot continue it.</summary>
    public static bool EndsClause(string text)
    {
        // Folding keeps whitespace whitespace (the ideographic space becomes a space) and everything else not, so the
        // folded text's last non-blank character is the last non-blank character folded.
        var t = text.AsSpan().TrimEnd();
        return t.Length == 0 || TextNormalizer.FoldChar(t[^1]) is '。' or ';' or '!' or '?' or ':' or '；';
    }

    /// <summary>The heading level a numbering pattern implies: 1 for 第X部分, 2 for 一、, 3 for （一）; null otherwise.</summary>
    public static int? NumberingLevel(string cleaned)
    {
        using var t = new TextNormalizer.FoldedText(cleaned);
        return NumberingLevel(t.Span);
    }

    private static int? NumberingLevel(ReadOnlySpan<char> folded)
    {
        if (PartHeading().IsMatch(folded)) return 1;
        if (SectionHeading().IsMatch(folded)) return 2;
        if (SubsectionHeading().IsMatch(folded)) return 3;
        return null;
    }

    /// <summary>
    /// A numbered line is a heading only when it is shaped like one: short, no full stop, no amount. Numbered
    /// function items, glossary entries and project items share the numbering but are sentences.
    /// </summary>
    public static int? HeadingLevel(string cleaned)
    {
        using var folded = new TextNormalizer.FoldedText(cleaned);
        var t = folded.Span;
        var level = NumberingLevel(t);
        if (level is null) return null;
        var limit = level == 1 ? 40 : 80;
        if (t.Length > limit || t.Contains('。') || t.EndsWith(';') || AmountToken().IsMatch(t)) return null;
        // "三、“三公”经费：指…" is a glossary entry; a section heading does not run on after a colon.
        var colon = t.IndexOf(':');
        if (level == 2 && colon >= 0 && t.Length - colon > 8) return null;
        return level;
    }

    /// <summary>Starts with a short label followed by a colon ("资金来源：…", "补贴方式：…").</summary>
    public static bool StartsWithLabel(string cleaned)
    {
        using var t = new TextNormalizer.FoldedText(cleaned);
        return LeadingLabel().IsMatch(t.Span);
    }

    // A date line's key is at most 11 characters (2026年12月31日); most lines are sentences and need no key.
    public static bool IsDateLine(string cleaned) => TextNormalizer.ShortKeyIsMatch(cleaned, 11, DateLine());

    [GeneratedRegex(@"^(?:#{1,6}\s*|[-*•·]\s+)+")]
    private static partial Regex LeadingMarks();

    [GeneratedRegex(@"^\s*第[一二三四五六七八九十]{1,3}部分")]
    internal static partial Regex PartHeading();

    [GeneratedRegex(@"^\s*[一二三四五六七八九十]{1,3}\s*[、.](?!\d)")]
    internal static partial Regex SectionHeading();

    [GeneratedRegex(@"^\s*\(\s*[一二三四五六七八九十]{1,3}\s*\)")]
    internal static partial Regex SubsectionHeading();

    [GeneratedRegex(@"^[^,。:;]{1,14}:")]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex DateLine();

    /// <summary>An amount with its money unit; not a rate (元/人) nor a threshold (50 万元以上).</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<unit>亿元|万元|元)(?!\s*(?:/|以上|以下|以内))")]
    internal static partial Regex AmountToken();

    [GeneratedRegex(@"(?<![\d.])(?<num>\d+(?:\.\d+)?)\s*%")]
    internal static partial Regex PercentToken();

    public static MoneyUnit UnitOf(string printed) => printed switch
    {
        "亿元" => MoneyUnit.HundredMillionYuan,
        "万元" => MoneyUnit.TenThousandYuan,
        "元" => MoneyUnit.Yuan,
        _ => MoneyUnit.Unknown,
    };
}
