namespace BudgetDisclosure.Model;

/// <summary>
/// Folds full-width ASCII forms (０-９, ，．－％（）：) and the ideographic space to their half-width forms.
/// Done by hand rather than with NFKC so it behaves the same with invariant globalization (no ICU).
/// </summary>
public static class Width
{
    public static string Fold(string text)
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
    internal static ReadOnlySpan<char> Fold(ReadOnlySpan<char> source, Span<char> destination)
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
}
