using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>
/// BD3005: every claim implies last year's figure (amount − change). Two claims about the same subject in the same scope —
/// the same table, code and column, or the same named figure — imply the same figure. Claims of different scopes
/// (支出预算 of all funds, 一般公共预算当年拨款 of this year's general public budget) are never compared.
/// </summary>
public sealed class PriorFigureConsistencyRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD3005", "同一项目隐含的上年数应前后一致",
        "“{0}”：本句隐含上年数 {1}（{2}），而{3}“{4}”隐含上年数 {5}，相差 {6}（舍入容差 {7}）",
        RuleCategory.Narrative, Severity.Error,
        "Imply one prior-year figure per subject",
        "'{0}': this sentence implies last year's {1} ({2}); {3}, '{4}' implies {5}; difference {6} (rounding tolerance {7})");

    public override RuleDescriptor Descriptor => Rule;

    internal sealed record Implied(Claim Claim, Interval Current, Interval Delta, Interval Prior);

    public override void Check(CheckContext context)
    {
        var disclosure = context.Disclosure;
        var groups = disclosure.Claims
            .Where(c => c.Change is { } ch && ClaimFigures.ComparesWithBudget(ch) && ClaimFigures.SignedDelta(c) is not null && ClaimFigures.SubjectKey(c.Subject) is not null)
            .GroupBy(c => ClaimFigures.SubjectKey(c.Subject)!)
            .Where(g => g.Count() > 1).ToList();
        if (groups.Count == 0) { context.NotApplicable(Rule, "说明中没有对同一项目两次给出比上年增减。"); return; }
        foreach (var group in groups)
        {
            var claims = group.ToList();
            var first = claims[0];
            var firstImplied = ImpliedPriors(disclosure, first);
            if (firstImplied.Count == 0) continue;
            foreach (var other in claims.Skip(1))
            {
                var implied = ImpliedPriors(disclosure, other);
                if (implied.Count == 0) continue;
                context.Evaluated(Rule);
                if (firstImplied.Any(a => implied.Any(b => a.Prior.Meets(b.Prior)))) continue;
                var (x, y) = (implied[0], firstImplied[0]);
                var unit = ClaimFigures.UnitOf(other);
                var difference = x.Prior.Mid - y.Prior.Mid;
                var tolerance = x.Prior.HalfWidth + y.Prior.HalfWidth;
                context.Report(new Finding(Rule, Rule.DefaultSeverity, ClaimFigures.Location(other),
                    other.Subject.Name, ClaimFigures.Show(x.Prior.Mid, unit), ClaimFigures.ShowPrior(x.Current, x.Delta, unit),
                    first.Source.PlaceInWords, first.Text, ClaimFigures.Show(y.Prior.Mid, unit), ClaimFigures.Show(difference, unit), ClaimFigures.Show(tolerance, unit))
                {
                    Expected = y.Prior.Mid / ClaimFigures.Factor(unit),
                    Actual = x.Prior.Mid / ClaimFigures.Factor(unit),
                    Difference = difference / ClaimFigures.Factor(unit),
                    Tolerance = tolerance / ClaimFigures.Factor(unit),
                    Cells = ClaimFigures.Resolve(disclosure, other)?.Cells ?? [],
                });
            }
        }
    }

    /// <summary>Last year's figure the claim implies, for each figure its amount may be read as (stated, printed in the table).</summary>
    internal static List<Implied> ImpliedPriors(Disclosure disclosure, Claim claim)
    {
        if (ClaimFigures.SignedDelta(claim) is not { } delta) return [];
        return [.. ClaimFigures.CurrentCandidates(disclosure, claim).Select(c => new Implied(claim, c, delta, c - delta))];
    }
}
