using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>
/// BD3008: last year's total is one figure. The 收入 section's sources and the 支出 section's 基本支出 + 项目支出 each
/// imply it (current − change, item by item); the two must meet within the rounding of every figure involved. Only
/// when each side states a change (or 持平) for every non-zero item it lists, and its items add up to its total.
/// </summary>
public sealed class PriorTotalsRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD3008", "收入与支出隐含的上年总额应一致",
        "收入预算说明隐含上年收入合计 {0} {2}，支出预算说明隐含上年支出合计 {1} {2}，相差 {3}（舍入容差 {4}）",
        RuleCategory.Narrative, Severity.Error,
        "Make the prior-year totals implied by income and expenditure agree",
        "The income section implies last year's total {0} {2}; the expenditure section implies {1} {2}; difference {3} (rounding tolerance {4})");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var d = context.Disclosure;
        var income = Side(d, SectionTopic.Income, TableKey.Income, c => c is not null && c != ColumnKeys.Total && c != ColumnKeys.FiscalSubtotal);
        var expenditure = Side(d, SectionTopic.Expenditure, TableKey.Expenditure, c => c is ColumnKeys.Basic or ColumnKeys.Project);
        if (income is null || expenditure is null)
        {
            context.NotApplicable(Rule, "收入或支出预算说明没有对每一项都给出比上年增减，无法推出上年总额。");
            return;
        }
        context.Evaluated(Rule);
        var (a, claimA) = income.Value;
        var (b, _) = expenditure.Value;
        if (a.Meets(b)) return;
        var unit = ClaimFigures.UnitOf(claimA);
        var tolerance = a.HalfWidth + b.HalfWidth;
        context.Report(new Finding(Rule, Rule.DefaultSeverity, ClaimFigures.Location(claimA),
            ClaimFigures.Show(a.Mid, unit), ClaimFigures.Show(b.Mid, unit), unit.ToText(), ClaimFigures.Show(a.Mid - b.Mid, unit), ClaimFigures.Show(tolerance, unit))
        {
            Expected = Math.Round(b.Mid / ClaimFigures.Factor(unit), 6),
            Actual = Math.Round(a.Mid / ClaimFigures.Factor(unit), 6),
            Difference = Math.Round((a.Mid - b.Mid) / ClaimFigures.Factor(unit), 6),
            Tolerance = Math.Round(tolerance / ClaimFigures.Factor(unit), 6),
        });
    }

    /// <summary>Σ (current − change) over a section's items, in yuan, with the claim that names the first item; null when incomplete.</summary>
    private static (Interval Prior, Claim First)? Side(Disclosure d, SectionTopic topic, TableKey table, Func<string?, bool> item)
    {
        var claims = d.Claims.Where(c => c.Topic == topic && c.Subject.Table == table && item(c.Subject.Column) && c.Value is { IsNumber: true })
            .GroupBy(c => c.Subject.Column).Select(g => g.First()).ToList();
        if (claims.Count < 2) return null;
        var prior = Interval.Exact(0m);
        var current = Interval.Exact(0m);
        foreach (var claim in claims)
        {
            var value = ClaimFigures.InYuan(claim.Value!.Value, ClaimFigures.UnitOf(claim));
            current += value;
            if (ClaimFigures.IsNotArranged(claim)) continue; // 未安排: nothing this year and nothing said of last year
            if (ClaimFigures.SignedDelta(claim) is not { } delta)
            {
                if (claim.Value!.Value.Value != 0m) return null;
                continue;
            }
            prior += value - delta;
        }
        // The items must make up the section's total, or the implied prior is not last year's total.
        var total = d.Claims.FirstOrDefault(c => c.Topic == topic && c.Subject.Table == table && c.Subject.Column == ColumnKeys.Total && c.Value is { IsNumber: true });
        if (total is not null && !ClaimFigures.InYuan(total.Value!.Value, ClaimFigures.UnitOf(total)).Meets(current)) return null;
        return (prior, claims[0]);
    }
}
