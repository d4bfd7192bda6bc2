using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>
/// Figures printed with fewer decimals than their table: dropped trailing zeros are as precise as the neighbours, but a
/// figure as wide as Excel's General format allows (11 characters) may have been rounded to fit.
/// </summary>
public class GeneralFormatRoundingTests
{
    [Fact]
    public void A_figure_rounded_to_eleven_characters_is_as_precise_as_printed()
    {
        // 西安 医疗保障局: 收支总表 收入总计 480544221.62, 收入总表 总计 480544221.6 (in 元).
        var comparison = SumComparison.Of(Amount.Parse("480544221.6"), [Amount.Parse("480544221.62")], minimumDecimals: 2);
        Assert.True(comparison.Differs);
        Assert.False(comparison.BeyondRounding);
    }

    [Fact]
    public void A_short_figure_dropped_its_trailing_zeros_and_is_as_precise_as_its_neighbours()
    {
        var comparison = SumComparison.Of(Amount.Parse("1948860.9"), [Amount.Parse("1948860.94")], minimumDecimals: 2);
        Assert.True(comparison.BeyondRounding);
        Assert.True(SumComparison.Of(Amount.Parse("0.8"), [Amount.Parse("0.82")], minimumDecimals: 2).BeyondRounding);
    }

    [Fact]
    public void A_figure_rounded_to_eleven_characters_still_differs_beyond_its_own_rounding()
    {
        Assert.True(SumComparison.Of(Amount.Parse("480544221.6"), [Amount.Parse("480544221.72")], minimumDecimals: 2).BeyondRounding);
    }
}
