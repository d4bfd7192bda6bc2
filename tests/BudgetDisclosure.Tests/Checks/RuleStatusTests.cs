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
    [InlineData("BD1001", "expenditure", "单位支出总体情况表为空表。")]
    [InlineData("BD1002", "expenditure", "单位支出总体情况表为空表。")]
    [InlineData("BD1101", "expenditure", "单位支出总体情况表为空表。")]
    [InlineData("BD1101", "general_public_basic_expenditure", "一般公共预算基本支出情况表为空表。")]
    public void An_empty_table_is_not_applicable(string rule, string kindKey, string reason)
    {
        var status = StatusWithOnly(new TableKey(kindKey), rule, t => t with { Rows = [], IsDeclaredEmpty = true });
        Assert.Equal(CheckOutcome.NotApplicable, status.Outcome);
        Assert.Equal(reason, status.Reason);
    }

    [Theory]
    [InlineData("expenditure", "单位支出总体情况表没有合计行。")]
    [InlineData("income_expenditure_summary", "单位收支总体情况表没有合计行。")]
    public void A_table_read_without_its_total_row_is_not_checked(string kindKey, string reason)
    {
        var status = StatusWithOnly(new TableKey(kindKey), "BD1002", t => t with { Rows = [.. t.Rows.Where(r => r.Kind != RowKind.Total)] });
        Assert.Equal(CheckOutcome.NotChecked, status.Outcome);
        Assert.Equal(reason, status.Reason);
    }

    [Theory]
    [InlineData("BD1001", "expenditure")]
    [InlineData("BD1002", "expenditure")]
    [InlineData("BD1002", "income_expenditure_summary")]
    [InlineData("BD1004", "income_expenditure_summary")]
    [InlineData("BD1005", "income_expenditure_summary")]
    [InlineData("BD1101", "expenditure")]
    [InlineData("BD1101", "income")]
    [InlineData("BD1101", "general_public_basic_expenditure")]
    public void A_table_that_is_there_is_checked(string rule, string kindKey)
    {
        var status = StatusWithOnly(new TableKey(kindKey), rule, t => t);
        Assert.Equal(CheckOutcome.Passed, status.Outcome);
        Assert.True(status.Evaluated > 0);
    }

    [Fact]
    public void A_summary_without_its_expenditure_total_is_not_checked_for_balance()
    {
        var status = StatusWithOnly(TableKey.IncomeExpenditureSummary, "BD1004",
            t => t with { Rows = [.. t.Rows.Where(r => !(r.Kind == RowKind.Total && r.Panel == TablePanel.Expenditure))] });
        Assert.Equal(CheckOutcome.NotChecked, status.Outcome);
        Assert.Equal("单位收支总体情况表缺少收入总计或支出总计。", status.Reason);
    }

    private static CheckStatus StatusWithOnly(TableKey kind, string rule, Func<BudgetTable, BudgetTable> edit)
    {
        var clean = Samples.Clean();
        var table = edit(clean.Table(kind)!);
        var report = Checker.Check(clean with { Tables = [table] });
        return report.Statuses.Single(s => s.Rule.Id == rule);
    }
}
