namespace BudgetDisclosure.Storage.Tests;

/// <summary>What <c>query compare</c> ranks, read from the bundled sample whose figures are known (samples/README.md).</summary>
public sealed class MeasuresTests
{
    [Fact]
    public void The_samples_measures_are_its_printed_totals_in_wan_yuan()
    {
        var disclosure = Inputs.Pipeline.Read(Repository.SampleText).Value!;
        var measures = Measures.Of(disclosure).ToDictionary(m => m.Name, m => m.Value);
        Assert.Equal(502.00m, measures["expenditure_total"]);
        Assert.Equal(262.00m, measures["basic"]);
        Assert.Equal(240.00m, measures["project"]);
        Assert.Equal(12.00m, measures["three_public_total"]);
        Assert.Equal(2.00m, measures["reception"]);
        Assert.Equal(0.00m, measures["overseas_travel"]);
        // Every measure is one Measures.Known names, in its order.
        var known = Measures.Known.Select(k => k.Name).ToList();
        Assert.Equal(measures.Keys.OrderBy(known.IndexOf), measures.Keys);
    }

    [Theory]
    [InlineData(12345.6, Model.MoneyUnit.Yuan, 1.23456)]
    [InlineData(1.5, Model.MoneyUnit.HundredMillionYuan, 15000)]
    [InlineData(88.8, Model.MoneyUnit.TenThousandYuan, 88.8)]
    [InlineData(88.8, Model.MoneyUnit.Unknown, 88.8)]
    public void Money_is_converted_to_wan_yuan_from_its_own_unit(double value, Model.MoneyUnit unit, double wan) =>
        Assert.Equal((decimal)wan, Measures.ToWan((decimal)value, unit));
}
