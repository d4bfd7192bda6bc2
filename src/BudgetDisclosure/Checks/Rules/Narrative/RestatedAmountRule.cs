using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>
/// BD3001: an amount the narrative restates equals the table's printed figure. The narrative copies the table, so at the
/// same precision the two must be equal; a narrative in coarser units (万元 against a table in 元) may round the table's
/// figure to its own precision.
/// </summary>
public sealed class RestatedAmountRule : Rule
{
    // Declared before Rule, whose initializer lists it.
    /// <summary>The narrative states an amount of a table published empty.</summary>
    public static RuleMessage EmptyTable { get; } = new("emptyTable", "“{0}”：说明中为 {1} {2}，而{3}为空表", "'{0}': the narrative says {1} {2}, but {3} is published empty");

    public static RuleDescriptor Rule { get; } = new(
        "BD3001", "说明中的金额应与表中一致",
        "“{0}”：说明中为 {1} {2}，{3}中{4}为 {5} {2}，相差 {6}（舍入容差 {7}）{8}",
        RuleCategory.Narrative, Severity.Error,
        "Restate the table's figure in the narrative",
        "'{0}': the narrative says {1} {2}; {3}, {4} is {5} {2}; difference {6} (rounding tolerance {7}){8}")
    {
        OtherMessages = [EmptyTable],
    };

    private static readonly LocalizedText WithinRounding = new("（在舍入误差范围内，但说明应照录表中数字）", " (within rounding, but the narrative should copy the table's figure)");

    private static readonly LocalizedText OperatingCosts = new("（机关运行经费仅指行政单位的公用经费，含事业单位时可能不同）",
        " (operating costs are the public funds of administrative units only; with institutions they may differ)");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var disclosure = context.Disclosure;
        if (disclosure.Claims.Count == 0) { context.NotApplicable(Rule, "说明中没有可核对的金额。"); return; }
        var unresolved = 0;
        foreach (var claim in disclosure.Claims)
        {
            if (claim.Value is not { IsNumber: true } value || ClaimFigures.IsNotArranged(claim)) continue;
            if (claim.Subject.Table is null && claim.Subject.Figure != Figures.OperatingCosts) continue;
            var cell = ClaimFigures.Resolve(disclosure, claim);
            if (cell is null)
            {
                // A table published empty (declared so) prints zero for everything the narrative may restate.
                if (ClaimFigures.DeclaredEmpty(disclosure, claim.Subject) is { } empty)
                {
                    context.Evaluated(Rule);
                    if (value.Value != 0m)
                        context.Report(new Finding(Rule, Rule.DefaultSeverity, ClaimFigures.Location(claim),
                            claim.Subject.Name, value.Text, ClaimFigures.UnitOf(claim).ToText(), empty.Title)
                        { MessageId = EmptyTable.Id, Expected = 0m, Actual = value.Value, Difference = value.Value, Tolerance = 0m });
                }
                else unresolved++;
                continue;
            }
            if (cell.AnyUnreadable) continue;
            context.Evaluated(Rule);
            Compare(context, claim, value, cell);
        }
        if (unresolved > 0) context.NotChecked(Rule, $"有 {unresolved} 处说明金额找不到对应的表格单元格（表缺失或行列未识别）。");
    }

    private static void Compare(CheckContext context, Claim claim, Amount value, ClaimCell cell)
    {
        var unit = ClaimFigures.UnitOf(claim);
        var stated = ClaimFigures.InYuan(value, unit);
        var printed = cell.Interval;
        var difference = stated.Mid - printed.Mid;
        if (difference == 0m) return;
        var tolerance = stated.HalfWidth + printed.HalfWidth;
        var within = Math.Abs(difference) <= tolerance;
        // A narrative in coarser units than the table rounds the table's figure: that is restating it, not a difference.
        if (within && stated.HalfWidth > printed.HalfWidth) return;
        // 机关运行经费 equals 公用经费 only for administrative units; a unit with 事业 staff may rightly differ.
        var operating = claim.Subject.Figure == Figures.OperatingCosts;
        var severity = within ? Severity.Info : operating ? Severity.Warning : Rule.DefaultSeverity;
        context.Report(new Finding(Rule, severity, ClaimFigures.Location(claim), claim.Subject.Name, value.Text, unit.ToText(), cell.Table.Title, cell.Description,
            ClaimFigures.Show(printed.Mid, unit), ClaimFigures.Show(difference, unit), ClaimFigures.Show(tolerance, unit),
            within ? WithinRounding : operating ? OperatingCosts : LocalizedText.Empty)
        {
            Expected = printed.Mid / ClaimFigures.Factor(unit),
            Actual = value.Value,
            Difference = difference / ClaimFigures.Factor(unit),
            Tolerance = tolerance / ClaimFigures.Factor(unit),
            Cells = cell.Cells,
        });
    }
}
