using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>
/// The rounding model every arithmetic and narrative rule stands on: a printed figure stands for an interval, a sum is
/// wrong only when its difference is more than the parts' rounding together can explain, and the boundary itself is
/// rounding. Each case states a figure a reviewer would recognise, not the formula.
/// </summary>
public class RoundingTests
{
    private static Amount A(string printed) => Amount.Parse(printed);

    [Fact]
    public void A_difference_exactly_as_large_as_the_rounding_is_rounding()
    {
        // 2.00 printed for one part printed 1.99: each stands for ±0.005, so 0.01 apart is still consistent.
        var comparison = SumComparison.Of(A("2.00"), [A("1.99")]);
        Assert.Equal(0.01m, comparison.Difference);
        Assert.Equal(0.01m, comparison.Tolerance);
        Assert.True(comparison.Differs);
        Assert.False(comparison.BeyondRounding);
    }

    [Fact]
    public void A_difference_one_digit_past_the_rounding_is_an_error()
    {
        var comparison = SumComparison.Of(A("2.00"), [A("1.98")]);
        Assert.True(comparison.BeyondRounding);
        Assert.Equal(-0.02m, SumComparison.Of(A("1.98"), [A("2.00")]).Difference);
        Assert.True(SumComparison.Of(A("1.98"), [A("2.00")]).BeyondRounding);
    }

    [Fact]
    public void Every_part_adds_its_own_half_unit_to_the_tolerance()
    {
        // 3 parts and a total, all to 2 decimals: 4 × 0.005.
        var comparison = SumComparison.Of(A("3.03"), [A("1.01"), A("1.00"), A("1.00")]);
        Assert.Equal(0.02m, comparison.Tolerance);
        Assert.Equal(3.01m, comparison.Computed);
        Assert.False(comparison.BeyondRounding);
        Assert.True(SumComparison.Of(A("3.04"), [A("1.01"), A("1.00"), A("1.00")]).BeyondRounding);
    }

    [Fact]
    public void A_part_that_dropped_its_trailing_zero_is_as_precise_as_the_table()
    {
        // "0.8" in a table printed to 2 decimals is 0.80: 1.00 ≠ 0.8 + 0.16 by 0.04, three times the rounding of three
        // 2-decimal figures. Read as ±0.05 it would hide the error.
        var comparison = SumComparison.Of(A("1.00"), [A("0.8"), A("0.16")], minimumDecimals: 2);
        Assert.Equal(0.015m, comparison.Tolerance);
        Assert.True(comparison.BeyondRounding);
        // Without the table's precision the same figures are within rounding.
        Assert.False(SumComparison.Of(A("1.00"), [A("0.8"), A("0.16")]).BeyondRounding);
    }

    [Fact]
    public void A_total_that_dropped_its_trailing_zero_is_as_precise_as_the_table()
    {
        var comparison = SumComparison.Of(A("1.5"), [A("1.46")], minimumDecimals: 2);
        Assert.Equal(0.01m, comparison.Tolerance);
        Assert.True(comparison.BeyondRounding);
    }

    [Fact]
    public void A_figure_printed_with_more_decimals_than_the_table_keeps_its_own()
    {
        // 北京 prints amounts to 6 decimals; a table's prevailing 2 does not make them coarser.
        var comparison = SumComparison.Of(A("110896.619602"), [A("110387.976749"), A("508.642853")], minimumDecimals: 2);
        Assert.Equal(0.0000015m, comparison.Tolerance);
        Assert.False(comparison.Differs);
    }

    [Fact]
    public void Blank_and_dash_parts_add_neither_value_nor_tolerance()
    {
        var comparison = SumComparison.Of(A("1.00"), [A("0.99"), A(""), A("-"), A("——")], minimumDecimals: 2);
        Assert.Equal(0.99m, comparison.Computed);
        Assert.Equal(0.01m, comparison.Tolerance);
        Assert.False(comparison.BeyondRounding);
    }

    [Fact]
    public void A_blank_total_is_compared_as_zero_with_no_rounding_of_its_own()
    {
        var comparison = SumComparison.Of(A(""), [A("0.01")], minimumDecimals: 2);
        Assert.Equal(0.005m, comparison.Tolerance);
        Assert.True(comparison.BeyondRounding);
    }

    [Fact]
    public void A_whole_number_ten_characters_wide_may_have_been_rounded_to_fit()
    {
        // In 元, Excel's General format prints 4805442216.4 as 4805442216 when the column is narrow: ±0.5, not ±0.005
        // (the part, twelve characters wide, was not printed by General: its own precision is the table's).
        var comparison = SumComparison.Of(A("4805442216"), [A("4805442216.4")], minimumDecimals: 2);
        Assert.Equal(0.5m + 0.005m, comparison.Tolerance);
        Assert.False(comparison.BeyondRounding);
        // Negative figures are as wide as their digits.
        Assert.False(SumComparison.Of(A("-4805442216"), [A("-4805442216.4")], minimumDecimals: 2).BeyondRounding);
    }

    [Fact]
    public void A_whole_number_nine_characters_wide_dropped_zeros_only()
    {
        // 480544221 is short enough to be printed whole: it is 480544221.00, and 0.4 off its part is an error.
        var comparison = SumComparison.Of(A("480544221"), [A("480544221.4")], minimumDecimals: 2);
        Assert.True(comparison.BeyondRounding);
        Assert.Equal(0.005m + 0.05m, comparison.Tolerance);
    }

