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
    /// <summary>Rule, table, row (code or label), panel, column key, and a printed value beyond rounding.</summary>
    public static TheoryData<string, TableKey, string, TablePanel, string, string> Examples => new()
    {
        { "BD1001", TableKey.Expenditure, "2101101", TablePanel.None, ColumnKeys.Basic, "13.00" },
        { "BD1002", TableKey.Expenditure, "221", TablePanel.None, ColumnKeys.Total, "17.00" },
        { "BD1003", TableKey.ThreePublicExpenses, "公务接待费", TablePanel.None, ColumnKeys.Total, "3.00" },
        { "BD1004", TableKey.IncomeExpenditureSummary, "支出总计", TablePanel.Expenditure, ColumnKeys.Total, "503.00" },
        { "BD1005", TableKey.IncomeExpenditureSummary, "其中：一般财力", TablePanel.Income, ColumnKeys.Total, "461.00" },
        { "BD1101", TableKey.Expenditure, "2101501", TablePanel.None, ColumnKeys.Basic, "203.00" },
        { "BD2001", TableKey.IncomeExpenditureSummary, "210", TablePanel.Expenditure, ColumnKeys.Total, "457.00" },
        { "BD2002", TableKey.Income, "2210201", TablePanel.None, ColumnKeys.Total, "17.00" },
        { "BD2003", TableKey.IncomeExpenditureSummary, "5.单位资金", TablePanel.Income, ColumnKeys.Total, "3.00" },
        { "BD2004", TableKey.FiscalAppropriationSummary, "221", TablePanel.Expenditure, ColumnKeys.GeneralPublic, "17.00" },
        { "BD2005", TableKey.GeneralPublicExpenditure, "2210201", TablePanel.None, ColumnKeys.Total, "17.00" },
        { "BD2006", TableKey.GeneralPublicBasicExpenditure, "合计", TablePanel.None, ColumnKeys.Total, "261.00" },
        { "BD2007", TableKey.GeneralPublicBasicExpenditure, "30217", TablePanel.None, ColumnKeys.Total, "3.00" },
        { "BD2009", TableKey.GeneralPublicExpenditure, "2101501", TablePanel.None, ColumnKeys.Basic, "205.00" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_rule_names_the_changed_cell(string rule, TableKey kind, string row, TablePanel panel, string column, string value)
    {
        var (clean, table, target, col, cell) = Find(kind, row, panel, column);
        var report = Checker.Check(Mutate.Cell(clean, table, target, cell, Amount.Parse(value)));
        var findings = report.Findings.Where(f => f.Rule.Id == rule && f.Severity >= Severity.Warning).ToList();
        Assert.True(findings.Count > 0, $"{rule} 未报告；报告了：{string.Join("\n", report.Findings.Where(f => f.Severity >= Severity.Warning))}");
        Assert.Contains(findings, f => f.Cells.Contains(CellRef.Of(table, target, col)));
        Assert.Equal(CheckOutcome.Failed, report.Statuses.Single(s => s.Rule.Id == rule).Outcome);
    }

    /// <summary>
    /// Beyond rounding, each finding is an error (or the rule's own severity) that says nothing of rounding, stands at
    /// one of the cells it names — that cell's own source, table, code, label and column — and carries the figures it
    /// compared: the difference is printed minus computed, and beyond the tolerance.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void A_finding_beyond_rounding_stands_at_a_cell_it_names_with_its_figures(string rule, TableKey kind, string row, TablePanel panel, string column, string value)
    {
        var (clean, table, target, _, cell) = Find(kind, row, panel, column);
        // Every cell gets a line of its own, so that a finding placed at its row, or at a neighbouring cell, shows.
        var (distinct, t, r, c) = OwnLines(clean, table, target, cell);
        var disclosure = Mutate.Cell(distinct, t, r, c, Amount.Parse(value));
        var findings = Checker.Check(disclosure).Findings.Where(f => f.Rule.Id == rule && f.Severity >= Severity.Warning).ToList();
        Assert.NotEmpty(findings);
        foreach (var f in findings)
        {
            Assert.Equal(f.Rule.DefaultSeverity, f.Severity);
            Assert.DoesNotContain("舍入误差范围内", f.GetMessage(), StringComparison.Ordinal);
            Assert.NotNull(f.Expected);
            Assert.NotNull(f.Actual);
            Assert.Equal(f.Actual - f.Expected, f.Difference);
            Assert.True(Math.Abs(f.Difference!.Value) > f.Tolerance, f.ToString());
            var at = f.Cells.Select(c => Locate(disclosure, c)).FirstOrDefault(c => c is not null && SameCell(f.Location, c.Value));
            Assert.True(at is not null, $"{f} 的位置不是它所列的任何一格：{f.Location}");
        }
    }

    /// <summary>The disclosure with every cell on a line of its own, and the given table, row and cell in it.</summary>
    private static (Disclosure, BudgetTable, TableRow, TableCell) OwnLines(Disclosure disclosure, BudgetTable table, TableRow row, TableCell cell)
    {
        var line = 100_000;
        BudgetTable? newTable = null;
        TableRow? newRow = null;
        TableCell? newCell = null;
        var tables = new List<BudgetTable>();
        foreach (var t in disclosure.Tables)
        {
            var rows = new List<TableRow>();
            foreach (var r in t.Rows)
            {
                var cells = new List<TableCell>();
                foreach (var c in r.Cells)
                {
                    var moved = c with { Source = c.Source with { Line = line++ } };
                    if (ReferenceEquals(c, cell)) newCell = moved;
                    cells.Add(moved);
                }
                var nr = r with { Cells = cells };
                if (ReferenceEquals(r, row)) newRow = nr;
                rows.Add(nr);
            }
            var nt = t with { Rows = rows };
            if (ReferenceEquals(t, table)) newTable = nt;
            tables.Add(nt);
        }
        return (disclosure with { Tables = tables }, newTable!, newRow!, newCell!);
    }

    /// <summary>
    /// One unit in the last printed place is rounding, never a mistake: the rule notes it as an info that says so, names
    /// the cell, still counts as passed, and no rule reports a warning or error for it.
    /// </summary>
    [Theory]
    [MemberData(nameof(RoundingExamples))]
    public void One_unit_in_the_last_place_is_an_info_within_rounding(string rule, TableKey kind, string row, TablePanel panel, string column, string value)
    {
        _ = value;
        var (clean, table, target, col, cell) = Find(kind, row, panel, column);
        var unit = 1m / (decimal)Math.Pow(10, Math.Max(cell.Amount.Decimals, 0));
        var report = Checker.Check(Mutate.Cell(clean, table, target, cell, Amount.Parse((cell.Amount.Value + unit).ToString($"F{cell.Amount.Decimals}", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Empty(report.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.ToString()));
        var notes = report.Findings.Where(f => f.Rule.Id == rule && f.Cells.Contains(CellRef.Of(table, target, col))).ToList();
        Assert.True(notes.Count > 0, $"{rule} 没有注明舍入：{string.Join("\n", report.Findings)}");
        Assert.All(notes, f =>
        {
            Assert.Equal(Severity.Info, f.Severity);
            Assert.EndsWith("（在舍入误差范围内）", f.GetMessage(), StringComparison.Ordinal);
            Assert.True(Math.Abs(f.Difference!.Value) <= f.Tolerance, f.ToString());
        });
        Assert.Equal(CheckOutcome.Passed, report.Statuses.Single(s => s.Rule.Id == rule).Outcome);
    }

    /// <summary>
    /// The examples whose identity is an equality. BD2009 is a bound (general-public spending within all spending), and
    /// the sample's 2101501 lies well within it, so one unit more is no finding at all.
    /// </summary>
    public static TheoryData<string, TableKey, string, TablePanel, string, string> RoundingExamples()
    {
        var data = new TheoryData<string, TableKey, string, TablePanel, string, string>();
        foreach (var row in Examples)
            if ((string)row[0] != "BD2009") data.Add((string)row[0], (TableKey)row[1], (string)row[2], (TablePanel)row[3], (string)row[4], (string)row[5]);
        return data;
    }

    private static (Disclosure Clean, BudgetTable Table, TableRow Row, TableColumn Column, TableCell Cell) Find(TableKey kind, string row, TablePanel panel, string column)
    {
        var clean = Samples.Clean();
        var table = clean.Table(kind)!;
        var target = table.Rows.First(r => (r.Code?.Digits == row || r.Label == row || (row == "合计" && r.Kind == RowKind.Total))
            && (panel == TablePanel.None || r.Panel == panel));
        var col = table.Column(column, panel)!;
        return (clean, table, target, col, target.Cells.Single(c => c.Column == col.Index));
    }

    private static (BudgetTable Table, TableRow Row, TableColumn Column, TableCell? Cell)? Locate(Disclosure disclosure, CellRef cell)
    {
        foreach (var table in disclosure.Tables.Where(t => t.Kind == cell.Table && t.Number == cell.TableNumber))
            foreach (var row in table.Rows)
                foreach (var column in table.Columns)
                    if (CellRef.Of(table, row, column) == cell)
                        return (table, row, column, row.Cells.FirstOrDefault(c => c.Column == column.Index));
        return null;
    }

    private static bool SameCell(FindingLocation location, (BudgetTable Table, TableRow Row, TableColumn Column, TableCell? Cell) at) =>
        location.Table == at.Table.Kind && location.TableNumber == at.Table.Number && location.Code == at.Row.Code?.Digits
        && location.Label == at.Row.Label && location.Column == at.Column.Path && location.Source == (at.Cell?.Source ?? at.Row.Source);

    [Fact]
    public void BD2008_carryover_in_the_income_table_but_an_empty_carryover_table()
    {
        var clean = Samples.Clean();
        var income = clean.Table(TableKey.Income)!;
        var total = income.TotalRow()!;
        var cell = total.Cells.Single(c => c.Column == income.Column(ColumnKeys.UnitFunds)!.Index);
        // Move the 2.00 of 单位资金 into 财政拨款结转 by relabelling the column: the income table now claims a carry-over.
        var relabelled = income with { Columns = [.. income.Columns.Select(c => c.Index == cell.Column ? c with { Key = ColumnKeys.FiscalCarryover } : c)] };
        var disclosure = clean with { Tables = [.. clean.Tables.Select(t => ReferenceEquals(t, income) ? relabelled : t)] };
        var report = Checker.Check(disclosure);
        Assert.Contains(report.Findings, f => f.Rule.Id == "BD2008" && f.Severity == Severity.Error);
    }
}
