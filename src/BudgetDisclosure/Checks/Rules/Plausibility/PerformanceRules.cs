using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules.Plausibility;

/// <summary>BD6007: a 绩效目标表's funding lines (财政拨款, 其他资金; 上级安排, 本级安排, 其他) add up to its total.</summary>
public sealed class PerformanceFundingRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6007", "绩效目标表的资金来源之和应等于资金总额",
        "{0}的资金总额为 {1} 万元，各资金来源（{2}）之和为 {3} 万元，相差 {4}（舍入容差 {5}）{6}",
        RuleCategory.Plausibility, Severity.Error,
        "Make a performance target's funding add up",
        "In {0}, the total is {1} ten thousand yuan; the funding lines ({2}) add up to {3}; difference {4} (rounding tolerance {5}){6}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var targets = context.Disclosure.PerformanceTargets;
        if (targets.Count == 0) { context.NotApplicable(Rule, "没有绩效目标表。"); return; }
        foreach (var target in targets)
        {
            if (target.Total is not { IsNumber: true } total || !target.Funding.Any(f => f.Amount.IsNumber))
            {
                context.NotChecked(Rule, $"{PerformanceText.Describe(target)}没有读到资金总额或资金来源。");
                continue;
            }
            context.Evaluated(Rule);
            var comparison = SumComparison.Of(total, target.Funding.Select(f => f.Amount), 2);
            if (!comparison.Differs) continue;
            context.Report(new Finding(Rule, comparison.BeyondRounding ? Rule.DefaultSeverity : Severity.Info, PerformanceText.At(target),
                PerformanceText.Describe(target), total.Text, string.Join(" + ", target.Funding.Select(f => $"{f.Source} {f.Amount.Text}")),
                NarrativeTexts.Plain(comparison.Computed), NarrativeTexts.Plain(comparison.Difference), NarrativeTexts.Plain(comparison.Tolerance),
                Phrases.Rounding(!comparison.BeyondRounding))
            {
                Expected = comparison.Computed,
                Actual = total.Value,
                Difference = comparison.Difference,
                Tolerance = comparison.Tolerance,
            });
        }
    }
}

