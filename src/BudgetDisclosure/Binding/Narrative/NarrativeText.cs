using System.Text;
using System.Text.RegularExpressions;
using BudgetDisclosure.Model;

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
        if (HasMarkup(s)) s = Markup().Replace(s, "");
        if (s.Length > 0 && s[0] is '#' or '-' or '*' or '•' or '·') s = LeadingMarks().Replace(s, "");
        return s.Trim();
    }

    /// <summary>The comparison key: folded to half width, without whitespace, quotes or markup.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Width.Fold(HasMarkup(text) ? Markup().Replace(text, "") : text);
        var drop = 0;
        foreach (var c in folded)
            if (Dropped(c)) drop++;
        if (drop == 0) return folded;
        return string.Create(folded.Length - drop, folded, static (span, source) =>
        {
            var n = 0;
            foreach (var c in source)
                if (!Dropped(c)) span[n++] = c;
        });
    }

    private static bool Dropped(char c) => char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '#';

    private static bool HasMarkup(string text) => text.AsSpan().IndexOfAny('<', '*') >= 0;

    /// <summary>True when the text ends a sentence or introduces a list, so the next line cannot continue it.</summary>
    public static bool EndsClause(string text)
    {
        var t = Width.Fold(text).TrimEnd();
        return t.Length == 0 || t[^1] is '。' or ';' or '!' or '?' or ':' or '；';
    }

    /// <summary>The heading level a numbering pattern implies: 1 for 第X部分, 2 for 一、, 3 for （一）; null otherwise.</summary>
    public static int? NumberingLevel(string cleaned)
    {
        var t = Width.Fold(cleaned);
        if (PartHeading().IsMatch(t)) return 1;
        if (SectionHeading().IsMatch(t)) return 2;
        if (SubsectionHeading().IsMatch(t)) return 3;
        return null;
    }

    /// <summary>
    /// A numbered line is a heading only when it is shaped like one: short, no full stop, no amount. Numbered
    /// function items, glossary entries and project items share the numbering but are sentences.
    /// </summary>
    public static int? HeadingLevel(string cleaned)
    {
        var level = NumberingLevel(cleaned);
        if (level is null) return null;
        var t = Width.Fold(cleaned);
        var limit = level == 1 ? 40 : 80;
        if (t.Length > limit || t.Contains('。', StringComparison.Ordinal) || t.EndsWith(';') || AmountToken().IsMatch(t)) return null;
        // "三、“三公”经费：指…" is a glossary entry; a section heading does not run on after a colon.
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        if (level == 2 && colon >= 0 && t.Length - colon > 8) return null;
        return level;
    }

    /// <summary>Starts with list numbering (1. 1、 (1) （一） 一、 ①) or a bullet.</summary>
    public static bool StartsWithNumbering(string cleaned) => ItemNumbering().IsMatch(Width.Fold(cleaned));

    /// <summary>Removes leading list numbering; returns the printed text after it.</summary>
    public static string StripNumbering(string cleaned)
    {
        var m = ItemNumbering().Match(Width.Fold(cleaned));
        return m.Success ? cleaned[m.Length..].TrimStart() : cleaned;
    }

    /// <summary>Starts with a short label followed by a colon ("资金来源：…", "补贴方式：…").</summary>
    public static bool StartsWithLabel(string cleaned) => LeadingLabel().IsMatch(Width.Fold(cleaned));

    public static bool IsDateLine(string cleaned) => DateLine().IsMatch(Key(cleaned));

    [GeneratedRegex(@"\*\*|</?b>|</?p>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"^(?:#{1,6}\s*|[-*•·]\s+)+")]
    private static partial Regex LeadingMarks();

    [GeneratedRegex(@"^\s*第[一二三四五六七八九十]{1,3}部分")]
    internal static partial Regex PartHeading();

    [GeneratedRegex(@"^\s*[一二三四五六七八九十]{1,3}\s*[、.](?!\d)")]
    internal static partial Regex SectionHeading();

    [GeneratedRegex(@"^\s*\(\s*[一二三四五六七八九十]{1,3}\s*\)")]
    internal static partial Regex SubsectionHeading();

    [GeneratedRegex(@"^\s*(?:\(\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*\)|\d{1,2}\s*[.、](?!\d)|[一二三四五六七八九十]{1,3}\s*[、.](?!\d)|[①-⑳])\s*")]
    private static partial Regex ItemNumbering();

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
