using System.Globalization;
using System.Text.RegularExpressions;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Reading.Pdftotext;

/// <summary>The lines printed around a table in pdftotext output: number, title, preparer, unit, notes.</summary>
internal static partial class TableCaptions
{
    /// <summary>"表1", "表 10", "公开表3", "附表2", "表一", "预算01表", "公开06表", "预算表12" at the start of a squeezed line.</summary>
    [GeneratedRegex(@"^(?:(?:公开|附)?表(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})|(?:预算|公开)(?<n>\d{1,2})表|预算表(?<n>\d{1,2}))")]
    private static partial Regex NumberPrefix();

    /// <summary>One of the sentences that stand for an empty table ("本表无数据", "没有…安排的支出", "本表本年无发生额").</summary>
    [GeneratedRegex(@"空表|无数据|无发生额|没有使用.{0,40}(?:支出|资金)|没有.{0,30}安排|不涉及|无此项|无相关")]
    private static partial Regex EmptyTableSentence();

    public static bool IsNumberOnly(string text)
    {
        var s = TextNormalizer.Squeeze(text);
        var m = NumberPrefix().Match(s);
        return m.Success && m.Length == s.Length;
    }

    public static string? NumberOf(string text)
    {
        var m = NumberPrefix().Match(TextNormalizer.Squeeze(text));
        return m.Success ? ToArabic(m.Groups["n"].Value) : null;
    }

    /// <summary>
    /// A title line: squeezed, an optional table number, then a name ending in 表 (optionally with a parenthesised
    /// qualifier). Enumerated lines ("（一）收支总表", "一、收支预算总表") are contents entries or headings, not titles.
    /// </summary>
    public static bool TryTitle(string text, out string? number, out string title)
    {
        number = null;
        title = "";
        var s = TextNormalizer.Squeeze(text);
        if (s.Length < 3 || s.Length > 60) return false;
        var m = NumberPrefix().Match(s);
        var rest = s;
        if (m.Success)
        {
            number = ToArabic(m.Groups["n"].Value);
            // "公开 01 表：收支预算总表", "表1、收支总表": the separator after the number is not part of the title.
            rest = s[m.Length..].TrimStart('：', ':', '、', '．', '.');
        }
        // A unit caption may share the title line.
        var unit = TextPatterns.UnitCaption().Match(rest);
        if (unit.Success && unit.Index > 0) rest = rest[..unit.Index].TrimEnd('（', '(');
        if (rest.Length < 3 || rest.Length > 45) return false;
        if (StartsEnumerated(rest) || TextPatterns.PartHeading().IsMatch(rest)) return false;
        if (rest.IndexOfAny(['，', '。', '；', '…', ':', '：']) >= 0 || rest.Contains("....", StringComparison.Ordinal)) return false;
        var end = rest.Length;
        if (rest[^1] is '）' or ')')
        {
            var open = rest.LastIndexOfAny(['（', '(']);
            if (open <= 0) return false;
            end = open;
        }
        if (rest[end - 1] != '表') return false;
        title = rest;
        return true;
    }

    public static bool StartsEnumerated(string squeezed) =>
        TextPatterns.ChineseNumberedHeading().IsMatch(squeezed) || TextPatterns.ParenthesisedHeading().IsMatch(squeezed)
        || (squeezed.Length > 2 && char.IsAsciiDigit(squeezed[0]) && squeezed.AsSpan(1, Math.Min(2, squeezed.Length - 1)).IndexOfAny('、', '.', '．') >= 0);

    /// <summary>"注：…", "（注：…）", "说明：…", "备注：…".</summary>
    public static bool IsNote(string text)
    {
        var s = TextNormalizer.Squeeze(text).TrimStart('（', '(');
        return s.StartsWith("注：", StringComparison.Ordinal) || s.StartsWith("注:", StringComparison.Ordinal)
            || s.StartsWith("说明：", StringComparison.Ordinal) || s.StartsWith("备注：", StringComparison.Ordinal)
            || (s.StartsWith('注') && s.Length > 1 && char.IsAsciiDigit(s[1]));
    }

    public static bool IsEmptyTableSentence(string text) => EmptyTableSentence().IsMatch(TextNormalizer.Squeeze(text));

    /// <summary>A preparer caption ("部门名称：X", "部门（单位）：X", "单位名称:X") as one span of a caption line.</summary>
    public static string? Preparer(string span)
    {
        var s = span.Trim();
        var colon = s.IndexOfAny(['：', ':']);
        if (colon <= 0) return null;
        var key = TextNormalizer.Squeeze(s[..colon]);
        if (key is not ("部门名称" or "编制单位" or "编制部门" or "单位名称" or "预算单位" or "填报单位" or "部门（单位）" or "部门(单位)" or "部门" or "单位（部门）"))
            return null;
        var name = s[(colon + 1)..].Trim();
        return name.Length == 0 ? null : name;
    }

    /// <summary>"(2026 年)", "（2026年度）": the year printed under a 绩效目标表's title, a caption rather than a row.</summary>
    public static bool IsYearSubtitle(string span) => YearSubtitle().IsMatch(TextNormalizer.Squeeze(span));

    [GeneratedRegex(@"^[（(]\d{4}年度?[）)]$")]
    private static partial Regex YearSubtitle();

    public static string? Unit(string span)
    {
        var m = TextPatterns.UnitCaption().Match(span);
        return m.Success ? TextNormalizer.Squeeze(span).Trim('（', '(', '）', ')') : null;
    }

    private static string ToArabic(string n)
    {
        if (n.Length == 0 || char.IsAsciiDigit(n[0]))
            return n.TrimStart('0') is { Length: > 0 } t ? t : n;
        const string digits = "一二三四五六七八九";
        var value = 0;
        var current = 0;
        foreach (var c in n)
        {
            if (c == '十')
            {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else
            {
                current = digits.IndexOf(c, StringComparison.Ordinal) + 1;
            }
        }
        return (value + current).ToString(CultureInfo.InvariantCulture);
    }
}