/// <summary>
/// BD6008: a project's 绩效目标表 total = the project's amount in the 一般公共预算项目支出表 (matched by name, without
/// year prefixes, bracketed remarks or a trailing 项目; a target may cover several rows of one name), and the overall
/// target's total = the year's budget.
/// </summary>
public sealed class PerformanceAmountRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6008", "绩效目标表的金额应与预算表一致",
        "{0}的资金总额为 {1} 万元，{2}为 {3} 万元，相差 {4}",
        RuleCategory.Plausibility, Severity.Warning,
        "Make performance targets match the budget tables",
        "In {0}, the total is {1} ten thousand yuan; {2} is {3}; difference {4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var targets = context.Disclosure.PerformanceTargets;
        if (targets.Count == 0) { context.NotApplicable(Rule, "没有绩效目标表。"); return; }
        var projectTable = context.Disclosure.Table(TableKey.GeneralPublicProjectExpenditure);
        var projects = PerformanceText.Projects(projectTable);
        foreach (var target in targets)
        {
            if (target.Total is not { IsNumber: true } total) { context.NotChecked(Rule, $"{PerformanceText.Describe(target)}没有读到资金总额。"); continue; }
            if (target.Scope == PerformanceScope.Overall) CheckOverall(context, target, total);
            else CheckProject(context, target, total, projectTable, projects);
        }
    }

    private static void CheckOverall(CheckContext context, PerformanceTarget target, Amount total)
    {
        var candidates = new List<(LocalizedText Name, decimal Value)>();
        if (NarrativeTexts.BudgetTotal(context.Disclosure) is { } budget) candidates.Add((new("收支总表的收入总计", "the summary table's total income"), budget));
        var fiscal = context.Disclosure.Table(TableKey.FiscalAppropriationSummary);
        var fiscalColumn = fiscal?.Column(ColumnKeys.Total, TablePanel.Income);
        var fiscalTotal = fiscal?.TotalRow(TablePanel.Income);
        if (fiscal is not null && fiscalColumn is not null && fiscalTotal is not null && fiscalTotal[fiscalColumn.Index].IsNumber
            && NarrativeTexts.InTenThousand(fiscalTotal[fiscalColumn.Index].Value, fiscal.Unit) is { } appropriation)
            candidates.Add((new("财政拨款收入总计", "total fiscal appropriation income"), appropriation));
        if (candidates.Count == 0) { context.NotChecked(Rule, "没有读到收支总表的收入总计。"); return; }
        context.Evaluated(Rule);
        var tolerance = total.HalfUnit + 0.005m;
        if (candidates.Any(c => Math.Abs(c.Value - total.Value) <= tolerance)) return;
        var nearest = candidates.OrderBy(c => Math.Abs(c.Value - total.Value)).First();
        Report(context, target, total, nearest.Name, nearest.Value, tolerance, []);
    }

    private static void CheckProject(CheckContext context, PerformanceTarget target, Amount total, BudgetTable? table,
        List<(TableRow Row, string Key, Amount Amount)> projects)
    {
        if (table is null || projects.Count == 0) { context.NotChecked(Rule, "没有读到一般公共预算项目支出表的项目。"); return; }
        var key = PerformanceText.Key(target.Name);
        var matches = projects.Where(p => PerformanceText.SameProject(p.Key, key)).ToList();
        if (matches.Count == 0)
        {
            // Projects paid from 单位资金 or a government fund are not in this table; nothing to compare with.
            context.NotChecked(Rule, $"{PerformanceText.Describe(target)}的项目在一般公共预算项目支出表中没有找到。");
            return;
        }
        context.Evaluated(Rule);
        var tolerance = total.HalfUnit + matches.Max(m => m.Amount.HalfUnit);
        bool Meets(decimal v) => Math.Abs(v - total.Value) <= tolerance * 2;
        var exact = matches.Where(m => m.Key == key).ToList();
        if (matches.Any(m => Meets(m.Amount.Value)) || (exact.Count > 1 && Meets(exact.Sum(m => m.Amount.Value)))
            || (matches.Count > 1 && Meets(matches.Sum(m => m.Amount.Value))))
            return;
        var nearest = (exact.Count > 0 ? exact : matches).OrderBy(m => Math.Abs(m.Amount.Value - total.Value)).First();
        var column = table.Column(ColumnKeys.Total)!;
        Report(context, target, total, new LocalizedText("一般公共预算项目支出表中“{0}”", "'{0}' in the general public budget project expenditure table", nearest.Row.Project),
            nearest.Amount.Value, tolerance,
            [CellRef.Of(table, nearest.Row, column)]);
    }

    private static void Report(CheckContext context, PerformanceTarget target, Amount total, LocalizedText what, decimal value, decimal tolerance, IReadOnlyList<CellRef> cells) =>
        context.Report(new Finding(Rule, Rule.DefaultSeverity, PerformanceText.At(target),
            PerformanceText.Describe(target), total.Text, what, NarrativeTexts.Plain(value), NarrativeTexts.Plain(total.Value - value))
        {
            Expected = value,
            Actual = total.Value,
            Difference = total.Value - value,
            Tolerance = tolerance,
            Cells = cells,
        });
}

