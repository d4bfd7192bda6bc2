using System.Text.Json;
using BudgetDisclosure.Model;
using Xunit;

namespace BudgetDisclosure.Tests.Templates;

public class TableKeyTests
{
    [Fact]
    public void A_key_is_its_name_and_other_is_the_default()
    {
        Assert.Equal(TableKey.Income, new TableKey("income"));
        Assert.Equal(TableKey.Other, default);
        Assert.Equal(TableKey.Other, new TableKey("other"));
        Assert.True(default(TableKey).IsOther);
        Assert.Equal("other", TableKey.Other.Name);
        Assert.NotEqual(TableKey.Income, TableKey.Expenditure);
        Assert.Equal(new TableKey("operating_costs").GetHashCode(), new TableKey("operating_costs").GetHashCode());
    }

    [Theory]
    [InlineData("Income")]
    [InlineData("1table")]
    [InlineData("three-public")]
    [InlineData("")]
    public void A_name_that_is_not_a_key_is_refused(string name)
    {
        Assert.Null(TableKey.Parse(name));
        Assert.Throws<ArgumentException>(() => new TableKey(name));
    }

    [Fact]
    public void National_tables_sort_in_the_templates_order_then_others_by_name_then_other()
    {
        TableKey[] keys = [TableKey.Other, new("zeta"), TableKey.PriorYearCarryover, new("alpha"), TableKey.Income, TableKey.IncomeExpenditureSummary];
        Assert.Equal(["income_expenditure_summary", "income", "prior_year_carryover", "alpha", "zeta", "other"], keys.Order().Select(k => k.Name));
    }

    [Fact]
    public void A_national_table_has_its_chinese_name_and_another_templates_key_stands_for_itself()
    {
        Assert.Equal("收入总体情况表", TableKey.Income.ToChinese());
        Assert.Equal("operating_costs", new TableKey("operating_costs").ToChinese());
        Assert.True(TableKey.Income.IsStandard);
        Assert.False(new TableKey("operating_costs").IsStandard);
        Assert.Null(TableKey.ParseStandard("operating_costs"));
    }

    [Fact]
    public void Json_writes_and_reads_the_name()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        var json = JsonSerializer.Serialize(new[] { TableKey.ThreePublicExpenses, new TableKey("operating_costs"), TableKey.Other }, options);
        Assert.Equal("""["three_public_expenses","operating_costs","other"]""", json);
        Assert.Equal([TableKey.ThreePublicExpenses, new TableKey("operating_costs"), TableKey.Other], JsonSerializer.Deserialize<TableKey[]>(json, options)!);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TableKey[]>("""["Not A Key"]""", options));
    }
}
