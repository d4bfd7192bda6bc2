using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Plausibility;

/// <summary>BD6001: 政府采购预算 = 货物 + 工程 + 服务, within the rounding of the four printed figures.</summary>
public sealed class ProcurementPartsRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6001", "政府采购预算应等于货物、工程、服务之和",
        "政府采购预算为 {0} 万元，货物 {1} + 工程 {2} + 服务 {3} = {4} 万元，相差 {5}（舍入容差 {6}）{7}",
        RuleCategory.Plausibility, Severity.Error,
        "Make procurement add up to goods, works and services",
        "Procurement is {0} ten thousand yuan; goods {1} + works {2} + services {3} = {4}; difference {5} (rounding tolerance {6}){7}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var p = context.Disclosure.OtherMatters.Procurement;
        if (p is null) { context.NotApplicable(Rule, "没有政府采购情况说明。"); return; }
        if (p.Total is not { IsNumber: true } total) { context.NotChecked(Rule, "政府采购情况说明中没有读到采购预算总额。"); return; }
        Amount[] parts = [p.Goods ?? Amount.Blank, p.Works ?? Amount.Blank, p.Services ?? Amount.Blank];
        if (!parts.Any(a => a.IsNumber)) { context.NotChecked(Rule, "政府采购情况说明中没有读到货物、工程、服务的金额。"); return; }
        context.Evaluated(Rule);
        var comparison = SumComparison.Of(total, parts, 2);
        if (!comparison.Differs) return;
        context.Report(new Finding(Rule, comparison.BeyondRounding ? Rule.DefaultSeverity : Severity.Info, NarrativeTexts.At(context.Disclosure, p.Source, SectionTopic.Procurement),
            total.Text, Show(parts[0]), Show(parts[1]), Show(parts[2]), NarrativeTexts.Plain(comparison.Computed),
            NarrativeTexts.Plain(comparison.Difference), NarrativeTexts.Plain(comparison.Tolerance), Phrases.Rounding(!comparison.BeyondRounding))
        {
            Expected = comparison.Computed,
            Actual = total.Value,
            Difference = comparison.Difference,
            Tolerance = comparison.Tolerance,
        });
    }

    private static LocalizedText Show(Amount a) => a.IsPrinted ? LocalizedText.Verbatim(a.Text) : Phrases.NotListed;
}

/// <summary>
/// BD6002: 小微企业预留 ≤ 面向中小企业预留 ≤ 政府采购预算. Small and micro enterprises are a subset of SMEs, and the
/// reserve is a part of the procurement budget, so either order broken is an impossibility.
/// </summary>
public sealed class ProcurementReservesRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6002", "小微企业预留不应超过中小企业预留，中小企业预留不应超过采购总额",
        "{0}为 {1} 万元，超过{2} {3} 万元，多出 {4}",
        RuleCategory.Plausibility, Severity.Error,
        "Keep the small-business reserves within the procurement budget",
        "{0} is {1} ten thousand yuan, more than {2} of {3}, by {4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var p = context.Disclosure.OtherMatters.Procurement;
        if (p is null) { context.NotApplicable(Rule, "没有政府采购情况说明。"); return; }
        var checkedAny = Compare(context, p, p.SmallMicroReserved, new("小微企业预留政府采购项目预算金额", "The reserve for small and micro enterprises"),
            p.SmeReserved, new("面向中小企业预留金额", "the reserve for small and medium enterprises"));
        checkedAny |= Compare(context, p, p.SmeReserved, new("面向中小企业预留政府采购项目预算金额", "The reserve for small and medium enterprises"),
            p.Total, new("政府采购预算总额", "the procurement budget"));
        if (!checkedAny) context.NotChecked(Rule, "政府采购情况说明中没有读到中小企业或小微企业预留金额。");
    }

    private static bool Compare(CheckContext context, Procurement p, Amount? part, LocalizedText partName, Amount? whole, LocalizedText wholeName)
    {
        if (part is not { IsNumber: true } a || whole is not { IsNumber: true } b) return false;
        context.Evaluated(Rule);
        // Both were rounded from figures that may themselves satisfy a ≤ b.
        var excess = a.Value - b.Value;
        if (excess <= a.HalfUnit + b.HalfUnit) return true;
        context.Report(new Finding(Rule, Rule.DefaultSeverity, NarrativeTexts.AtMention(context.Disclosure, SectionTopic.Procurement, "中小企业", p.Source),
            partName, a.Text, wholeName, b.Text, NarrativeTexts.Plain(excess))
        {
            Expected = b.Value,
            Actual = a.Value,
            Difference = excess,
            Tolerance = a.HalfUnit + b.HalfUnit,
        });
        return true;
    }
}