/// <summary>BD6009: the 指标分值权重 of a 绩效目标表 add up to 90 (10 held for 预算执行率) or 100.</summary>
public sealed class IndicatorWeightsRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6009", "指标分值权重合计应为 90 或 100",
        "{0}的指标分值权重合计为 {1}，应为 90（另 10 分为预算执行率）或 100，相差 {2}{3}",
        RuleCategory.Plausibility, Severity.Warning,
        "Make indicator weights add up to 90 or 100",
        "In {0}, the indicator weights add up to {1}; they should be 90 (10 held for budget execution) or 100; off by {2}{3}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var targets = context.Disclosure.PerformanceTargets;
        if (targets.Count == 0) { context.NotApplicable(Rule, "没有绩效目标表。"); return; }
        foreach (var target in targets)
        {
            var weighted = target.Indicators.Where(i => i.Weight is not null).ToList();
            if (weighted.Count == 0) { context.NotChecked(Rule, $"{PerformanceText.Describe(target)}没有读到指标分值权重。"); continue; }
            context.Evaluated(Rule);
            var sum = weighted.Sum(i => i.Weight!.Value);
            if (sum is 90m or 100m) continue;
            var nearest = Math.Abs(sum - 90m) <= Math.Abs(sum - 100m) ? 90m : 100m;
            var unweighted = target.Indicators.Count - weighted.Count;
            context.Report(new Finding(Rule, Rule.DefaultSeverity, PerformanceText.At(target), PerformanceText.Describe(target), NarrativeTexts.Plain(sum), NarrativeTexts.Plain(sum - nearest),
                unweighted > 0 ? new LocalizedText("（另有 {0} 个指标没有分值）", " ({0} more indicators have no weight)", unweighted) : LocalizedText.Empty)
            {
                Expected = nearest,
                Actual = sum,
                Difference = sum - nearest,
                Tolerance = 0m,
            });
        }
    }
}

/// <summary>BD6010: a quantitative indicator has a comparator (≥ ≤ = &gt; &lt;), a value and a unit.</summary>
public sealed class IndicatorCompletenessRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6010", "定量指标应有比较符、指标值和计量单位",
        "{0}的指标“{1}”{2}",
        RuleCategory.Plausibility, Severity.Warning,
        "Give quantitative indicators a comparator, a value and a unit",
        "In {0}, indicator '{1}' {2}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var targets = context.Disclosure.PerformanceTargets;
        if (targets.Count == 0) { context.NotApplicable(Rule, "没有绩效目标表。"); return; }
        foreach (var target in targets)
            foreach (var indicator in target.Indicators)
            {
                context.Evaluated(Rule);
                if (string.IsNullOrWhiteSpace(indicator.Value) && indicator.Comparator == Comparator.None)
                {
                    Report(context, target, indicator, Severity.Warning, new("没有指标值", "has no value"));
                    continue;
                }
                if (!PerformanceText.IsQuantitative(indicator)) continue;
                if (indicator.Comparator == Comparator.None)
                    Report(context, target, indicator, Severity.Warning, new("的指标值 {0}{1} 没有比较符（≥、≤、= 等），无法判断目标方向",
                        "has the value {0}{1} without a comparator (≥, ≤, = …), so the target's direction is unknown", indicator.Value, indicator.Unit));
                if (string.IsNullOrEmpty(indicator.Unit) && PerformanceText.UnitInName(indicator.Name) is null)
                    Report(context, target, indicator, Severity.Info, new("的指标值 {0} 没有计量单位（%、人、次、万元等）",
                        "has the value {0} without a unit (%, people, times, ten thousand yuan …)", PerformanceText.Printed(indicator)));
            }
    }

    private static void Report(CheckContext context, PerformanceTarget target, PerformanceIndicator indicator, Severity severity, LocalizedText what) =>
        context.Report(new Finding(Rule, severity, PerformanceText.At(target, indicator), PerformanceText.Describe(target), indicator.Name, what));
}

