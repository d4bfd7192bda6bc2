using System.Text.RegularExpressions;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>
/// BD3004: "比上年增加 A，增长 B%" holds together: B = A ÷ (amount − A) × 100 within rounding, the two direction words agree,
/// 持平 carries no change. A new item (last year 0) written "增长100%" follows the convention and passes.
/// </summary>
public sealed partial class YearOnYearRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD3004", "增减幅度应与增减额一致",
        "“{0}”：说明称比上年{1} {2} {3}、{4} {5}，按上年数 {6}（{7}）计算幅度应为 {8}（可取范围 {9}–{10}）",
        RuleCategory.Narrative, Severity.Error,
        "Make the rate of change match the change",
        "'{0}': the narrative says {1} {2} {3}, {4} {5}; from last year's {6} ({7}) the rate is {8} (range {9}–{10})");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var disclosure = context.Disclosure;
        var changes = disclosure.Claims.Where(c => c.Change is not null).ToList();
        if (changes.Count == 0) { context.NotApplicable(Rule, "说明中没有比上年增减的表述。"); return; }
        var incomplete = 0;
        foreach (var claim in changes)
        {
            var change = claim.Change!;
            if (change.Direction == ChangeDirection.Flat) { CheckFlat(context, claim, change); continue; }
            if (ContradictoryWords(claim) is { } words)
            {
                context.Evaluated(Rule);
                context.Report(new Finding(Rule, Rule.DefaultSeverity,
                    $"“{claim.Subject.Name}”：同一句中增减方向自相矛盾（“{words.Amount}”与“{words.Rate}”）", ClaimFigures.Location(claim))
                { Cells = CellsOf(disclosure, claim) });
                continue;
            }
            if (change.Delta is not { IsNumber: true } || change.Rate is not { } rate) { incomplete++; continue; }
            var currents = ClaimFigures.CurrentCandidates(disclosure, claim);
            if (currents.Count == 0) { incomplete++; continue; }
            context.Evaluated(Rule);
            CheckRate(context, claim, change, rate, currents);
        }
        if (incomplete > 0) context.NotChecked(Rule, $"有 {incomplete} 处增减表述缺少增减额、幅度或本年数，无法核对幅度。");
    }

    private static void CheckFlat(CheckContext context, Claim claim, YearOnYearChange change)
    {
        context.Evaluated(Rule);
        var delta = change.Delta is { IsNumber: true } d ? d.Value : 0m;
        var rate = change.Rate?.Value ?? 0m;
        if (delta == 0m && rate == 0m) return;
        context.Report(new Finding(Rule, Rule.DefaultSeverity,
            $"“{claim.Subject.Name}”：说明称与上年持平，却写有增减额 {change.Delta?.Text ?? "0"}、幅度 {change.Rate?.Text ?? "0%"}", ClaimFigures.Location(claim))
        { Expected = 0m, Actual = delta, Difference = delta, Tolerance = 0m, Cells = CellsOf(context.Disclosure, claim) });
    }

    private static void CheckRate(CheckContext context, Claim claim, YearOnYearChange change, Percentage rate, List<Interval> currents)
    {
        var unit = ClaimFigures.UnitOf(claim);
        var delta = ClaimFigures.InYuan(change.Delta!.Value, unit);
        var sign = ClaimFigures.Sign(change.Direction);
        var stated = Interval.Of(rate);
        // "增加 0 万元，增长 0%": no change, whatever last year was (0 ÷ 0 included).
        if (delta.Low <= 0m && rate.Value == 0m) return;
        var best = (Gap: decimal.MaxValue, Current: currents[0], Prior: currents[0], Computed: (Interval?)null);
        foreach (var current in currents)
        {
            var prior = sign > 0 ? current - delta : current + delta;
            // A new item: last year nothing, this year the whole amount; "增长100%" is the convention, not an error.
            if (sign > 0 && prior.Low <= 0m && rate.Value == 100m) return;
            if (prior.Low <= 0m && prior.High >= 0m && rate.Value == 100m) return;
            if (Interval.PercentOf(delta, prior) is not { } computed) continue;
            var gap = ClaimFigures.Gap(computed, stated);
            if (gap == 0m) return;
            if (gap < best.Gap) best = (gap, current, prior, computed);
        }
        var location = ClaimFigures.Location(claim);
        var words = Words(change.Direction);
        if (best.Computed is not { } shown)
        {
            context.Report(new Finding(Rule, Severity.Warning,
                $"“{claim.Subject.Name}”：按增减额 {change.Delta.Value.Text} 推算上年数为 0 或负数，幅度 {rate.Text} 无从计算（上年为 0 时惯例写作“增长100%”）", location)
            { Cells = CellsOf(context.Disclosure, claim) });
            return;
        }
        var message = Rule.Format(claim.Subject.Name, words.Amount, change.Delta.Value.Text, unit.ToChinese(), words.Rate, rate.Text,
            ClaimFigures.Show(best.Prior.Mid, unit), ClaimFigures.ShowPrior(best.Current, sign > 0 ? delta : new Interval(-delta.High, -delta.Low), unit),
            ClaimFigures.ShowPercent(shown.Mid), ClaimFigures.ShowPercent(shown.Low), ClaimFigures.ShowPercent(shown.High));
        context.Report(new Finding(Rule, Rule.DefaultSeverity, message, location)
        {
            Expected = Math.Round(shown.Mid, 4),
            Actual = rate.Value,
            Difference = Math.Round(rate.Value - shown.Mid, 4),
            Tolerance = Math.Round(shown.HalfWidth + stated.HalfWidth, 4),
            Cells = CellsOf(context.Disclosure, claim),
        });
    }

    private static (string Amount, string Rate) Words(ChangeDirection direction) =>
        direction == ChangeDirection.Decrease ? ("减少", "下降") : ("增加", "增长");

    /// <summary>
    /// The binder keeps the first direction word of "减少 A 万元，增长 B%"; the sentence itself shows whether the second
    /// one says the opposite.
    /// </summary>
    private static (string Amount, string Rate)? ContradictoryWords(Claim claim)
    {
        if (claim.Change is not { Delta.IsNumber: true, Rate: { } rate } change) return null;
        foreach (Match m in ChangePhrase().Matches(claim.Text))
        {
            if (Amount.Parse(m.Groups["delta"].Value).Value != change.Delta.Value.Value || Percentage.Parse(m.Groups["rate"].Value)?.Value != rate.Value) continue;
            var first = m.Groups["w1"].Value;
            var second = m.Groups["w2"].Value;
            if (IsDecrease(first) != IsDecrease(second)) return (first, second);
        }
        return null;
    }

    private static bool IsDecrease(string word) => word is "减少" or "下降" or "降低";

    private static IReadOnlyList<CellRef> CellsOf(Disclosure disclosure, Claim claim) =>
        ClaimFigures.Resolve(disclosure, claim)?.Cells ?? [];

    [GeneratedRegex(@"(?<w1>增加|减少|增长|下降|上升|降低)\s*(?<delta>[0-9０-９][0-9０-９,，.．]*)\s*(?:万元|亿元|元)\s*[，,、；;]?\s*(?<w2>增加|减少|增长|下降|上升|降低)\s*(?<rate>[0-9０-９][0-9０-９.．]*)\s*[%％]")]
    private static partial Regex ChangePhrase();
}
