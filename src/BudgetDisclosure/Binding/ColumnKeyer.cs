using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Binding;

/// <summary>
/// Names amount columns with the stable keys of <see cref="ColumnKeys"/> from their header paths. The leaf header
/// decides; a group header above it decides between 小计 columns and between same-named columns of different groups.
/// </summary>
internal static class ColumnKeyer
{
    public static string? KeyOf(IReadOnlyList<string> path, TableKey kind, Template? template = null)
    {
        if (path.Count == 0) return null;
        template ??= TemplateCatalog.National;
        var groups = template.ColumnGroupsOf(kind);
        var leaf = path[^1];
        var parent = path.Count > 1 ? path[^2] : "";
        var leafKey = Token(leaf, kind, template);
        if (leafKey == ColumnKeys.Subtotal)
        {
            var parentKey = Token(parent, kind, template);
            if (parentKey == "fiscal") return ColumnKeys.FiscalSubtotal;
            // 基本支出 over 小计 / 人员支出 / 公用支出: its 小计 is the basic-expenditure total, unless 基本支出 is one of
            // the leaves a grouped table repeats under each group.
            if (parentKey == ColumnKeys.Basic && groups.Count == 0) return ColumnKeys.Basic;
            return parentKey is null ? ColumnKeys.Subtotal : parentKey + "." + ColumnKeys.Subtotal;
        }
        if (leafKey is not null && (leafKey is ColumnKeys.Personnel or ColumnKeys.PublicFunds or ColumnKeys.Basic or ColumnKeys.Project) && groups.Count > 0)
        {
            // A grouped table (the carry-over table) repeats 基本支出/人员经费/公用经费/项目支出 under each group.
            var group = path.Select(p => Token(p, kind, template)).FirstOrDefault(t => t is not null && groups.Contains(t));
            return group is null ? leafKey : group + "." + leafKey;
        }
        if (leafKey == "fiscal") return ColumnKeys.FiscalSubtotal;
        return leafKey;
    }

    /// <summary>The header's token under the template's column vocabulary, brackets folded to ASCII first.</summary>
    private static string? Token(string header, TableKey kind, Template template) =>
        template.ColumnTokenOf(header.Replace('（', '(').Replace('）', ')'), kind);
}