    [Fact]
    public void A_figure_with_decimals_is_rounded_to_fit_only_at_exactly_eleven_characters()
    {
        // Ten characters with a decimal ("48054422.6") fit General with room to spare: the dropped digit was a zero.
        Assert.Equal(0.005m + 0.005m, SumComparison.Of(A("48054422.6"), [A("48054422.62")], minimumDecimals: 2).Tolerance);
        // Twelve characters are no General output at all ("4805442216.5" would have printed 4805442217): dropped zeros.
        Assert.Equal(0.005m + 0.005m, SumComparison.Of(A("4805442216.5"), [A("4805442216.54")], minimumDecimals: 2).Tolerance);
        Assert.True(SumComparison.Of(A("4805442216.5"), [A("4805442216.54")], minimumDecimals: 2).BeyondRounding);
        // Exactly eleven: ±0.05.
        Assert.Equal(0.05m + 0.005m, SumComparison.Of(A("480544221.6"), [A("480544221.62")], minimumDecimals: 2).Tolerance);
        Assert.Equal(0.05m + 0.005m, SumComparison.Of(A("-480544221.6"), [A("-480544221.62")], minimumDecimals: 2).Tolerance);
    }

    [Fact]
    public void The_sequence_overload_compares_as_the_span_one()
    {
        IEnumerable<Amount> parts = new List<Amount> { A("0.8"), A("0.16") };
        Assert.Equal(SumComparison.Of(A("1.00"), [A("0.8"), A("0.16")], 2), SumComparison.Of(A("1.00"), parts, 2));
        Assert.Equal(SumComparison.Of(A("1.00"), [A("0.8"), A("0.16")], 2), SumComparison.Of(A("1.00"), parts.Select(p => p), 2));
    }

    [Fact]
    public void Prevailing_decimals_is_what_most_nonzero_figures_are_printed_with()
    {
        Assert.Equal(2, SumComparison.PrevailingDecimals([A("1.50"), A("2.5"), A("3.50"), A("7")]));
        // Zeros print as "0" in Excel whatever the format: they say nothing about the table's precision.
        Assert.Equal(2, SumComparison.PrevailingDecimals([A("0"), A("0"), A("0"), A("1.50")]));
        // Blanks, dashes and unreadable text say nothing either.
        Assert.Equal(1, SumComparison.PrevailingDecimals([A(""), A(""), A("-"), A("x"), A("x"), A("1.5")]));
        // A tie goes to the finer precision: dropping trailing zeros only ever makes figures shorter.
        Assert.Equal(2, SumComparison.PrevailingDecimals([A("1.5"), A("2.50")]));
        Assert.Equal(2, SumComparison.PrevailingDecimals([A("2.50"), A("1.5")]));
        Assert.Equal(0, SumComparison.PrevailingDecimals([A("3"), A("4"), A("1.5")]));
        Assert.Equal(0, SumComparison.PrevailingDecimals([]));
    }

    [Fact]
    public void An_amount_stands_for_half_a_unit_of_its_last_digit_either_side()
    {
        Assert.Equal(new Interval(1.495m, 1.505m), Interval.Of(A("1.50")));
        Assert.Equal(new Interval(67.5m, 68.5m), Interval.Of(A("68")));
        Assert.Equal(new Interval(0m, 0m), Interval.Of(A("")));
        Assert.Equal(0.005m, Interval.Of(A("1.50")).HalfWidth);
        Assert.Equal(1.5m, Interval.Of(A("1.50")).Mid);
    }

    [Fact]
    public void A_percentage_stands_for_what_rounds_or_truncates_to_it()
    {
        // Half a unit below (rounded up to it), a whole unit above (rounded down, or cut: 16.0199 % printed 16.01 %).
        Assert.Equal(new Interval(16.005m, 16.02m), Interval.Of(Percentage.Parse("16.01")!.Value));
        Assert.Equal(new Interval(15.5m, 17m), Interval.Of(Percentage.Parse("16")!.Value));
        Assert.Equal(new Interval(-17m, -15.5m), Interval.Of(Percentage.Parse("-16")!.Value));
    }

    [Fact]
    public void Intervals_that_touch_meet()
    {
        var a = new Interval(1m, 2m);
        Assert.True(a.Meets(new Interval(2m, 3m)));
        Assert.True(new Interval(2m, 3m).Meets(a));
        Assert.True(a.Meets(new Interval(1.5m, 1.6m)));
        Assert.False(a.Meets(new Interval(2.001m, 3m)));
        Assert.False(new Interval(2.001m, 3m).Meets(a));
    }

    [Fact]
    public void Interval_sums_and_differences_widen()
    {
        Assert.Equal(new Interval(3m, 5m), new Interval(1m, 2m) + new Interval(2m, 3m));
        Assert.Equal(new Interval(-2m, 0m), new Interval(1m, 2m) - new Interval(2m, 3m));
    }

    [Fact]
    public void A_share_spans_every_ratio_of_the_two_intervals()
    {
        var share = Interval.PercentOf(new Interval(1m, 2m), new Interval(4m, 5m))!.Value;
        Assert.Equal(20m, share.Low);
        Assert.Equal(50m, share.High);
    }

    [Fact]
    public void A_share_of_a_whole_that_may_be_zero_is_not_computed()
    {
        Assert.Null(Interval.PercentOf(new Interval(1m, 2m), new Interval(0m, 5m)));
        Assert.Null(Interval.PercentOf(new Interval(1m, 2m), new Interval(-1m, 5m)));
        Assert.NotNull(Interval.PercentOf(new Interval(1m, 2m), new Interval(0.001m, 5m)));
    }
}
