using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Plausibility;

/// <summary>BD6003: 实有人数 = 在职 + 退休 + 离休 (and their stated changes add up the same way).</summary>
public sealed class StaffingSumRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6003", "实有人数应等于在职、退休、离休人数之和",
        "{0}为 {1} 人，在职 {2} + 退休 {3} + 离休 {4} = {5} 人，相差 {6} 人",
        RuleCategory.Plausibility, Severity.Error,
        "Make the head count add up",
        "{0} is {1}; in service {2} + retired {3} + retired before 1949 {4} = {5}; difference {6}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var staffing = context.Disclosure.Profile.Staffing;
        if (staffing?.Actual is not { } actual) { context.NotApplicable(Rule, "概况中没有实有人数。"); return; }
        if (staffing.InService is not { } inService) { context.NotChecked(Rule, "概况中没有读到在职人数。"); return; }
        var retired = staffing.Retired;
        var before1949 = staffing.RetiredBefore1949;
        context.Evaluated(Rule);
        var sum = inService.Count + (retired?.Count ?? 0) + (before1949?.Count ?? 0);
        Report(context, "实有人数", actual.Count, inService.Count, retired?.Count, before1949?.Count, sum, actual.Source);
        if (actual.Change is { } change && inService.Change is { } c1)
        {
            context.Evaluated(Rule);
            var changeSum = c1 + (retired?.Change ?? 0) + (before1949?.Change ?? 0);
            Report(context, "实有人数的增减", change, c1, retired?.Change, before1949?.Change, changeSum, actual.Source);
        }
    }

    private static void Report(CheckContext context, string what, int printed, int a, int? b, int? c, int sum, SourceLocation source)
    {
        if (printed == sum) return;
        context.Report(new Finding(Rule, Rule.DefaultSeverity,
            Rule.Format(what, printed, a, b?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（未列）", c?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（未列）", sum, printed - sum),
            NarrativeTexts.At(context.Disclosure, source, SectionTopic.Organisation))
        {
            Expected = sum,
            Actual = printed,
            Difference = printed - sum,
            Tolerance = 0m,
        });
    }
}

/// <summary>
/// BD6004: the stated changes must leave a possible prior year (no negative head count), and 离休 (who left office
/// before 1949) can no longer grow. 在职 far beyond 编制数 is worth a look too.
/// </summary>
public sealed class StaffingChangeRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6004", "人员变动应合理",
        "{0}",
        RuleCategory.Plausibility, Severity.Warning,
        "Keep head-count changes possible",
        "{0}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var staffing = context.Disclosure.Profile.Staffing;
        if (staffing is null) { context.NotApplicable(Rule, "概况中没有人员情况。"); return; }
        var any = false;
        foreach (var (name, count) in new[] { ("实有人数", staffing.Actual), ("在职", staffing.InService), ("退休", staffing.Retired), ("离休", staffing.RetiredBefore1949) })
        {
            if (count?.Change is not { } change) continue;
            any = true;
            context.Evaluated(Rule);
            var prior = count.Count - change;
            if (prior < 0)
                Report(context, count, $"{name} {count.Count} 人，却写增加 {change} 人：上年应为 {prior} 人，不可能为负数", count.Count - change);
            else if (name == "离休" && change > 0)
                Report(context, count, $"离休人员增加 {change} 人：离休指 1949 年 9 月 30 日前参加革命工作的人员，人数只会减少，请核对是否应为退休", change);
        }
        if (staffing.Authorized is { } authorized && staffing.InService is { } inService && authorized.Count > 0)
        {
            any = true;
            context.Evaluated(Rule);
            // Units do run over their establishment, but not to twice it; that is usually 实有 mistaken for 在职.
            if (inService.Count > 2 * authorized.Count)
                Report(context, inService, $"在职 {inService.Count} 人，超过编制数 {authorized.Count} 的两倍，请核对", inService.Count - authorized.Count);
        }
        if (!any) context.NotChecked(Rule, "概况中没有读到人员增减。");
    }

    private static void Report(CheckContext context, HeadCount count, string message, decimal difference) =>
        context.Report(new Finding(Rule, Rule.DefaultSeverity, Rule.Format(message), NarrativeTexts.At(context.Disclosure, count.Source, SectionTopic.Organisation))
        {
            Actual = count.Count,
            Difference = difference,
        });
}
