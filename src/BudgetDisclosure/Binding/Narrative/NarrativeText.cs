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
        var source = HasMarkup(text) ? Markup().Replace(text, "") : text;
        // Most text is already a key except for its full-width punctuation: count first, then build the key in one
        // allocation instead of folding into one string and dropping into another.
        var (kept, same) = Measure(source);
        if (same) return source;
        return string.Create(kept, source, static (span, s) => KeyInto(s, span));
    }

    /// <summary>The key of part of a text, without copying the part out first.</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        if (HasMarkup(text)) return Key(text.ToString());
        var (kept, _) = Measure(text);
        Span<char> buffer = kept <= 256 ? stackalloc char[kept] : new char[kept];
        KeyInto(text, buffer);
        return new string(buffer);
    }

    /// <summary>True when the key of <paramref name="text"/> ends with <paramref name="suffix"/>, without building the key.</summary>
    public static bool KeyEndsWith(ReadOnlySpan<char> text, string suffix)
    {
        if (HasMarkup(text)) return Key(text).EndsWith(suffix, StringComparison.Ordinal);
        var k = suffix.Length;
        for (var i = text.Length - 1; i >= 0 && k > 0; i--)
        {
            var f = Width.FoldChar(text[i]);
            if (Dropped(f)) continue;
            if (f != suffix[--k]) return false;
        }
        return k == 0;
    }

    /// <summary>How long the key of text without markup is, and whether it is the text itself.</summary>
    private static (int Kept, bool Same) Measure(ReadOnlySpan<char> text)
    {
        var kept = 0;
        var same = true;
        foreach (var c in text)
        {
            var f = Width.FoldChar(c);
            if (Dropped(f)) { same = false; continue; }
            if (f != c) same = false;
            kept++;
        }
        return (kept, same);
    }

    /// <summary>Writes the key of text without markup into <paramref name="destination"/>; returns its length.</summary>
    private static int KeyInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        foreach (var c in text)
        {
            var f = Width.FoldChar(c);
            if (!Dropped(f)) destination[n++] = f;
        }
        return n;
    }

    private static bool Dropped(char c) => char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '#';

    private static bool HasMarkup(ReadOnlySpan<char> text) => text.IndexOfAny('<', '*') >= 0;

    /// <summary>True when the text ends a sentence or introduces a list, so the next line cannot continue it.</summary>
    public static bool EndsClause(string text)
    {
        // Folding keeps whitespace whitespace (the ideographic space becomes a space) and everything else not, so the
        // folded text's last non-blank character is the last non-blank character folded.
        var t = text.AsSpan().TrimEnd();
        return t.Length == 0 || Width.FoldChar(t[^1]) is '。' or ';' or '!' or '?' or ':' or '；';
    }

    /// <summary>The heading level a numbering pattern implies: 1 for 第X部分, 2 for 一、, 3 for （一）; null otherwise.</summary>
    public static int? NumberingLevel(string cleaned)
    {
        using var t = new FoldedText(cleaned);
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
        using var folded = new FoldedText(cleaned);
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

    /// <summary>Starts with list numbering (1. 1、 (1) （一） 一、 ①) or a bullet.</summary>
    public static bool StartsWithNumbering(string cleaned)
    {
        using var t = new FoldedText(cleaned);
        return ItemNumbering().IsMatch(t.Span);
    }

    /// <summary>Removes leading list numbering; returns the printed text after it.</summary>
    public static string StripNumbering(string cleaned)
    {
        using var t = new FoldedText(cleaned);
        // The pattern is anchored: its first match is the only one.
        foreach (var m in ItemNumbering().EnumerateMatches(t.Span)) return cleaned[m.Length..].TrimStart();
        return cleaned;
    }

    /// <summary>Starts with a short label followed by a colon ("资金来源：…", "补贴方式：…").</summary>
    public static bool StartsWithLabel(string cleaned)
    {
        using var t = new FoldedText(cleaned);
        return LeadingLabel().IsMatch(t.Span);
    }

    // A date line's key is at most 11 characters (2026年12月31日); most lines are sentences and need no key.
    public static bool IsDateLine(string cleaned) => ShortKeyIsMatch(cleaned, 11, DateLine());

    /// <summary>
    /// True when the key of <paramref name="text"/> matches <paramref name="regex"/>, for patterns that match no key
    /// longer than <paramref name="maxLength"/>: a longer key is rejected without being built, a short one is built
    /// on the stack.
    /// </summary>
    internal static bool ShortKeyIsMatch(string text, int maxLength, Regex regex)
    {
        if (HasMarkup(text)) return regex.IsMatch(Key(text));
        var (kept, _) = Measure(text);
        if (kept > maxLength) return false;
        Span<char> key = stackalloc char[kept];
        KeyInto(text, key);
        return regex.IsMatch(key);
    }

    /// <summary>
    /// A text folded to half width in a pooled buffer (or the text itself when it has nothing to fold), for tests
    /// that need no string of it. Dispose returns the buffer.
    /// </summary>
    internal ref struct FoldedText
    {
        private char[]? _rented;

        public FoldedText(string text)
        {
            if (!Width.HasWide(text)) { Span = text; return; }
            _rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
            Span = Width.Fold(text, _rented);
        }

        public ReadOnlySpan<char> Span { get; }

        public void Dispose()
        {
            if (_rented is null) return;
            System.Buffers.ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

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
