using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>BD1002: the total row = Σ 类 rows (or Σ projects) in every amount column.</summary>
public sealed class TotalRowSumRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD1002", "合计行应等于各类之和",
        "{0}的{1}行“{2}”为 {3}，{4}之和为 {5}，相差 {6}（舍入容差 {7}）{8}",
        RuleCategory.Arithmetic, Severity.Error,
        "Make the total row equal the sum of the class rows",
        "In {0}, the {1} row's '{2}' is {3}; the sum of {4} is {5}, a difference of {6} (rounding tolerance {7}){8}");

    public override RuleDescriptor Descriptor => Rule;

    private static readonly LocalizedText Classes = new("各类", "the classes");
    private static readonly LocalizedText Projects = new("各项目", "the projects");

    public override void Check(CheckContext context)
    {
        foreach (var table in context.Disclosure.Tables)
        {
            var coded = TableArithmetic.IsCoded(context, table.Kind);
            var twoSided = TableArithmetic.IsTwoSided(context, table.Kind);
            if (!coded && !twoSided) continue;
            var panel = twoSided ? TablePanel.Expenditure : TablePanel.None;
            var total = table.TotalRow(panel);
            if (total is null)
            {
                if (table.Rows.Count == 0) context.NotApplicable(Rule, $"{table.Title}为空表。");
                else context.NotChecked(Rule, $"{table.Title}没有合计行。");
                continue;
            }
            var rows = table.Rows.Where(r => r.Panel == panel).ToList();
            var classes = rows.Where(r => r.Kind == RowKind.Item && r.Code is { Level: CodeLevel.Class } && r.PrintedCode is null).DistinctBy(r => r.Code!.Digits).ToList();
            var description = Classes;
            if (classes.Count == 0)
            {
                classes = rows.Where(r => r.Kind == RowKind.Project).ToList();
                description = Projects;
            }
            if (classes.Count == 0) continue;
            foreach (var column in table.Columns.Where(c => c.Panel == panel))
                TableArithmetic.CompareRows(context, Rule, table, total, column, classes, description);
        }
    }
}
