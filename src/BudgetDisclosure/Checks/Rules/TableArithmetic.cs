using System.Globalization;
using System.Runtime.CompilerServices;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>Shared by the arithmetic rules: compare a printed cell with the printed cells it should add up from.</summary>
internal static class TableArithmetic
{
    /// <summary>The tables whose rows are keyed by classification code.</summary>
    public static bool IsCoded(TableKind kind) => kind is TableKind.Income or TableKind.Expenditure or TableKind.GeneralPublicExpenditure
        or TableKind.GeneralPublicBasicExpenditure or TableKind.GeneralPublicProjectExpenditure or TableKind.GovernmentFundExpenditure
        or TableKind.StateCapitalExpenditure;

    public static string RowName(TableRow row) => row.Code?.Digits ?? (row.Label.Length > 0 ? row.Label : "合计");


    /// <summary>The table's prevailing precision, worked out once per table (every comparison in it needs it).</summary>
    public static int Decimals(BudgetTable table) =>
        Precision.GetValue(table, static t => new StrongBox<int>(SumComparison.PrevailingDecimals(t.Rows.SelectMany(r => r.Cells).Select(c => c.Amount)))).Value;

    private static readonly ConditionalWeakTable<BudgetTable, StrongBox<int>> Precision = [];

    public static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reports when the cell at <paramref name="row"/> and <paramref name="column"/> differs from the sum of <paramref name="parts"/>: an error beyond
    /// rounding, an info within it. Returns false when nothing was printed to compare.
    /// </summary>
    public static bool Compare(CheckContext context, RuleDescriptor rule, BudgetTable table, TableRow row, TableColumn column,
        IReadOnlyList<(TableRow Row, TableColumn Column)> parts, string partsDescription)
    {
        var total = row[column.Index];
        var partAmounts = new Amount[parts.Count];
        var anyPrinted = total.IsPrinted;
        var unreadable = total.State == AmountState.Unreadable;
        for (var i = 0; i < parts.Count; i++)
        {
            var a = partAmounts[i] = parts[i].Row[parts[i].Column.Index];
            anyPrinted |= a.IsPrinted;
            unreadable |= a.State == AmountState.Unreadable;
        }
        if (!anyPrinted || unreadable) return false;
        context.Evaluated(rule);
        var comparison = SumComparison.Of(total, partAmounts, Decimals(table));
        if (!comparison.Differs) return true;
        var severity = comparison.BeyondRounding ? rule.DefaultSeverity : Severity.Info;
        var message = rule.Format(table.Title, RowName(row), column.Path, total.IsPrinted ? total.Text : "（空）",
            partsDescription, Format(comparison.Computed), Format(comparison.Difference), Format(comparison.Tolerance));
        if (!comparison.BeyondRounding) message += "（在舍入误差范围内）";
        context.Report(new Finding(rule, severity, message, new FindingLocation(row.Cells.FirstOrDefault(c => c.Column == column.Index)?.Source ?? row.Source)
        {
            Table = table.Kind,
            TableNumber = table.Number,
            Code = row.Code?.Digits,
            Label = row.Label,
            Column = column.Path,
        })
        {
            Expected = comparison.Computed,
            Actual = total.Value,
            Difference = comparison.Difference,
            Tolerance = comparison.Tolerance,
            Cells = [CellRef.Of(table, row, column), .. parts.Select(p => CellRef.Of(table, p.Row, p.Column))],
        });
        return true;
    }
}
