using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>BD1001: 类 = Σ款, 款 = Σ项 in every amount column of every coded table; in the project table, each code = Σ its projects.</summary>
public sealed class HierarchySumRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD1001", "上级科目应等于下级科目之和",
        "{0}中科目 {1} 的“{2}”为 {3}，{4}之和为 {5}，相差 {6}（舍入容差 {7}）{8}",
        RuleCategory.Arithmetic, Severity.Error,
        "Make a parent code equal the sum of its children",
        "In {0}, code {1} column '{2}' is {3}; the sum of {4} is {5}, a difference of {6} (rounding tolerance {7}){8}");

    public override RuleDescriptor Descriptor => Rule;

    private static readonly LocalizedText Projects = new("其下项目", "its projects");
    private static readonly LocalizedText Children = new("下级科目", "its children");

    public override void Check(CheckContext context)
    {
        foreach (var table in context.Disclosure.Tables.Where(t => TableArithmetic.IsCoded(context, t.Kind)))
        {
            if (table.Rows.Count == 0) { context.NotApplicable(Rule, $"{table.Title}为空表。"); continue; }
            var items = table.Rows.Where(r => r.Kind == RowKind.Item && r.Code is not null).ToList();
            var projects = table.Rows.Where(r => r.Kind == RowKind.Project && r.Code is not null).ToList();
            // Children by parent code, worked out once: 类 → its 款, 款 → its 项 (first row of each code).
            var byParent = items.DistinctBy(r => r.Code!.Digits).Where(r => r.Code!.Digits.Length > 3)
                .GroupBy(r => r.Code!.Digits[..^2], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var parent in items.DistinctBy(r => r.Code!.Digits))
            {
                List<TableRow> children;
                LocalizedText description;
                if (table.Kind == TableKey.GeneralPublicProjectExpenditure && projects.Count > 0)
                {
                    children = projects.Where(p => p.Code!.Digits.StartsWith(parent.Code!.Digits, StringComparison.Ordinal)).ToList();
                    description = Projects;
                }
                else
                {
                    children = byParent.GetValueOrDefault(parent.Code!.Digits) ?? [];
                    description = Children;
                }
                if (children.Count == 0) continue;
                foreach (var column in table.Columns)
                    TableArithmetic.CompareRows(context, Rule, table, parent, column, children, description);
            }
        }
    }
}
