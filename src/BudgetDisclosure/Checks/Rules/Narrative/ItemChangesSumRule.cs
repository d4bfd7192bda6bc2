using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>
/// BD3006: the changes of the parts add up to the change of their total: 基本支出 + 项目支出 = 合计; the (项) items of
/// 一般公共预算当年拨款具体使用情况 = 一般公共预算拨款合计; the "三公" items = the "三公" total. A total without a stated change
/// takes the sum of its 基本/项目 changes.
/// </summary>
public sealed class ItemChangesSumRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD3006", "各项增减额之和应等于合计的增减额",
        "{0}：{1} 项的增减额之和为 {2}，{3}的增减额为 {4}，相差 {5}（舍入容差 {6}）{7}",
        RuleCategory.Narrative, Severity.Error,
        "Make the item changes add up to the total's change",
        "In {0}, the changes of {1} items add up to {2}; the change of {3} is {4}; difference {5} (rounding tolerance {6}){7}");

    public override RuleDescriptor Descriptor => Rule;

    private sealed record Change(Interval Delta, LocalizedText Source, Claim Claim)
    {
        /// <summary>The printed amounts the change is made of (two for a total derived from 基本 and 项目).</summary>
        public IReadOnlyList<(Amount Amount, MoneyUnit Unit)> Printed { get; init; } = [(Claim.Change!.Delta ?? Amount.FromValue(0m, 2), ClaimFigures.UnitOf(Claim))];
    }

    public override void Check(CheckContext context)
    {
        var disclosure = context.Disclosure;
        var withChange = disclosure.Claims.Where(c => c.Change is { } ch && ClaimFigures.ComparesWithBudget(ch) && ClaimFigures.SignedDelta(c) is not null).ToList();
        if (withChange.Count == 0) { context.NotApplicable(Rule, "说明中没有比上年增减额。"); return; }
        var reasons = new List<string>();
        foreach (var kind in withChange.Select(c => c.Subject.Table).OfType<TableKey>().Distinct())
        {
            if (kind == TableKey.ThreePublicExpenses) continue;
            Change? Column(string key) => withChange.Where(c => c.Subject.Table == kind && c.Subject.Code is null && c.Subject.Figure is null && c.Subject.Column == key)
                .Select(c => new Change(ClaimFigures.SignedDelta(c)!.Value, LocalizedText.Verbatim(c.Subject.Name), c)).FirstOrDefault();
            var total = Column(ColumnKeys.Total);
            var basic = Column(ColumnKeys.Basic);
            var project = Column(ColumnKeys.Project);
            if (total is not null && basic is not null && project is not null)
                Compare(context, kind.ToText(), [basic, project], total, total.Claim);
            var derived = total ?? (basic is not null && project is not null
                ? new Change(basic.Delta + project.Delta, new LocalizedText("{0}与{1}", "{0} and {1}", basic.Source, project.Source), basic.Claim) { Printed = [.. basic.Printed, .. project.Printed] } : null);
            Items(context, disclosure, kind, withChange, derived, reasons);
        }
        ThreePublic(context, withChange, reasons);
        if (reasons.Count > 0) context.NotChecked(Rule, string.Join("；", reasons.Distinct()) + "。");
    }

    /// <summary>The (项) items of one table against its total; all its non-zero 项 rows must be listed.</summary>
    private static void Items(CheckContext context, Disclosure disclosure, TableKey kind, List<Claim> withChange, Change? total, List<string> reasons)
    {
        var items = withChange.Where(c => c.Subject.Table == kind && c.Subject.Code is { Length: 7 } && c.Subject.Figure is null).ToList();
        if (items.Count == 0) return;
        if (total is null) { reasons.Add($"{kind.ToChinese()}的合计未说明比上年增减"); return; }
        var table = disclosure.Table(kind);
        var column = table?.Column(ColumnKeys.Total);
        if (table is null || column is null) { reasons.Add($"缺少{kind.ToChinese()}，无法确认所列项级科目是否齐全"); return; }
        var listed = items.Select(c => c.Subject.Code!).ToHashSet(StringComparer.Ordinal);
        var unlisted = table.Rows.Where(r => r.Kind == RowKind.Item && r.Code is { Level: CodeLevel.Item } code && r.PrintedCode is null
            && r[column.Index].Value != 0m && !listed.Contains(code.Digits)).Select(r => r.Code!.Digits).Distinct().ToList();
        if (unlisted.Count > 0) { reasons.Add($"说明未列出{kind.ToChinese()}的项级科目 {string.Join("、", unlisted)} 的增减"); return; }
        // A derived total is reported at the sentence stating the total itself ("一般公共预算拨款合计 … 其中："), when there is one.
        var at = disclosure.Claims.FirstOrDefault(c => c.Subject.Table == kind && c.Subject.Code is null && c.Subject.Figure is null
            && c.Subject.Column == ColumnKeys.Total && c.Topic == total.Claim.Topic) ?? total.Claim;
        Compare(context, new LocalizedText("{0}的项级科目", "the item-level codes of {0}", kind.ToText()),
            [.. items.GroupBy(c => c.Subject.Code).Select(g => g.First()).Select(c => new Change(ClaimFigures.SignedDelta(c)!.Value, LocalizedText.Verbatim(c.Subject.Name), c))], total, at);
    }

    private static void ThreePublic(CheckContext context, List<Claim> withChange, List<string> reasons)
    {
        Change? Figure(string figure) => withChange.Where(c => c.Subject.Figure == figure)
            .Select(c => new Change(ClaimFigures.SignedDelta(c)!.Value, LocalizedText.Verbatim(c.Subject.Name), c)).FirstOrDefault();
        var total = Figure(Figures.ThreePublicTotal);
        var overseas = Figure(Figures.OverseasTravel);
        var reception = Figure(Figures.Reception);
        var vehicles = Figure(Figures.VehicleTotal);
        var purchase = Figure(Figures.VehiclePurchase);
        var operation = Figure(Figures.VehicleOperation);
        if (total is null) return;
        List<Change?> parts = vehicles is not null ? [overseas, reception, vehicles] : [overseas, reception, purchase, operation];
        if (parts.All(p => p is null)) return;
        if (parts.Any(p => p is null)) { reasons.Add("说明未逐项给出“三公”经费各项的增减"); return; }
        Compare(context, new LocalizedText("“三公”经费", "the three public expenses"), [.. parts.OfType<Change>()], total, total.Claim);
    }

    private static void Compare(CheckContext context, LocalizedText what, IReadOnlyList<Change> parts, Change total, Claim at)
    {
        context.Evaluated(Rule);
        var unit = ClaimFigures.UnitOf(at);
        var sum = parts.Aggregate(Interval.Exact(0m), (s, p) => s + p.Delta);
        var difference = sum.Mid - total.Delta.Mid;
        if (difference == 0m) return;
        // Word drops trailing zeros ("增加 0 万元" among "6.38"): such a figure is as precise as the others, not ±0.5.
        var printed = parts.SelectMany(p => p.Printed).Concat(total.Printed).ToList();
        var decimals = printed.Where(p => p.Amount.IsNumber).Select(p => p.Amount.Decimals).DefaultIfEmpty(0).Max();
        var tolerance = printed.Sum(p => SumComparison.HalfUnit(p.Amount, decimals) * ClaimFigures.Factor(p.Unit));
        var within = Math.Abs(difference) <= tolerance;
        var disclosure = context.Disclosure;
        context.Report(new Finding(Rule, within ? Severity.Info : Rule.DefaultSeverity, ClaimFigures.Location(at), what, parts.Count,
            ClaimFigures.Show(sum.Mid, unit), total.Source, ClaimFigures.Show(total.Delta.Mid, unit), ClaimFigures.Show(difference, unit),
            ClaimFigures.Show(tolerance, unit), Phrases.Rounding(within))
        {
            Expected = total.Delta.Mid / ClaimFigures.Factor(unit),
            Actual = sum.Mid / ClaimFigures.Factor(unit),
            Difference = difference / ClaimFigures.Factor(unit),
            Tolerance = tolerance / ClaimFigures.Factor(unit),
            Cells = [.. parts.Select(p => p.Claim).Append(total.Claim).Select(c => ClaimFigures.Resolve(disclosure, c)).OfType<ClaimCell>().SelectMany(c => c.Cells).Distinct()],
        });
    }
}
