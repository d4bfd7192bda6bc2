using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks;

/// <summary>
/// Interval arithmetic on printed figures (XBRL Calculations 1.1): a figure printed with d decimals stands for
/// [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. A computed relation holds when the interval of one side meets the interval of the other.
/// </summary>
public readonly record struct Interval(decimal Low, decimal High)
{
    public static Interval Of(Amount amount) => new(amount.Value - amount.HalfUnit, amount.Value + amount.HalfUnit);

    /// <summary>
    /// A printed percentage stands for what rounds to it and for what truncates to it: many offices cut a rate to two
    /// decimals instead of rounding it (2.3153 % printed 2.31 %), and rounding — in either way — is never an error. The
    /// interval is therefore −½ unit to +1 unit of the last printed digit (towards zero's far side for a negative rate).
    /// </summary>
    public static Interval Of(Percentage percentage)
    {
        var unit = Scale(percentage.Decimals);
        return percentage.Value >= 0
            ? new Interval(percentage.Value - 0.5m * unit, percentage.Value + unit)
            : new Interval(percentage.Value - unit, percentage.Value + 0.5m * unit);
    }

    public static Interval Exact(decimal value) => new(value, value);

    public decimal Mid => (Low + High) / 2m;

    public decimal HalfWidth => (High - Low) / 2m;

    public bool Meets(Interval other) => Low <= other.High && other.Low <= High;

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);

    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    /// <summary>a / b × 100 for positive intervals; null when b may be zero.</summary>
    public static Interval? PercentOf(Interval part, Interval whole)
    {
        if (whole.Low <= 0m) return null;
        var lows = new[] { part.Low / whole.Low, part.Low / whole.High, part.High / whole.Low, part.High / whole.High };
        return new Interval(lows.Min() * 100m, lows.Max() * 100m);
    }

    internal static decimal Scale(int decimals)
    {
        var s = 1m;
        for (var i = 0; i < decimals; i++) s /= 10m;
        return s;
    }
}

/// <summary>The comparison of a printed total with the printed figures it should be made of.</summary>
public readonly record struct SumComparison(decimal Printed, decimal Computed, decimal Tolerance)
{
    public decimal Difference => Printed - Computed;

    /// <summary>The printed figures differ at all.</summary>
    public bool Differs => Difference != 0m;

    /// <summary>The difference is more than rounding can explain.</summary>
    public bool BeyondRounding => Math.Abs(Difference) > Tolerance;

    /// <summary>The printed total against the sum of its printed parts, each within half a unit of its last printed digit.</summary>
    /// <param name="total">The printed total.</param>
    /// <param name="parts">The printed parts (a span: the arithmetic rules compare thousands of sums per document).</param>
    /// <param name="minimumDecimals">
    /// The precision the table prints in. Word and Excel drop trailing zeros ("0.8", "0" in a table of "1.50"):
    /// such a cell is as precise as its neighbours, not ±0.5.
    /// </param>
    public static SumComparison Of(Amount total, ReadOnlySpan<Amount> parts, int minimumDecimals = 0)
    {
        var computed = 0m;
        var tolerance = HalfUnit(total, minimumDecimals);
        foreach (var part in parts)
        {
            computed += part.Value;
            tolerance += HalfUnit(part, minimumDecimals);
        }
        return new SumComparison(total.Value, computed, tolerance);
    }

    /// <summary><see cref="Of(Amount, ReadOnlySpan{Amount}, int)"/> for the few rules whose parts come as a sequence.</summary>
    public static SumComparison Of(Amount total, IEnumerable<Amount> parts, int minimumDecimals = 0) =>
        Of(total, (parts as Amount[] ?? [.. parts]).AsSpan(), minimumDecimals);

    internal static decimal HalfUnit(Amount amount, int minimumDecimals) =>
        amount.IsNumber ? 0.5m * Interval.Scale(RoundedToWidth(amount) ? amount.Decimals : Math.Max(amount.Decimals, minimumDecimals)) : 0m;

    /// <summary>Excel's General format prints a number in at most this many characters.</summary>
    private const int GeneralWidth = 11;

    /// <summary>
    /// A figure as wide as Excel's General format allows may have had its decimals rounded away to fit, not dropped as
    /// trailing zeros: a document in 元 may print 480544221.62 in one table and 480544221.6 in the next (in 元, 11 characters). Such a
    /// figure is as precise as printed.
    /// </summary>
    private static bool RoundedToWidth(Amount amount)
    {
        var length = amount.Text.TrimStart('-', '−').Length;
        return amount.Decimals > 0 ? length == GeneralWidth : length >= GeneralWidth - 1;
    }

    /// <summary>The number of decimals most cells of a table are printed with.</summary>
    public static int PrevailingDecimals(IEnumerable<Amount> amounts) =>
        amounts.Where(a => a.IsNumber && a.Value != 0m).GroupBy(a => a.Decimals).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => g.Key).FirstOrDefault();
}