/// <summary>BD6011: a satisfaction indicator (满意度) is a floor: "≤ 85%" rewards dissatisfaction and is written the wrong way round.</summary>
public sealed class SatisfactionDirectionRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6011", "满意度指标应为下限（≥）",
        "{0}的满意度指标“{1}”写为 {2}，满意度越高越好，应为 ≥{3}{4}",
        RuleCategory.Plausibility, Severity.Warning,
        "Write satisfaction indicators as a floor",
        "In {0}, satisfaction indicator '{1}' is {2}; satisfaction is better higher, so it should be ≥{3}{4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var indicators = context.Disclosure.PerformanceTargets
            .SelectMany(t => t.Indicators.Where(i => i.Name.Contains("满意", StringComparison.Ordinal) && i.Comparator != Comparator.None).Select(i => (t, i))).ToList();
        if (indicators.Count == 0) { context.NotApplicable(Rule, "绩效目标表中没有带比较符的满意度指标。"); return; }
        foreach (var (target, indicator) in indicators)
        {
            context.Evaluated(Rule);
            if (indicator.Comparator is not (Comparator.AtMost or Comparator.LessThan)) continue;
            context.Report(new Finding(Rule, Rule.DefaultSeverity, PerformanceText.At(target, indicator),
                PerformanceText.Describe(target), indicator.Name, PerformanceText.Printed(indicator), indicator.Value, indicator.Unit));
        }
    }
}

/// <summary>
/// BD6012: the indicator tree has fixed levels: 一级 产出/成本/效益/满意度指标, and under each its own 二级 (产出 → 数量、
/// 质量、时效; 成本 → 经济、社会、生态环境成本; 效益 → 经济、社会、生态效益、可持续影响). A 二级 name in the 一级 column
/// is a slip of the cell.
/// </summary>
public sealed class IndicatorLevelRule : Rule
{
    private static readonly Dictionary<string, string[]> Children = new(StringComparer.Ordinal)
    {
        ["产出指标"] = ["数量指标", "质量指标", "时效指标"],
        ["成本指标"] = ["经济成本指标", "社会成本指标", "生态环境成本指标"],
        ["效益指标"] = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
        ["满意度指标"] = ["满意度指标", "服务对象满意度指标"],
    };

    public static RuleDescriptor Rule { get; } = new(
        "BD6012", "绩效指标的一级、二级指标应对应",
        "{0}中“{1}”的一级指标写为“{2}”、二级指标为“{3}”，{4}",
        RuleCategory.Plausibility, Severity.Warning,
        "Put indicators under the right levels",
        "In {0}, '{1}' has level 1 '{2}' and level 2 '{3}'; {4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var targets = context.Disclosure.PerformanceTargets;
        if (targets.Count == 0) { context.NotApplicable(Rule, "没有绩效目标表。"); return; }
        var secondLevel = Children.Values.SelectMany(v => v).Where(n => !Children.ContainsKey(n)).ToHashSet(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var reported = new HashSet<(string, string)>();
            foreach (var indicator in target.Indicators)
            {
                var level1 = TextNormalizer.Compact(indicator.Level1);
                var level2 = TextNormalizer.Compact(indicator.Level2);
                if (level1.Length == 0) continue;
                context.Evaluated(Rule);
                LocalizedText? problem = null;
                if (secondLevel.Contains(level1))
                    problem = new("“{0}”是二级指标，一级指标应为“{1}”", "'{0}' is a level-2 indicator; level 1 should be '{1}'",
                        level1, Children.First(c => c.Value.Contains(level1)).Key);
                else if (Children.TryGetValue(level1, out var allowed) && secondLevel.Contains(level2) && !allowed.Contains(level2))
                    problem = new("“{0}”不属于“{1}”，应属于“{2}”", "'{0}' does not belong under '{1}' but under '{2}'",
                        level2, level1, Children.First(c => c.Value.Contains(level2)).Key);
                if (problem is null || !reported.Add((level1, level2))) continue;
                context.Report(new Finding(Rule, Rule.DefaultSeverity, PerformanceText.At(target, indicator),
                    PerformanceText.Describe(target), indicator.Name, indicator.Level1, indicator.Level2, problem));
            }
        }
    }
}
