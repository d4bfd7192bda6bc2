using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>
/// BD1101: a row's total equals its component columns — 合计 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费;
/// 总计 = 财政拨款小计 + 财政专户 + 单位资金 + 结转; 财政拨款小计 = Σ budget types; 项目支出合计 = Σ economic classes;
/// "三公" 合计 = Σ funding sources.
/// </summary>
public sealed class RowComponentsRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD1101", "行合计应等于其组成各列之和",
        "{0}中 {1} 行的“{2}”为 {3}，{4}之和为 {5}，相差 {6}（舍入容差 {7}）{8}",
        RuleCategory.Arithmetic, Severity.Error,
        "Make a row's total equal the sum of its component columns",
        "In {0}, row {1} column '{2}' is {3}; the sum of {4} is {5}, a difference of {6} (rounding tolerance {7}){8}");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>支出总表's columns besides 基本支出 and 项目支出 that its 合计 includes, when a template keys them.</summary>
    private static readonly string[] ExpenditureOthers =
        [ColumnKeys.BusinessOperations, ColumnKeys.Remittance, ColumnKeys.SubsidiaryGrants, ColumnKeys.Reserve, ColumnKeys.CarryForward];

    private static readonly string[] BudgetTypes =
    [
        ColumnKeys.GeneralPublic, ColumnKeys.GeneralPublicTransfer, ColumnKeys.GovernmentFund,
        ColumnKeys.GovernmentFundTransfer, ColumnKeys.StateCapital, ColumnKeys.StateCapitalTransfer,
    ];

    private static readonly string[] Sources = [ColumnKeys.GeneralPublic, ColumnKeys.GovernmentFund, ColumnKeys.StateCapital];

    /// <summary>The identities of each table kind: a total column and the columns that make it up.</summary>
    internal static IEnumerable<(string Total, string[] Parts, TablePanel Panel)> Identities(BudgetTable table)
    {
        var kind = table.Kind;
        if (kind == TableKey.Expenditure)
            yield return (ColumnKeys.Total, [ColumnKeys.Basic, ColumnKeys.Project, .. ExpenditureOthers.Where(k => table.Column(k) is not null)], TablePanel.None);
        else if (kind == TableKey.GeneralPublicExpenditure)
            yield return (ColumnKeys.Total, [ColumnKeys.Basic, ColumnKeys.Project], TablePanel.None);
        else if (kind.IsAny(TableKey.GovernmentFundExpenditure, TableKey.StateCapitalExpenditure))
        {
            if (table.Column(ColumnKeys.Basic) is not null)
                yield return (ColumnKeys.Total, [ColumnKeys.Basic, ColumnKeys.Project], TablePanel.None);
            else
                yield return (ColumnKeys.Total, [ColumnKeys.Personnel, ColumnKeys.PublicFunds, ColumnKeys.Project], TablePanel.None);
        }
        else if (kind == TableKey.GeneralPublicBasicExpenditure)
            yield return (ColumnKeys.Total, [ColumnKeys.Personnel, ColumnKeys.PublicFunds], TablePanel.None);
        else if (kind == TableKey.Income)
        {
            // 合计 | 本年收入 (小计 | sources …) | 上年结转结余 (小计 | sources …): each group checked by SubtotalGroups.
            if (table.Column(ColumnKeys.FiscalSubtotal) is null && SubtotalGroups(table) is { Count: >= 2 }) yield break;
            yield return (ColumnKeys.Total, [ColumnKeys.FiscalSubtotal, ColumnKeys.SpecialAccount, ColumnKeys.UnitFunds, ColumnKeys.FiscalCarryover, ColumnKeys.NonFiscalCarryover], TablePanel.None);
            yield return (ColumnKeys.FiscalSubtotal, BudgetTypes, TablePanel.None);
        }
        else if (kind == TableKey.GeneralPublicProjectExpenditure)
            yield return (ColumnKeys.Total, [.. table.Columns.Select(c => c.Key).OfType<string>().Where(k => k.StartsWith("econ_", StringComparison.Ordinal))], TablePanel.None);
        else if (kind.IsAny(TableKey.ThreePublicExpenses, TableKey.EntrustedBusinessFees))
            yield return (ColumnKeys.Total, Sources, TablePanel.None);
        else if (kind == TableKey.FiscalAppropriationSummary)
            yield return (ColumnKeys.Total, Sources, TablePanel.Expenditure);
        else if (kind == TableKey.PriorYearCarryover)
        {
            yield return (ColumnKeys.Total, [ColumnKeys.FiscalSubtotal, "nonfiscal." + ColumnKeys.Subtotal], TablePanel.None);
            yield return (ColumnKeys.FiscalSubtotal, ["fiscal." + ColumnKeys.Personnel, "fiscal." + ColumnKeys.PublicFunds, "fiscal." + ColumnKeys.Project], TablePanel.None);
            yield return ("nonfiscal." + ColumnKeys.Subtotal, ["nonfiscal." + ColumnKeys.Personnel, "nonfiscal." + ColumnKeys.PublicFunds, "nonfiscal." + ColumnKeys.Project], TablePanel.None);
        }
    }

    /// <summary>
    /// An income table split into groups that each open with their own 小计 (本年收入 and 上年结转结余), each 小计
    /// with the columns up to the next 小计 or the table's end; empty when the 小计 columns do not follow the 合计 column.
    /// </summary>
    internal static List<(TableColumn Subtotal, List<TableColumn> Parts)> SubtotalGroups(BudgetTable table)
    {
        var total = table.Column(ColumnKeys.Total);
        var amounts = table.Columns.Where(c => c.Key is not null || c.HeaderPath.Count > 0).OrderBy(c => c.Index).ToList();
        var groups = new List<(TableColumn, List<TableColumn>)>();
        if (total is null) return groups;
        foreach (var column in amounts.Where(c => c.Index > total.Index))
        {
            if (column.Key == ColumnKeys.Subtotal) groups.Add((column, []));
            else if (groups.Count > 0) groups[^1].Item2.Add(column);
            else return []; // a column between 合计 and the first 小计: not this layout
        }
        return groups;
    }

    /// <summary>Amount columns of an income table that carry amounts but no key: sources outside the identity.</summary>
    private static List<string> UnnamedSources(BudgetTable table) =>
        [.. table.Columns.Where(c => c.Key is null && table.Rows.Any(r => r[c.Index].IsNumber && r[c.Index].Value != 0m)).Select(c => c.HeaderPath.Count == 0 ? "" : c.HeaderPath[^1])];

    private static void CheckSubtotalGroups(CheckContext context, BudgetTable table, List<(TableColumn Subtotal, List<TableColumn> Parts)> groups)
    {
        if (table.Rows.Count == 0) { context.NotApplicable(Rule, $"{table.Title}为空表。"); return; }
        var total = table.Column(ColumnKeys.Total)!;
        var subtotals = groups.Select(g => g.Subtotal).ToList();
        var description = LocalizedText.Verbatim(string.Join(" + ", subtotals.Select(Name)));
        // Each group's description is the same for every row: written once, not once a row.
        var described = groups.Where(g => g.Parts.Count > 0).Select(g => (g.Subtotal, g.Parts, Description: LocalizedText.Verbatim(string.Join(" + ", g.Parts.Select(Name))))).ToList();
        foreach (var row in table.Rows)
        {
            TableArithmetic.CompareColumns(context, Rule, table, row, total, subtotals, description);
            foreach (var (subtotal, parts, partsDescription) in described)
                TableArithmetic.CompareColumns(context, Rule, table, row, subtotal, parts, partsDescription);
        }

        static string Name(TableColumn column) => column.HeaderPath.Count == 0 ? "" : string.Concat(column.HeaderPath.TakeLast(2));
    }

    public override void Check(CheckContext context)
    {
        foreach (var table in context.Disclosure.Tables)
        {
            if (table.Kind == TableKey.Income && table.Column(ColumnKeys.FiscalSubtotal) is null && SubtotalGroups(table) is { Count: >= 2 } groups)
                CheckSubtotalGroups(context, table, groups);
            foreach (var (totalKey, partKeys, panel) in Identities(table))
            {
                var total = table.Column(totalKey, panel);
                var parts = partKeys.Select(k => table.Column(k, panel)).OfType<TableColumn>().ToList();
                if (total is null || parts.Count < 2) continue;
                if (table.Rows.Count == 0) { context.NotApplicable(Rule, $"{table.Title}为空表。"); continue; }
                if (totalKey == ColumnKeys.Total && table.Kind == TableKey.Income && UnnamedSources(table) is { Count: > 0 } unnamed)
                {
                    // Templates that break 单位资金 down (事业收入, 其他收入, 上级补助收入 …) have sources the
                    // identity does not name: the named columns alone need not add up to the total.
                    context.NotApplicable(Rule, $"{table.Title}另列有收入来源“{string.Join("、", unnamed)}”，合计不按财政拨款、财政专户、单位资金和结转核对。");
                    continue;
                }
                var description = LocalizedText.Verbatim(string.Join(" + ", parts.Select(p => p.HeaderPath[^1])));
                foreach (var row in table.Rows.Where(r => panel == TablePanel.None || r.Panel == panel))
                    TableArithmetic.CompareColumns(context, Rule, table, row, total, parts, description);
            }
        }
    }
}
