using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>BD3007: what the narrative says is 未安排 has no amount in the table.</summary>
public sealed class NotArrangedRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD3007", "说明为“未安排”的项目表中不应有金额",
        "“{0}”：说明称未安排，{1}中{2}为 {3} {4}",
        RuleCategory.Narrative, Severity.Error,
        "Do not call an item not arranged when the table has an amount",
        "'{0}': the narrative says it is not arranged, but {1}, {2} is {3} {4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var disclosure = context.Disclosure;
        var claims = disclosure.Claims.Where(ClaimFigures.IsNotArranged).ToList();
        if (claims.Count == 0) { context.NotApplicable(Rule, "说明中没有“未安排”的表述。"); return; }
        var missing = 0;
        foreach (var claim in claims)
        {
            var cell = ClaimFigures.Resolve(disclosure, claim);
            if (cell is null)
            {
                // The table is there but prints no such column (or is published empty): it shows nothing for the item.
                if (claim.Subject.Table is { } kind && disclosure.Table(kind) is { } table
                    && (ClaimFigures.DeclaredEmpty(disclosure, claim.Subject) is not null || claim.Subject.Column is { } key && table.Column(key) is null))
                    context.Evaluated(Rule);
                else missing++;
                continue;
            }
            if (cell.AnyUnreadable) continue;
            context.Evaluated(Rule);
            var printed = cell.Interval;
            if (printed.Mid == 0m) continue;
            var unit = ClaimFigures.UnitOf(claim);
            context.Report(new Finding(Rule, Rule.DefaultSeverity, ClaimFigures.Location(claim),
                claim.Subject.Name, cell.Table.Title, cell.Description, ClaimFigures.Show(printed.Mid, unit), unit.ToText())
            {
                Expected = printed.Mid / ClaimFigures.Factor(unit),
                Actual = 0m,
                Difference = -printed.Mid / ClaimFigures.Factor(unit),
                Tolerance = 0m,
                Cells = cell.Cells,
            });
        }
        if (missing > 0) context.NotChecked(Rule, $"有 {missing} 处“未安排”找不到对应的表格。");
    }
}
