using System.Globalization;
using System.Runtime.CompilerServices;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>Shared by the arithmetic rules: compare a printed cell with the printed cells it should add up from.</summary>
internal static class TableArithmetic
{
    /// <summary>The template keys the table's rows by a classification whose 类/款/项 rows add up.</summary>
    public static bool IsCoded(CheckContext context, TableKey kind) => context.Template.IsCoded(kind);

    /// <summary>The template prints the table as 收入 | 支出 side by side.</summary>
    public static bool IsTwoSided(CheckContext context, TableKey kind) => context.Template.IsTwoSided(kind);

    /// <summary>A row as a message names it: its code, else its label, else (a total row printed without one) 合计.</summary>
    public static LocalizedText RowName(TableRow row) =>
        row.Code?.Digits is { } code ? LocalizedText.Verbatim(code) : row.Label.Length > 0 ? LocalizedText.Verbatim(row.Label) : Phrases.Total;

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
        IReadOnlyList<(TableRow Row, TableColumn Column)> parts, LocalizedText partsDescription)
    {
        var amounts = new Amount[parts.Count];
        for (var i = 0; i < parts.Count; i++) amounts[i] = parts[i].Row[parts[i].Column.Index];
        return Compare(context, rule, table, row, column, amounts, partsDescription, new PartCells(parts, null, null));
    }

    /// <summary><see cref="Compare(CheckContext, RuleDescriptor, BudgetTable, TableRow, TableColumn, IReadOnlyList{ValueTuple{TableRow, TableColumn}}, LocalizedText)"/> of rows in <paramref name="column"/>, their sum against <paramref name="row"/>'s cell.</summary>
    public static bool CompareRows(CheckContext context, RuleDescriptor rule, BudgetTable table, TableRow row, TableColumn column,
        IReadOnlyList<TableRow> parts, LocalizedText partsDescription)
    {
        var amounts = new Amount[parts.Count];
        for (var i = 0; i < parts.Count; i++) amounts[i] = parts[i][column.Index];
        return Compare(context, rule, table, row, column, amounts, partsDescription, new PartCells(null, parts, null));
    }

    /// <summary><see cref="Compare(CheckContext, RuleDescriptor, BudgetTable, TableRow, TableColumn, IReadOnlyList{ValueTuple{TableRow, TableColumn}}, LocalizedText)"/> of columns of <paramref name="row"/>, their sum against its <paramref name="column"/>.</summary>
    public static bool CompareColumns(CheckContext context, RuleDescriptor rule, BudgetTable table, TableRow row, TableColumn column,
        IReadOnlyList<TableColumn> parts, LocalizedText partsDescription)
    {
        var amounts = new Amount[parts.Count];
        for (var i = 0; i < parts.Count; i++) amounts[i] = row[parts[i].Index];
        return Compare(context, rule, table, row, column, amounts, partsDescription, new PartCells(null, null, parts));
    }

    /// <summary>
    /// The cells added up, in one of three shapes. Arithmetic rules compare thousands of sums that hold; the shapes
    /// let them pass their rows or columns as they have them, and the cell references are made only for a finding.
    /// </summary>
    private readonly record struct PartCells(IReadOnlyList<(TableRow Row, TableColumn Column)>? Pairs, IReadOnlyList<TableRow>? Rows, IReadOnlyList<TableColumn>? Columns);

    private static bool Compare(CheckContext context, RuleDescriptor rule, BudgetTable table, TableRow row, TableColumn column,
        Amount[] partAmounts, LocalizedText partsDescription, PartCells parts)
    {
        var total = row[column.Index];
        var anyPrinted = total.IsPrinted;
        var unreadable = total.State == AmountState.Unreadable;
        foreach (var a in partAmounts)
        {
            anyPrinted |= a.IsPrinted;
            unreadable |= a.State == AmountState.Unreadable;
        }
        if (!anyPrinted || unreadable) return false;
        context.Evaluated(rule);
        var comparison = SumComparison.Of(total, partAmounts.AsSpan(), Decimals(table));
        if (!comparison.Differs)
        {
            context.Identity(table);
            return true;
        }
        var finding = Report(context, rule, table, row, column, total, comparison, partsDescription, parts);
        context.Identity(table, comparison.BeyondRounding ? finding : null);
        return true;
    }

    private static Finding Report(CheckContext context, RuleDescriptor rule, BudgetTable table, TableRow row, TableColumn column,
        Amount total, SumComparison comparison, LocalizedText partsDescription, PartCells parts)
    {
        var severity = comparison.BeyondRounding ? rule.DefaultSeverity : Severity.Info;
        var partCells = parts.Pairs?.Select(p => CellRef.Of(table, p.Row, p.Column))
            ?? parts.Rows?.Select(r => CellRef.Of(table, r, column))
            ?? parts.Columns!.Select(c => CellRef.Of(table, row, c));
        var location = new FindingLocation(row.Cells.FirstOrDefault(c => c.Column == column.Index)?.Source ?? row.Source)
        {
            Table = table.Kind,
            TableNumber = table.Number,
            Code = row.Code?.Digits,
            Label = row.Label,
            Column = column.Path,
        };
        var finding = new Finding(rule, severity, location, table.Title, RowName(row), column.Path, Phrases.Printed(total), partsDescription,
            Format(comparison.Computed), Format(comparison.Difference), Format(comparison.Tolerance), Phrases.Rounding(!comparison.BeyondRounding))
        {
            Expected = comparison.Computed,
            Actual = total.Value,
            Difference = comparison.Difference,
            Tolerance = comparison.Tolerance,
            Cells = [CellRef.Of(table, row, column), .. partCells],
        };
        context.Report(finding);
        return finding;
    }
}
