using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>
/// BD1003 on the sample's 三公 table (合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费; 公务用车购置及运行费 =
/// 购置费 + 运行费): each identity checked whenever its rows are there, whichever other row a region leaves out.
/// </summary>
public class ThreePublicItemsRuleTests
{
    [Theory]
    [InlineData("因公出国", 2)]      // the total's identity cannot be checked; the vehicles' can
    [InlineData("公务接待", 2)]
    [InlineData("其中：公务用车购置费", 2)] // the vehicles' identity cannot be checked; the total's can
    [InlineData("公务用车运行费", 2)]
    public void A_missing_row_leaves_the_other_identity_checked(string labelStart, int evaluated)
    {
        var disclosure = WithoutRow(labelStart);
        var report = Checker.Check(disclosure);
        var status = report.Statuses.Single(s => s.Rule.Id == ThreePublicItemsRule.Rule.Id);
        Assert.Equal(CheckOutcome.Passed, status.Outcome);
        Assert.Equal(evaluated, status.Evaluated);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == ThreePublicItemsRule.Rule.Id);
    }

    [Fact]
    public void Both_identities_are_checked_in_every_amount_column_of_the_sample()
    {
        var status = Checker.Check(Samples.Clean()).Statuses.Single(s => s.Rule.Id == ThreePublicItemsRule.Rule.Id);
        Assert.Equal(CheckOutcome.Passed, status.Outcome);
        Assert.Equal(4, status.Evaluated);
    }

    [Fact]
    public void A_vehicle_part_that_does_not_add_up_names_the_vehicles_row_and_its_parts()
    {
        var clean = Samples.Clean();
        var table = clean.Table(TableKey.ThreePublicExpenses)!;
        var row = table.Rows.Single(r => r.Label.StartsWith("公务用车运行费", StringComparison.Ordinal));
        var column = table.Column(ColumnKeys.Total)!;
        var cell = row.Cells.Single(c => c.Column == column.Index);
        var report = Checker.Check(Mutate.Cell(clean, table, row, cell, Amount.Parse("11.00")));
        var findings = report.Findings.Where(f => f.Rule.Id == ThreePublicItemsRule.Rule.Id && f.Severity == Severity.Error).ToList();
        var vehicles = Assert.Single(findings, f => f.Location.Label!.StartsWith("公务用车购置及运行费", StringComparison.Ordinal));
        Assert.Contains("公务用车购置费 + 公务用车运行费之和为 11", vehicles.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(11m, vehicles.Expected);
        Assert.Equal(10m, vehicles.Actual);
    }

    [Fact]
    public void Without_the_table_the_rule_says_it_could_not_check()
    {
        var clean = Samples.Clean();
        var report = Checker.Check(clean with { Tables = [.. clean.Tables.Where(t => t.Kind != TableKey.ThreePublicExpenses)] });
        var status = report.Statuses.Single(s => s.Rule.Id == ThreePublicItemsRule.Rule.Id);
        Assert.Equal(CheckOutcome.NotChecked, status.Outcome);
        Assert.Equal("没有“三公”经费支出表。", status.Reason);
    }

    [Fact]
    public void A_table_declared_empty_is_not_applicable_with_the_reason()
    {
        var clean = Samples.Clean();
        var table = clean.Table(TableKey.ThreePublicExpenses)!;
        var empty = table with { Rows = [], IsDeclaredEmpty = true };
        var report = Checker.Check(clean with { Tables = [.. clean.Tables.Select(t => ReferenceEquals(t, table) ? empty : t)] });
        var status = report.Statuses.Single(s => s.Rule.Id == ThreePublicItemsRule.Rule.Id);
        Assert.Equal(CheckOutcome.NotApplicable, status.Outcome);
        Assert.Equal("“三公”经费支出表为空表。", status.Reason);
    }

    private static Disclosure WithoutRow(string labelStart)
    {
        var clean = Samples.Clean();
        var table = clean.Table(TableKey.ThreePublicExpenses)!;
        var row = table.Rows.Single(r => r.Label.StartsWith(labelStart, StringComparison.Ordinal));
        var shorter = table with { Rows = [.. table.Rows.Where(r => !ReferenceEquals(r, row))] };
        return clean with { Tables = [.. clean.Tables.Select(t => ReferenceEquals(t, table) ? shorter : t)] };
    }
}
