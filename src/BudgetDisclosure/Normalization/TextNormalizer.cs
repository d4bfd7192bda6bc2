using System.Text.RegularExpressions;

namespace BudgetDisclosure.Normalization;

/// <summary>
/// The one place text is folded, squeezed and keyed for comparison. Converters space out, re-quote and widen the
/// same words differently ("收 入 总 计", “三公”, １２３．４５), so titles, headers, headings, names and sentences are
/// compared in a normal form while what is shown stays as printed:
/// <list type="bullet">
/// <item><see cref="FoldWidth(string)"/> — full-width ASCII forms and the ideographic space to half width;</item>
/// <item><see cref="Squeeze"/> — no whitespace (titles and headers);</item>
/// <item><see cref="Compact"/> — folded and squeezed (names in the checks);</item>
/// <item><see cref="Key(string)"/> — folded, without whitespace, quotes or converter markup (the narrative's key);</item>
/// <item><see cref="StripNumbering"/> — without the list numbering before an item.</item>
/// </list>
/// Folding is done by hand rather than with NFKC so it behaves the same with invariant globalization (no ICU).
/// </summary>
public static partial class TextNormalizer
{
    public static string FoldWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && !IsWide(text[i])) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++) span[k] = FoldChar(source[k]);
        });
    }

    /// <summary>
    /// Folds <paramref name="source"/> into <paramref name="destination"/> (at least as long), for callers that only
    /// test the folded text and need no string of it.
    /// </summary>
    internal static ReadOnlySpan<char> FoldWidth(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var k = 0; k < source.Length; k++) destination[k] = FoldChar(source[k]);
        return destination[..source.Length];
    }

    internal static bool HasWide(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (IsWide(c)) return true;
        return false;
    }

    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    private static bool IsWide(char c) => c is (>= '\uFF01' and <= '\uFF5E') or '\u3000';

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(AllWhitespace());

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static string AllWhitespace()
    {
        var chars = new System.Text.StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
            if (char.IsWhiteSpace((char)c)) chars.Append((char)c);
        return chars.ToString();
    }

    /// <summary>Removes all whitespace, for comparing titles and headers that converters spaced out ("收 入 总 计").</summary>
    public static string Squeeze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Called on every header and code cell, most of which have no whitespace: those are returned as they are.
        if (!text.AsSpan().ContainsAny(Whitespace)) return text;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) buffer[n++] = c;
        return new string(buffer[..n]);
    }

    /// <summary>Folded to half width and without whitespace: the form names are compared in by the checks.</summary>
    public static string Compact(string text) => Squeeze(FoldWidth(text));

    /// <summary>A Han character (CJK Unified Ideographs and Extension A): what names are written in, unlike digits and punctuation.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    public static bool ContainsHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (IsHan(c)) return true;
        return false;
    }

    /// <summary>The comparison key: folded to half width, without whitespace, quotes or markup.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = HasMarkup(text) ? Markup().Replace(text, "") : text;
        // Most text is already a key except for its full-width punctuation: count first, then build the key in one
        // allocation instead of folding into one string and dropping into another.
        var (kept, same) = Measure(source);
        var key = same ? source : string.Create(kept, source, static (span, s) => KeyInto(s, span));
        // Dropping spaces can join markup that was apart ("*\n*" becomes "**"): a key is a key of itself.
        return HasMarkup(key) && key.Length < text.Length ? Key(key) : key;
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
            var f = FoldChar(text[i]);
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
            var f = FoldChar(c);
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
            var f = FoldChar(c);
            if (!Dropped(f)) destination[n++] = f;
        }
        return n;
    }

    private static bool Dropped(char c) => char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '#';

    internal static bool HasMarkup(ReadOnlySpan<char> text) => text.IndexOfAny('<', '*') >= 0;

    /// <summary>Starts with list numbering (1. 1、 (1) （一） 一、 ①) or a bullet.</summary>
    public static bool StartsWithNumbering(string cleaned)
    {
        using var t = new FoldedText(cleaned);
        return ItemNumbering().IsMatch(t.Span);
    }

    /// <summary>
    /// Removes a leading "其中：" and list numbering (1. 1、 (1) （一） 一、 ①); returns the printed text after them:
    /// "1.一般公共预算拨款" → "一般公共预算拨款", "其中：一般财力" → "一般财力", "二、上年结转结余" → "上年结转结余".
    /// </summary>
    public static string StripNumbering(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        if (cleaned.StartsWith("其中", StringComparison.Ordinal)) cleaned = cleaned[2..].TrimStart('：', ':', ' ');
        using var t = new FoldedText(cleaned);
        // The pattern is anchored: its first match is the only one.
        foreach (var m in ItemNumbering().EnumerateMatches(t.Span)) return cleaned[m.Length..].TrimStart();
        return cleaned;
    }

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
            if (!HasWide(text)) { Span = text; return; }
            _rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
            Span = FoldWidth(text, _rented);
        }

        public ReadOnlySpan<char> Span { get; }

        public void Dispose()
        {
            if (_rented is null) return;
            System.Buffers.ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    [GeneratedRegex(@"^\s*(?:\(\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*\)|\d{1,2}\s*[.、](?!\d)|[一二三四五六七八九十]{1,3}\s*[、.](?!\d)|[①-⑳])\s*")]
    private static partial Regex ItemNumbering();

    [GeneratedRegex(@"\*\*|</?b>|</?p>|<br\s*/?>", RegexOptions.IgnoreCase)]
    internal static partial Regex Markup();
}
