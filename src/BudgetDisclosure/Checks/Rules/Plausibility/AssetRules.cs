using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Plausibility;

/// <summary>
/// BD6005: an asset worth a hundred times the whole year's budget or more was almost always printed in 元 under a
/// 万元 heading (a unit's stock of assets is a few years of its budget at most).
/// </summary>
public sealed class AssetMagnitudeRule : Rule
{
    /// <summary>Buildings can be worth many years of a small unit's budget; beyond a hundred it is a unit slip.</summary>
    internal const decimal MaximumBudgetMultiple = 100m;

    public static RuleDescriptor Rule { get; } = new(
        "BD6005", "资产价值应与预算规模相称",
        "{0}价值 {1} 万元，是全年预算 {2} 万元的 {3} 倍，疑似把以元计的金额填在了万元下（按元折算为 {4} 万元）",
        RuleCategory.Plausibility, Severity.Error,
        "Print asset values in the stated unit",
        "{0} is worth {1} ten thousand yuan, {3} times the whole year's budget of {2}; probably an amount in yuan printed under ten thousand yuan ({4} ten thousand yuan read as yuan)");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var assets = context.Disclosure.OtherMatters.Assets.Where(a => a.Value is { IsNumber: true }).ToList();
        if (assets.Count == 0) { context.NotApplicable(Rule, "没有国有资产占用情况的金额。"); return; }
        if (NarrativeTexts.BudgetTotal(context.Disclosure) is not { } budget) { context.NotChecked(Rule, "没有读到收支总表的收入总计，无法判断资产规模。"); return; }
        foreach (var asset in assets)
        {
            if (NarrativeTexts.InTenThousand(asset.Value!.Value.Value, asset.Unit) is not { } value) continue;
            context.Evaluated(Rule);
            if (value <= MaximumBudgetMultiple * budget) continue;
            var multiple = Math.Round(value / budget, 0, MidpointRounding.AwayFromZero);
            context.Report(new Finding(Rule, Rule.DefaultSeverity, NarrativeTexts.At(context.Disclosure, asset.Source, SectionTopic.Assets),
                asset.Name, NarrativeTexts.Show(value), NarrativeTexts.Show(budget), NarrativeTexts.Show(multiple), NarrativeTexts.Show(Math.Round(value / 10_000m, 2)))
            {
                Expected = Math.Round(value / 10_000m, 6),
                Actual = value,
            });
        }
    }
}

/// <summary>
/// BD6006: vehicles: the 车辆 line = the sum of its kinds (count and value), and a value per vehicle between a few
/// 万元 and a couple of hundred (a car, not a toy and not a building).
/// </summary>
public sealed class VehicleAssetRule : Rule
{
    internal const decimal MinimumPerVehicle = 1m;
    internal const decimal MaximumPerVehicle = 200m;

    // The other messages are declared before Rule, whose initializer lists them.

    /// <summary>No vehicles, yet a value.</summary>
    public static RuleMessage ValueWithoutVehicles { get; } = new("valueWithoutVehicles",
        "{0} 0 辆，价值却为 {1} 万元", "{0}: 0 vehicles, yet a value of {1} (ten thousand yuan)");

    /// <summary>The kinds of vehicles do not add up to the vehicle count.</summary>
    public static RuleMessage CountSum { get; } = new("countSum",
        "车辆 {0} 辆，各类车辆合计 {1} 辆，相差 {2} 辆", "{0} vehicles, but the kinds of vehicles add up to {1}; difference {2}");

    /// <summary>The kinds of vehicles do not add up to the vehicles' value.</summary>
    public static RuleMessage ValueSum { get; } = new("valueSum",
        "车辆价值 {0} 万元，各类车辆价值合计 {1} 万元，相差 {2}（舍入容差 {3}）",
        "Vehicles are worth {0} (ten thousand yuan), but the kinds of vehicles add up to {1}; difference {2} (rounding tolerance {3})");

