using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>
/// BD3003: the shares of one list that covers its whole total (收入 by source, 支出 基本/项目, 当年拨款结构 by class) add up
/// to 100% within the rounding of the shares.
/// </summary>
public sealed class StructureSumRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD3003", "结构占比之和应为 100%",
        "“{0}”所列 {1} 项占比之和为 {2}%，应为 100%，相差 {3}（舍入容差 {4}）{5}",
        RuleCategory.Narrative, Severity.Error,
        "Make the shares of a breakdown add up to 100%",
        "The {1} shares listed in '{0}' add up to {2}%, not 100%; difference {3} (rounding tolerance {4}){5}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var disclosure = context.Disclosure;
        var groups = disclosure.Claims.Where(c => c.Share is not null && c.Subject.Table is not null)
            .GroupBy(c => (c.Section, c.Subject.Table, HasCode: c.Subject.Code is not null))
            .Select(g => g.ToList()).Where(g => g.Count > 1).ToList();
        if (groups.Count == 0) { context.NotApplicable(Rule, "说明中没有成组列出的结构占比。"); return; }
        var partial = 0;
        foreach (var list in groups)
        {
            if (!CoversTotal(disclosure, list)) { partial++; continue; }
            context.Evaluated(Rule);
            var sum = list.Sum(c => c.Share!.Value.Value);
            var tolerance = list.Sum(c => 0.5m * Interval.Scale(c.Share!.Value.Decimals));
            var difference = sum - 100m;
            if (difference == 0m) continue;
            var within = Math.Abs(difference) <= tolerance;
            context.Report(new Finding(Rule, within ? Severity.Info : Rule.DefaultSeverity,
                ClaimFigures.Location(list[0]) with { Label = string.Join("、", list.Select(c => c.Subject.Name)), Code = null, Sentence = string.Join(" ", list.Select(c => c.Text).Distinct()) },
                list[0].Section, list.Count, TableArithmetic.Format(sum), TableArithmetic.Format(difference), TableArithmetic.Format(tolerance), Phrases.Rounding(within))
            {
                Expected = 100m,
                Actual = sum,
                Difference = difference,
                Tolerance = tolerance,
                Cells = [.. list.Select(c => ClaimFigures.Resolve(disclosure, c)).OfType<ClaimCell>().SelectMany(c => c.Cells)],
            });
        }
        if (partial > 0) context.NotApplicable(Rule, $"有 {partial} 组占比所列各项未覆盖全部总额，其和不必为 100%。");
    }

    /// <summary>The listed amounts add up to the base: otherwise the list is a selection and its shares need not sum to 100%.</summary>
    private static bool CoversTotal(Disclosure disclosure, List<Claim> list)
    {
        var bases = ShareRule.Bases(disclosure, list[0]);
        if (bases.Count == 0) return false;
        var parts = new Interval(0m, 0m);
        foreach (var claim in list)
        {
            var values = ShareRule.Values(disclosure, claim);
            if (values.Count == 0) return false;
            // The table's figure when there is one: a wrong narrative amount is BD3001's to report.
            parts += values[^1].Range;
        }
        return bases.Any(b => parts.Meets(b.Range));
    }
}
