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
        Report(context, new("实有人数", "The actual head count"), actual.Count, inService.Count, retired?.Count, before1949?.Count, sum, actual.Source);
        if (actual.Change is { } change && inService.Change is { } c1)
        {
            context.Evaluated(Rule);
            var changeSum = c1 + (retired?.Change ?? 0) + (before1949?.Change ?? 0);
            Report(context, new("实有人数的增减", "The change in the actual head count"), change, c1, retired?.Change, before1949?.Change, changeSum, actual.Source);
        }
    }

    private static void Report(CheckContext context, LocalizedText what, int printed, int a, int? b, int? c, int sum, SourceLocation source)
    {
        if (printed == sum) return;
        context.Report(new Finding(Rule, Rule.DefaultSeverity, NarrativeTexts.At(context.Disclosure, source, SectionTopic.Organisation),
            what, printed, a, (object?)b ?? Phrases.NotListed, (object?)c ?? Phrases.NotListed, sum, printed - sum)
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
    // The other messages are declared before Rule, whose initializer lists them.

    /// <summary>离休 staff cannot grow in number.</summary>
    public static RuleMessage RetiredBefore1949Grow { get; } = new("retiredBefore1949Grow",
        "离休人员增加 {0} 人：离休指 1949 年 9 月 30 日前参加革命工作的人员，人数只会减少，请核对是否应为退休",
        "Staff retired under the pre-1949 scheme (离休) increase by {0}: they joined before 30 September 1949 and can only decrease; check whether ordinary retirement (退休) was meant");

    /// <summary>In service far beyond the establishment.</summary>
    public static RuleMessage OverEstablishment { get; } = new("overEstablishment",
        "在职 {0} 人，超过编制数 {1} 的两倍，请核对", "{0} in service, more than twice the establishment of {1}; please check");

    public static RuleDescriptor Rule { get; } = new(
        "BD6004", "人员变动应合理",
        "{0} {1} 人，却写增加 {2} 人：上年应为 {3} 人，不可能为负数",
        RuleCategory.Plausibility, Severity.Warning,
        "Keep head-count changes possible",
        "{0}: {1} people with an increase of {2}, which puts last year at {3}; a head count cannot be negative")
    {
        OtherMessages = [RetiredBefore1949Grow, OverEstablishment],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var staffing = context.Disclosure.Profile.Staffing;
        if (staffing is null) { context.NotApplicable(Rule, "概况中没有人员情况。"); return; }
        var any = false;
        foreach (var (name, count, onlyDecreases) in new[]
        {
            (new LocalizedText("实有人数", "Actual head count"), staffing.Actual, false), (new LocalizedText("在职", "In service"), staffing.InService, false),
            (new LocalizedText("退休", "Retired"), staffing.Retired, false), (new LocalizedText("离休", "Retired under the pre-1949 scheme"), staffing.RetiredBefore1949, true),
        })
        {
            if (count?.Change is not { } change) continue;
            any = true;
            context.Evaluated(Rule);
            var prior = count.Count - change;
            if (prior < 0)
                Report(context, count, Rule.DefaultMessage, [name, count.Count, change, prior], count.Count - change);
            else if (onlyDecreases && change > 0)
                Report(context, count, RetiredBefore1949Grow, [change], change);
        }
        if (staffing.Authorized is { } authorized && staffing.InService is { } inService && authorized.Count > 0)
        {
            any = true;
            context.Evaluated(Rule);
            // Units do run over their establishment, but not to twice it; that is usually 实有 mistaken for 在职.
            if (inService.Count > 2 * authorized.Count)
                Report(context, inService, OverEstablishment, [inService.Count, authorized.Count], inService.Count - authorized.Count);
        }
        if (!any) context.NotChecked(Rule, "概况中没有读到人员增减。");
    }

    private static void Report(CheckContext context, HeadCount count, RuleMessage message, IReadOnlyList<object?> arguments, decimal difference) =>
        context.Report(new Finding(Rule, Rule.DefaultSeverity, NarrativeTexts.At(context.Disclosure, count.Source, SectionTopic.Organisation), arguments)
        {
            MessageId = message.Id,
            Actual = count.Count,
            Difference = difference,
        });
}
