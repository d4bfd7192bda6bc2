using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>
/// A failing example for every arithmetic and cross-table rule: one cell of the clean sample changed, and the rule
/// names that cell. (The passing example is the clean sample itself: <see cref="CleanSampleTests"/>.)
/// </summary>
public class TableRuleExamplesTests
{
    [Theory]
    // rule, table, row (code or label), panel, column key, new printed value
    [InlineData("BD1001", TableKind.Expenditure, "2101101", TablePanel.None, ColumnKeys.Basic, "13.00")]
    [InlineData("BD1002", TableKind.Expenditure, "221", TablePanel.None, ColumnKeys.Total, "17.00")]
    [InlineData("BD1003", TableKind.ThreePublicExpenses, "公务接待费", TablePanel.None, ColumnKeys.Total, "3.00")]
    [InlineData("BD1004", TableKind.IncomeExpenditureSummary, "支出总计", TablePanel.Expenditure, ColumnKeys.Total, "503.00")]
    [InlineData("BD1005", TableKind.IncomeExpenditureSummary, "其中：一般财力", TablePanel.Income, ColumnKeys.Total, "461.00")]
    [InlineData("BD1101", TableKind.Expenditure, "2101501", TablePanel.None, ColumnKeys.Basic, "203.00")]
    [InlineData("BD2001", TableKind.IncomeExpenditureSummary, "210", TablePanel.Expenditure, ColumnKeys.Total, "457.00")]
    [InlineData("BD2002", TableKind.Income, "2210201", TablePanel.None, ColumnKeys.Total, "17.00")]
    [InlineData("BD2003", TableKind.IncomeExpenditureSummary, "5.单位资金", TablePanel.Income, ColumnKeys.Total, "3.00")]
    [InlineData("BD2004", TableKind.FiscalAppropriationSummary, "221", TablePanel.Expenditure, ColumnKeys.GeneralPublic, "17.00")]
    [InlineData("BD2005", TableKind.GeneralPublicExpenditure, "2210201", TablePanel.None, ColumnKeys.Total, "17.00")]
    [InlineData("BD2006", TableKind.GeneralPublicBasicExpenditure, "合计", TablePanel.None, ColumnKeys.Total, "261.00")]
    [InlineData("BD2007", TableKind.GeneralPublicBasicExpenditure, "30217", TablePanel.None, ColumnKeys.Total, "3.00")]
    [InlineData("BD2009", TableKind.GeneralPublicExpenditure, "2101501", TablePanel.None, ColumnKeys.Basic, "205.00")]
    public void The_rule_names_the_changed_cell(string rule, TableKind kind, string row, TablePanel panel, string column, string value)
    {
        var clean = Samples.Clean();
        var table = clean.Table(kind)!;
        var target = table.Rows.First(r => (r.Code?.Digits == row || r.Label == row || (row == "合计" && r.Kind == RowKind.Total))
            && (panel == TablePanel.None || r.Panel == panel));
        var col = table.Column(column, panel)!;
        var cell = target.Cells.Single(c => c.Column == col.Index);
        var report = Checker.Check(Mutate.Cell(clean, table, target, cell, Amount.Parse(value)));
        var findings = report.Findings.Where(f => f.Rule.Id == rule && f.Severity >= Severity.Warning).ToList();
        Assert.True(findings.Count > 0, $"{rule} 未报告；报告了：{string.Join("\n", report.Findings.Where(f => f.Severity >= Severity.Warning))}");
        Assert.Contains(findings, f => f.Cells.Contains(CellRef.Of(table, target, col)));
        Assert.Equal(CheckOutcome.Failed, report.Statuses.Single(s => s.Rule.Id == rule).Outcome);
    }

    [Fact]
    public void BD2008_carryover_in_the_income_table_but_an_empty_carryover_table()
    {
        var clean = Samples.Clean();
        var income = clean.Table(TableKind.Income)!;
        var total = income.TotalRow()!;
        var cell = total.Cells.Single(c => c.Column == income.Column(ColumnKeys.UnitFunds)!.Index);
        // Move the 2.00 of 单位资金 into 财政拨款结转 by relabelling the column: the income table now claims a carry-over.
        var relabelled = income with { Columns = [.. income.Columns.Select(c => c.Index == cell.Column ? c with { Key = ColumnKeys.FiscalCarryover } : c)] };
        var disclosure = clean with { Tables = [.. clean.Tables.Select(t => ReferenceEquals(t, income) ? relabelled : t)] };
        var report = Checker.Check(disclosure);
        Assert.Contains(report.Findings, f => f.Rule.Id == "BD2008" && f.Severity == Severity.Error);
    }
}
