using System.Globalization;
using System.Text;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Model;

/// <summary>How a cell that should hold an amount was printed.</summary>
public enum AmountState
{
    /// <summary>Nothing printed: the item is absent (reads as zero in sums).</summary>
    Blank = 0,
    /// <summary>A number such as <c>0</c>, <c>1,043.71</c> or <c>-5.00</c>.</summary>
    Number,
    /// <summary>A dash (<c>-</c>, <c>—</c>, <c>－</c>) standing for nothing; reads as zero in sums.</summary>
    Dash,
    /// <summary>Something that is not an amount (a word, a broken number).</summary>
    Unreadable,
}

/// <summary>
/// An amount as printed: its value, the number of decimals it was printed with (which sets its rounding interval),
/// and the text itself. Blank, a dash, zero and unreadable are different states.
/// </summary>
public readonly record struct Amount
{
    private Amount(AmountState state, decimal value, int decimals, string text)
    {
        State = state;
        Value = value;
        Decimals = decimals;
        Text = text;
    }

    public AmountState State { get; }

    /// <summary>The value; zero for <see cref="AmountState.Blank"/>, <see cref="AmountState.Dash"/> and <see cref="AmountState.Unreadable"/>.</summary>
    public decimal Value { get; }

    /// <summary>Digits printed after the decimal point: 2 for <c>1.50</c>, 0 for <c>68</c>, 6 for Beijing's <c>110,387.976749</c>.</summary>
    public int Decimals { get; }

    /// <summary>The text as printed, trimmed, with thousands separators and full-width forms removed for numbers.</summary>
    public string Text { get; }

    public static Amount Blank { get; } = new(AmountState.Blank, 0m, 0, "");

    public bool IsNumber => State == AmountState.Number;

    /// <summary>True when something was printed (a number, a dash or unreadable text).</summary>
    public bool IsPrinted => State != AmountState.Blank;

    /// <summary>Half a unit of the last printed digit: the printed value stands for [Value − h, Value + h].</summary>
    public decimal HalfUnit => State == AmountState.Number ? 0.5m * Pow10(-Decimals) : 0m;

    public static Amount FromValue(decimal value, int decimals) =>
        new(AmountState.Number, value, decimals, value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>
    /// Reads a printed amount. Never throws: text that is not an amount comes back <see cref="AmountState.Unreadable"/>.
    /// Accepts thousands separators, full-width digits and signs, a leading minus or parentheses for negatives,
    /// markup around totals (<c>&lt;b&gt;</c>, <c>**</c>) and a trailing 万元/元.
    /// </summary>
    public static Amount Parse(string? printed)
    {
        if (printed is null) return Blank;
        var text = Clean(printed);
        if (text.Length == 0) return Blank;
        if (text is "-" or "—" or "--" or "——" or "－" or "–" or "/" or "\\") return new Amount(AmountState.Dash, 0m, 0, text);
        return TryParseNumber(text, out var value, out var decimals, out var normal)
            ? new Amount(AmountState.Number, value, decimals, normal)
            : new Amount(AmountState.Unreadable, 0m, 0, text);
    }

    /// <summary>True when <paramref name="printed"/> is a number in any form <see cref="Parse"/> accepts.</summary>
    public static bool LooksLikeNumber(string printed) => Parse(printed).IsNumber;

    internal static string Clean(string printed)
    {
        var s = printed.Trim();
        if (s.Length == 0) return s;
        if (s.Contains('<', StringComparison.Ordinal))
            s = s.Replace("<b>", "", StringComparison.OrdinalIgnoreCase).Replace("</b>", "", StringComparison.OrdinalIgnoreCase);
        if (s.Contains('*', StringComparison.Ordinal)) s = s.Replace("**", "", StringComparison.Ordinal);
        // Full-width digits, comma, point and minus fold to ASCII; 万元/元 suffixes are dropped.
        s = TextNormalizer.FoldWidth(s).Trim();
        if (s.EndsWith("万元", StringComparison.Ordinal)) s = s[..^2].TrimEnd();
        else if (s.EndsWith('元')) s = s[..^1].TrimEnd();
        return s;
    }

    private static bool TryParseNumber(string text, out decimal value, out int decimals, out string normal)
    {
        value = 0m;
        decimals = 0;
        normal = text;
        var negative = false;
        var s = text.AsSpan();
        if (s.Length > 2 && s[0] == '(' && s[^1] == ')') { negative = true; s = s[1..^1]; }
        if (s.Length > 1 && (s[0] == '-' || s[0] == '−' || s[0] == '–')) { negative = !negative; s = s[1..]; }
        else if (s.Length > 1 && s[0] == '+') s = s[1..];
        if (s.Length == 0) return false;

        // Every table cell is parsed, most of them numbers: the digits go to the stack, not to a StringBuilder.
        Span<char> digits = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var seenPoint = false;
        var groupDigits = -1; // digits since the last thousands separator, -1 before any separator
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
                if (seenPoint) decimals++;
                else if (groupDigits >= 0) groupDigits++;
            }
            else if (c == ',' && !seenPoint && n > 0)
            {
                if (groupDigits >= 0 && groupDigits != 3) return false;
                groupDigits = 0;
            }
            else if (c == '.' && !seenPoint && n > 0)
            {
                if (groupDigits >= 0 && groupDigits != 3) return false;
                seenPoint = true;
                digits[n++] = '.';
            }
            else
            {
                return false;
            }
        }

        if (!seenPoint && groupDigits >= 0 && groupDigits != 3) return false;
        var plain = digits[..n];
        if (plain.EndsWith('.')) return false;
        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        if (negative)
        {
            value = -value;
            normal = string.Concat("-", plain);
        }
        else
        {
            // A number printed plainly is its own normal form; keep the printed string rather than copy it.
            normal = plain.SequenceEqual(text) ? text : new string(plain);
        }
        return true;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        if (exponent >= 0)
            for (var i = 0; i < exponent; i++) result *= 10m;
        else
            for (var i = 0; i < -exponent; i++) result /= 10m;
        return result;
    }

    public override string ToString() => Text;
}
