using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>
/// What an arithmetic rule says when it has nothing to add up: a table published empty is not applicable, a table
/// read without its 合计 row could not be checked — each with the table named — and a table that is there is checked.
/// Each case keeps one table of the sample, so that the other tables' checks do not hide the status.
/// </summary>
public class RuleStatusTests
{
    [Theory]
    [InlineData("BD1001", TableKind.Expenditure, "单位支出总体情况表为空表。")]
    [InlineData("BD1002", TableKind.Expenditure, "单位支出总体情况表为空表。")]
    [InlineData("BD1101", TableKind.Expenditure, "单位支出总体情况表为空表。")]
    [InlineData("BD1101", TableKind.GeneralPublicBasicExpenditure, "一般公共预算基本支出情况表为空表。")]
    public void An_empty_table_is_not_applicable(string rule, TableKind kind, string reason)
    {
        var status = StatusWithOnly(kind, rule, t => t with { Rows = [], IsDeclaredEmpty = true });
        Assert.Equal(CheckOutcome.NotApplicable, status.Outcome);
        Assert.Equal(reason, status.Reason);
    }

    [Theory]
    [InlineData(TableKind.Expenditure, "单位支出总体情况表没有合计行。")]
    [InlineData(TableKind.IncomeExpenditureSummary, "单位收支总体情况表没有合计行。")]
    public void A_table_read_without_its_total_row_is_not_checked(TableKind kind, string reason)
    {
        var status = StatusWithOnly(kind, "BD1002", t => t with { Rows = [.. t.Rows.Where(r => r.Kind != RowKind.Total)] });
        Assert.Equal(CheckOutcome.NotChecked, status.Outcome);
        Assert.Equal(reason, status.Reason);
    }

    [Theory]
    [InlineData("BD1001", TableKind.Expenditure)]
    [InlineData("BD1002", TableKind.Expenditure)]
    [InlineData("BD1002", TableKind.IncomeExpenditureSummary)]
    [InlineData("BD1004", TableKind.IncomeExpenditureSummary)]
    [InlineData("BD1005", TableKind.IncomeExpenditureSummary)]
    [InlineData("BD1101", TableKind.Expenditure)]
    [InlineData("BD1101", TableKind.Income)]
    [InlineData("BD1101", TableKind.GeneralPublicBasicExpenditure)]
    public void A_table_that_is_there_is_checked(string rule, TableKind kind)
    {
        var status = StatusWithOnly(kind, rule, t => t);
        Assert.Equal(CheckOutcome.Passed, status.Outcome);
        Assert.True(status.Evaluated > 0);
    }

    [Fact]
    public void A_summary_without_its_expenditure_total_is_not_checked_for_balance()
    {
        var status = StatusWithOnly(TableKind.IncomeExpenditureSummary, "BD1004",
            t => t with { Rows = [.. t.Rows.Where(r => !(r.Kind == RowKind.Total && r.Panel == TablePanel.Expenditure))] });
        Assert.Equal(CheckOutcome.NotChecked, status.Outcome);
        Assert.Equal("单位收支总体情况表缺少收入总计或支出总计。", status.Reason);
    }

    private static CheckStatus StatusWithOnly(TableKind kind, string rule, Func<BudgetTable, BudgetTable> edit)
    {
        var clean = Samples.Clean();
        var table = edit(clean.Table(kind)!);
        var report = Checker.Check(clean with { Tables = [table] });
        return report.Statuses.Single(s => s.Rule.Id == rule);
    }
}
