using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Support;

/// <summary>Assertions on bound tables that name the table, code and column when they fail.</summary>
public static class TableAssert
{
    public static BudgetTable Table(Disclosure disclosure, TableKey kind)
    {
        var table = disclosure.Table(kind);
        Assert.True(table is not null, $"表 {kind.ToName()} 未识别");
        return table!;
    }

    public static void Cell(BudgetTable table, string? code, string columnKey, string expected, TablePanel panel = TablePanel.None, string? label = null)
    {
        var column = table.Column(columnKey, panel);
        Assert.True(column is not null, $"{table.Kind.ToName()}: 没有列 {columnKey}");
        var row = code is null
            ? label is null ? table.TotalRow(panel) : table.Rows.FirstOrDefault(r => r.Label == label && (panel == TablePanel.None || r.Panel == panel))
            : table.Rows.FirstOrDefault(r => r.Code?.Digits == code && (panel == TablePanel.None || r.Panel == panel));
        Assert.True(row is not null, $"{table.Kind.ToName()}: 没有行 {code ?? label ?? "合计"}");
        Assert.Equal(expected, row![column!.Index].Text);
    }

    /// <summary>The sum of the 类 rows of a column against the total row, within the rounding of n+1 printed figures.</summary>
    public static void TotalIsSumOfClasses(BudgetTable table, string columnKey, TablePanel panel = TablePanel.None)
    {
        var column = table.Column(columnKey, panel)!;
        var total = table.TotalRow(panel);
        Assert.True(total is not null, $"{table.Kind.ToName()}: 没有合计行");
        var classes = table.Rows.Where(r => r.Code is { Level: CodeLevel.Class } && r.PrintedCode is null && (panel == TablePanel.None || r.Panel == panel)).ToList();
        var sum = classes.Sum(r => r[column.Index].Value);
        var tolerance = (classes.Count + 1) * total![column.Index].HalfUnit;
        Assert.True(Math.Abs(sum - total[column.Index].Value) <= tolerance,
            $"{table.Kind.ToName()} {column.Path}: 类合计 {sum} ≠ 总计 {total[column.Index].Text}");
    }
}
