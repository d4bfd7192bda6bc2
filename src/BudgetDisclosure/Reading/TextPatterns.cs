using System.Text.RegularExpressions;

namespace BudgetDisclosure.Reading;

/// <summary>
/// Patterns every layout shares: captions around tables (表 N, 编制单位, 单位：万元), numbered headings,
/// and the clean-up of converter markup. Layout parsers call these; they hold no state.
/// </summary>
internal static partial class TextPatterns
{
    /// <summary>"表 1", "表1", "表 11", "预算01表" — a table number line on its own.</summary>
    [GeneratedRegex(@"^\s*(?:表\s*(?<n>\d{1,2})|预算\s*(?<n>\d{1,2})\s*表|附表\s*(?<n>\d{1,2}))\s*$")]
    public static partial Regex TableNumberLine();

    /// <summary>编制部门：X / 编制单位：X / 部门名称：X / 单位名称：X (may be followed on the same line by the unit caption).</summary>
    [GeneratedRegex(@"^\s*(?:编制部门|编制单位|部门名称|单位名称|预算单位|填报单位)\s*[：:]\s*(?<name>.*?)\s*(?:(?:金额)?单位\s*[：:].*)?$")]
    public static partial Regex PreparerLine();

    /// <summary>单位：万元 / 金额单位：元 / （单位：万元） / 单位: 万元 — anywhere on the line.</summary>
    [GeneratedRegex(@"(?:金额)?单位\s*[：:]\s*(?<unit>亿元|万元|元)")]
    public static partial Regex UnitCaption();

    /// <summary>A title that names a table: ends in 表 (optionally followed by a parenthesised qualifier).</summary>
    [GeneratedRegex(@"^[\s#*]*(?<title>[^\t]{2,60}?表)\s*(?:[（(][^）)]{1,20}[）)])?\s*[*]*\s*$")]
    public static partial Regex TableTitleLine();

    /// <summary>第一部分 …</summary>
    [GeneratedRegex(@"^\s*第[一二三四五六七八九十]+部分")]
    public static partial Regex PartHeading();

    /// <summary>一、… (a section heading)</summary>
    [GeneratedRegex(@"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")]
    public static partial Regex ChineseNumberedHeading();

    /// <summary>（一）… or (一) …</summary>
    [GeneratedRegex(@"^\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]")]
    public static partial Regex ParenthesisedHeading();

    /// <summary>Markdown heading marks.</summary>
    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.*)$")]
    public static partial Regex MarkdownHeading();

    /// <summary>A page number line as pdftotext prints it: "- 7 -", "— 7 —", "7", "第 7 页".</summary>
    [GeneratedRegex(@"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?)\s*$")]
    public static partial Regex PageNumberLine();

    /// <summary>The sentence of a table published empty: "…为空表", "本表无数据", "无…预算安排的支出".</summary>
    [GeneratedRegex(@"空表|无数据|没有使用.{0,40}(?:支出|资金)|没有.{0,30}安排|不涉及|无此项|无相关")]
    public static partial Regex EmptyTableNote();

    /// <summary>Strips Markdown/HTML emphasis the converter wraps around totals and headings.</summary>
    public static string StripMarkup(string text)
    {
        if (text.IndexOfAny(['<', '*']) < 0) return text.Trim();
        var s = text.Replace("<b>", "", StringComparison.OrdinalIgnoreCase)
            .Replace("</b>", "", StringComparison.OrdinalIgnoreCase)
            .Replace("<p>", "", StringComparison.OrdinalIgnoreCase)
            .Replace("</p>", "", StringComparison.OrdinalIgnoreCase)
            .Replace("**", "", StringComparison.Ordinal);
        return s.Trim();
    }

    /// <summary>
    /// Removes the spaces a converter left between two Chinese characters when it wrapped a cell
    /// ("医疗服务与保障能 力提升"), keeping spaces next to Latin letters and digits ("2025 年").
    /// </summary>
    public static string JoinWrappedCjk(string text)
    {
        if (!text.Contains(' ', StringComparison.Ordinal)) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && sb.Length > 0 && IsCjk(sb[^1]))
            {
                var j = i;
                while (j < text.Length && text[j] == ' ') j++;
                if (j < text.Length && IsCjk(text[j])) { i = j - 1; continue; }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    internal static bool IsCjk(char c) =>
        c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3000' and <= '\u303f') or (>= '\uff00' and <= '\uffef') or '“' or '”';
}
