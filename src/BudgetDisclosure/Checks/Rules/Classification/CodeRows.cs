using System.Text.RegularExpressions;
using BudgetDisclosure.Catalog;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>What the classification rules share: the coded rows of a table, and where a finding about one points.</summary>
internal static partial class CodeRows
{
    /// <summary>The column name a code finding's cell carries: the code and name columns, not an amount.</summary>
    public const string CodeColumn = "科目编码";

    public const string NameColumn = "科目名称";

    /// <summary>Rows keyed by a code: items, and the projects of the project table (which print their function code).</summary>
    public static IEnumerable<(int Index, TableRow Row)> Coded(BudgetTable table) =>
        table.Rows.Select((r, i) => (i, r)).Where(p => p.r.Code is not null && p.r.Kind is RowKind.Item or RowKind.Project);

    /// <summary>
    /// A row printed with the code of the row just above it but another name ("230 04 政府性基金转移支付" then
    /// "230 04 其他支出"): a lower level whose own digits were dropped. Projects repeat their code by design.
    /// </summary>
    public static bool RepeatsCodeAbove(BudgetTable table, int index)
    {
        var row = table.Rows[index];
        if (row.Kind != RowKind.Item || row.Code is null || index == 0) return false;
        var above = table.Rows[index - 1];
        return above.Kind == RowKind.Item && above.Code == row.Code && !ClassificationCatalog.SameName(above.Label, row.Label);
    }

    public static FindingLocation Location(BudgetTable table, TableRow row, string? code = null) =>
        new(row.Source) { Table = table.Kind, TableNumber = table.Number, Code = code ?? row.Code?.Digits ?? row.PrintedCode, Label = row.Label };

    public static CellRef Cell(BudgetTable table, TableRow row, string column) =>
        new(table.Kind, table.Number, row.Code?.Digits ?? row.PrintedCode ?? row.Label, column);

    /// <summary>A label that begins with digits the binder could not read as a code ("901 一般公共服务支出").</summary>
    public static string? LeadingDigits(string label)
    {
        var m = LeadingNumber().Match(label.Trim());
        return m.Success ? new string(m.Groups["d"].Value.Where(char.IsAsciiDigit).ToArray()) : null;
    }

    [GeneratedRegex(@"^(?<d>\d{3}(?:\s*\d{2}){0,2})\s*[^\d\s.,%％]")]
    private static partial Regex LeadingNumber();
}