    public static RuleDescriptor Rule { get; } = new(
        "BD6006", "车辆数量与价值应合理",
        "{0} {1} 辆，价值 {2} 万元，平均每辆 {3} 万元，不在常见的 {4}–{5} 万元之间，请核对单位或数量{6}",
        RuleCategory.Plausibility, Severity.Warning,
        "Keep vehicle counts and values plausible",
        "{0}: {1} vehicles worth {2} (ten thousand yuan), {3} each, outside the usual {4}–{5}; check the unit or the count{6}")
    {
        OtherMessages = [ValueWithoutVehicles, CountSum, ValueSum],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var vehicles = context.Disclosure.OtherMatters.Assets.Where(a => a.QuantityUnit == "辆").ToList();
        if (vehicles.Count == 0) { context.NotApplicable(Rule, "国有资产占用情况中没有车辆。"); return; }
        foreach (var v in vehicles)
        {
            if (v.Quantity is not { } quantity || v.Value is not { IsNumber: true } amount) continue;
            if (NarrativeTexts.InTenThousand(amount.Value, v.Unit) is not { } value) continue;
            context.Evaluated(Rule);
            if (quantity == 0m && value > 0m)
                Report(context, v, Severity.Warning, ValueWithoutVehicles, [v.Name, amount.Text]);
            else if (quantity > 0m && value > 0m)
            {
                var per = value / quantity;
                if (per >= MinimumPerVehicle && per <= MaximumPerVehicle) continue;
                var perYuan = per / 10_000m;
                var hint = perYuan >= MinimumPerVehicle && perYuan <= MaximumPerVehicle
                    ? new LocalizedText("；若按元计，每辆 {0} 万元才合理", "; read as yuan, {0} each would be plausible", NarrativeTexts.Show(Math.Round(perYuan, 2)))
                    : LocalizedText.Empty;
                Report(context, v, Severity.Warning, Rule.DefaultMessage, [v.Name, NarrativeTexts.Plain(quantity), amount.Text,
                    NarrativeTexts.Show(Math.Round(per, 2)), NarrativeTexts.Plain(MinimumPerVehicle), NarrativeTexts.Plain(MaximumPerVehicle), hint]);
            }
        }
        var total = vehicles.FirstOrDefault(v => v.Name == "车辆");
        var kinds = vehicles.Where(v => v.Name != "车辆").ToList();
        if (total is null || kinds.Count == 0) return;
        if (total.Quantity is { } count && kinds.All(k => k.Quantity is not null))
        {
            context.Evaluated(Rule);
            var sum = kinds.Sum(k => k.Quantity!.Value);
            if (sum != count)
                Report(context, total, Severity.Error, CountSum, [NarrativeTexts.Plain(count), NarrativeTexts.Plain(sum), NarrativeTexts.Plain(count - sum)], sum, count);
        }
        if (total.Value is { IsNumber: true } totalValue && kinds.All(k => k.Value is { IsNumber: true }))
        {
            context.Evaluated(Rule);
            var comparison = SumComparison.Of(totalValue, kinds.Select(k => k.Value!.Value), 2);
            if (comparison.BeyondRounding)
                Report(context, total, Severity.Error, ValueSum,
                    [totalValue.Text, NarrativeTexts.Plain(comparison.Computed), NarrativeTexts.Plain(comparison.Difference), NarrativeTexts.Plain(comparison.Tolerance)],
                    comparison.Computed, comparison.Printed);
        }
    }

    private static void Report(CheckContext context, AssetItem asset, Severity severity, RuleMessage message, IReadOnlyList<object?> arguments,
        decimal? expected = null, decimal? actual = null) =>
        context.Report(new Finding(Rule, severity, NarrativeTexts.At(context.Disclosure, asset.Source, SectionTopic.Assets), arguments)
        {
            MessageId = message.Id,
            Expected = expected,
            Actual = actual,
            Difference = expected is null || actual is null ? null : actual - expected,
        });
}
