using System.Text.RegularExpressions;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>
/// BD3004: "比上年增加 A，增长 B%" holds together: B = A ÷ (amount − A) × 100 within rounding, the two direction words agree,
/// 持平 carries no change. A new item (last year 0) written "增长100%" follows the convention and passes.
/// </summary>
public sealed partial class YearOnYearRule : Rule
{
    // The other messages are declared before Rule, whose initializer lists them.

    /// <summary>The two direction words of one change disagree ("减少 A 万元，增长 B%").</summary>
    public static RuleMessage Contradiction { get; } = new("contradiction",
        "“{0}”：同一句中增减方向自相矛盾（“{1}”与“{2}”）",
        "'{0}': the sentence contradicts itself on the direction of the change ('{1}' and '{2}')");

    /// <summary>持平 with a change or a rate beside it.</summary>
    public static RuleMessage FlatWithChange { get; } = new("flatWithChange",
        "“{0}”：说明称与上年持平，却写有增减额 {1}、幅度 {2}",
        "'{0}': the narrative says unchanged from last year, yet gives a change of {1} and a rate of {2}");

    /// <summary>The change leaves no positive prior-year figure to take a rate of.</summary>
    public static RuleMessage NoPriorFigure { get; } = new("noPriorFigure",
        "“{0}”：按增减额 {1} 推算上年数为 0 或负数，幅度 {2} 无从计算（上年为 0 时惯例写作“增长100%”）",
        "'{0}': the change of {1} leaves last year at zero or below, so the rate {2} cannot be worked out (when last year was 0 the convention is “增长100%”)");

    public static RuleDescriptor Rule { get; } = new(
        "BD3004", "增减幅度应与增减额一致",
        "“{0}”：说明称比上年{1} {2} {3}、{4} {5}，按上年数 {6}（{7}）计算幅度应为 {8}（可取范围 {9}–{10}）{11}",
        RuleCategory.Narrative, Severity.Error,
        "Make the rate of change match the change",
        "'{0}': the narrative says it {1} by {2} {3} and {4} by {5}; from last year's {6} ({7}) the rate is {8} (range {9}–{10}){11}")
    {
        OtherMessages = [Contradiction, FlatWithChange, NoPriorFigure],
    };

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
                context.Report(new Finding(Rule, Rule.DefaultSeverity, ClaimFigures.Location(claim), claim.Subject.Name, words.Amount, words.Rate)
                { MessageId = Contradiction.Id, Cells = CellsOf(disclosure, claim) });
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
        context.Report(new Finding(Rule, Rule.DefaultSeverity, ClaimFigures.Location(claim), claim.Subject.Name, change.Delta?.Text ?? "0", change.Rate?.Text ?? "0%")
        { MessageId = FlatWithChange.Id, Expected = 0m, Actual = delta, Difference = delta, Tolerance = 0m, Cells = CellsOf(context.Disclosure, claim) });
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
            context.Report(new Finding(Rule, Severity.Warning, location, claim.Subject.Name, change.Delta.Value.Text, rate.Text)
            { MessageId = NoPriorFigure.Id, Cells = CellsOf(context.Disclosure, claim) });
            return;
        }
        // One in the last printed digit beyond what rounding or cutting gives: perhaps computed from unrounded figures, as
        // BD3002 treats a share — a warning, not an error.
        var (severity, note) = best.Gap <= Interval.Scale(rate.Decimals) ? (Severity.Warning, LastDigit) : (Rule.DefaultSeverity, LocalizedText.Empty);
        context.Report(new Finding(Rule, severity, location, claim.Subject.Name, words.Amount, change.Delta.Value.Text, unit.ToText(), words.Rate, rate.Text,
            ClaimFigures.Show(best.Prior.Mid, unit), ClaimFigures.ShowPrior(best.Current, sign > 0 ? delta : new Interval(-delta.High, -delta.Low), unit),
            ClaimFigures.ShowPercent(shown.Mid), ClaimFigures.ShowPercent(shown.Low), ClaimFigures.ShowPercent(shown.High), note)
        {
            Expected = Math.Round(shown.Mid, 4),
            Actual = rate.Value,
            Difference = Math.Round(rate.Value - shown.Mid, 4),
            Tolerance = Math.Round(shown.HalfWidth + stated.HalfWidth, 4),
            Cells = CellsOf(context.Disclosure, claim),
        });
    }

    private static readonly LocalizedText LastDigit = new("（差一个尾数，可能是用未经舍入的数计算的）", " (one in the last digit: perhaps computed from unrounded figures)");

    private static (LocalizedText Amount, LocalizedText Rate) Words(ChangeDirection direction) =>
        direction == ChangeDirection.Decrease ? (new("减少", "decreased"), new("下降", "fell")) : (new("增加", "increased"), new("增长", "grew"));

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
