using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>One side of a cross-table identity: a cell, or a sum of cells, of one table.</summary>
internal sealed record CellSum(BudgetTable Table, IReadOnlyList<(TableRow Row, TableColumn Column)> Cells, LocalizedText Description)
{
    public static CellSum? Of(BudgetTable? table, TableRow? row, TableColumn? column, LocalizedText description) =>
        table is null || row is null || column is null ? null : new CellSum(table, [(row, column)], description);

    public static CellSum? Of(BudgetTable? table, TableRow? row, IEnumerable<TableColumn?> columns, LocalizedText description)
    {
        if (table is null || row is null) return null;
        var cells = columns.OfType<TableColumn>().Select(c => (row, c)).ToList();
        return cells.Count == 0 ? null : new CellSum(table, cells, description);
    }

    public IEnumerable<Amount> Amounts => Cells.Select(c => c.Row[c.Column.Index]);

    public bool AnyPrinted => Amounts.Any(a => a.IsPrinted);

    public bool AnyUnreadable => Amounts.Any(a => a.State == AmountState.Unreadable);

    public decimal Value => Amounts.Sum(a => a.Value);

    public LocalizedText Printed => Cells.Count == 1 ? Phrases.Printed(Amounts.First()) : LocalizedText.Verbatim(TableArithmetic.Format(Value));
}

/// <summary>Compares what two tables print for the same figure, within the rounding of both.</summary>
internal static class CrossTable
{
    /// <summary>
    /// Reports when <paramref name="restated"/> differs from <paramref name="source"/>. The finding points at the
    /// restating side. Returns false when there was nothing to compare.
    /// </summary>
    public static bool Compare(CheckContext context, RuleDescriptor rule, CellSum? source, CellSum? restated, Severity? severityBeyondRounding = null)
    {
        if (source is null || restated is null) return false;
        if (!source.AnyPrinted && !restated.AnyPrinted) return false;
        if (source.AnyUnreadable || restated.AnyUnreadable) return false;
        context.Evaluated(rule);
        var decimals = Math.Max(TableArithmetic.Decimals(source.Table), TableArithmetic.Decimals(restated.Table));
        var tolerance = source.Amounts.Concat(restated.Amounts).Sum(a => SumComparison.HalfUnit(a, decimals));
        var difference = restated.Value - source.Value;
        if (difference == 0m) return true;
        var beyond = Math.Abs(difference) > tolerance;
        // The finding points at the restating side; when that side prints nothing at all (a table published empty,
        // a row left out), at the figure it should have restated. (One side has a cell: both empty returned above.)
        var at = restated.Cells.Count > 0 ? restated : source;
        var (row, column) = at.Cells[0];
        var location = new FindingLocation(row.Cells.FirstOrDefault(c => c.Column == column.Index)?.Source ?? row.Source)
        {
            Table = at.Table.Kind,
            TableNumber = at.Table.Number,
            Code = row.Code?.Digits,
            Label = row.Label,
            Column = column.Path,
        };
        context.Report(new Finding(rule, beyond ? severityBeyondRounding ?? rule.DefaultSeverity : Severity.Info, location,
            restated.Table.Title, restated.Description, restated.Printed, source.Table.Title, source.Description, source.Printed,
            TableArithmetic.Format(difference), TableArithmetic.Format(tolerance), Phrases.Rounding(!beyond))
        {
            Expected = source.Value,
            Actual = restated.Value,
            Difference = difference,
            Tolerance = tolerance,
            Cells = [.. source.Cells.Select(c => CellRef.Of(source.Table, c.Row, c.Column)), .. restated.Cells.Select(c => CellRef.Of(restated.Table, c.Row, c.Column))],
        });
        return true;
    }

    /// <summary>The first row whose label, squeezed and without its numbering, starts with one of <paramref name="names"/>.</summary>
    public static TableRow? RowByLabel(BudgetTable table, TablePanel panel, params string[] names)
    {
        foreach (var row in table.Rows.Where(r => r.Panel == panel))
        {
            var label = TextNormalizer.StripNumbering(TextNormalizer.Squeeze(row.Label));
            if (names.Any(n => label == n)) return row;
        }
        return null;
    }

    /// <summary>
    /// True when a code stands on several rows: the table crosses function and economic codes (such a 支出总表 lists
    /// 2101501 once per economic class), so its rows are not one per function code and compare code by code with nothing.
    /// </summary>
    public static bool CrossesClassifications(BudgetTable table)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
            if (row.Kind == RowKind.Item && row.Code is not null && row.PrintedCode is null && !seen.Add(row.Code.Digits)) return true;
        return false;
    }

    /// <summary>The 类 rows of a table (or panel), by code, first occurrence.</summary>
    public static Dictionary<string, TableRow> ByCode(BudgetTable table, TablePanel panel = TablePanel.None, CodeLevel? level = null)
    {
        var map = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
            if (row.Code is not null && row.Kind == RowKind.Item && (panel == TablePanel.None || row.Panel == panel) && (level is null || row.Code.Level == level))
                map.TryAdd(row.Code.Digits, row);
        return map;
    }
}
