using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests;

public class AmountTests
{
    [Theory]
    [InlineData("996.43", 996.43, 2)]
    [InlineData("217,813.11", 217813.11, 2)]
    [InlineData("110,387.976749", 110387.976749, 6)]
    [InlineData("0", 0, 0)]
    [InlineData("0.8", 0.8, 1)]
    [InlineData("<b>996.43</b>", 996.43, 2)]
    [InlineData("１，０４３．７１", 1043.71, 2)]
    [InlineData("-5.00", -5.00, 2)]
    [InlineData("(5.00)", -5.00, 2)]
    [InlineData("68 万元", 68, 0)]
    public void Reads_printed_numbers_with_their_precision(string printed, double expected, int decimals)
    {
        var amount = Amount.Parse(printed);
        Assert.Equal(AmountState.Number, amount.State);
        Assert.Equal((decimal)expected, amount.Value);
        Assert.Equal(decimals, amount.Decimals);
        Assert.DoesNotContain(",", amount.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", AmountState.Blank)]
    [InlineData("   ", AmountState.Blank)]
    [InlineData("-", AmountState.Dash)]
    [InlineData("—", AmountState.Dash)]
    [InlineData("－", AmountState.Dash)]
    [InlineData("1,04.5", AmountState.Unreadable)]
    [InlineData("12a", AmountState.Unreadable)]
    [InlineData("一百", AmountState.Unreadable)]
    public void Tells_blank_dash_and_unreadable_apart(string printed, AmountState state) =>
        Assert.Equal(state, Amount.Parse(printed).State);

    [Fact]
    public void Half_unit_follows_printed_decimals()
    {
        Assert.Equal(0.005m, Amount.Parse("1.50").HalfUnit);
        Assert.Equal(0.5m, Amount.Parse("68").HalfUnit);
        Assert.Equal(0.0000005m, Amount.Parse("110,387.976749").HalfUnit);
    }
}
