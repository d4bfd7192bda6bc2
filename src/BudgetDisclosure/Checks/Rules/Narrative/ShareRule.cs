using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>
/// BD3002: "占 X%" = the amount ÷ the section's base × 100, within the rounding of all three printed figures. The base is
/// the total of the claim's table: income total for 收入, expenditure total for 支出, the general public total for
/// 一般公共预算当年拨款结构.
/// </summary>
public sealed class ShareRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD3002", "占比应等于金额除以总额",
        "“{0}”：说明称占 {1}，按 {2} ÷ {3} 计算为 {4}（可取范围 {5}–{6}），相差 {7}{8}",
        RuleCategory.Narrative, Severity.Error,
        "Make each share equal the amount divided by its total",
        "'{0}': the narrative says {1}; {2} / {3} gives {4} (range {5}–{6}), a difference of {7}{8}");

    private static readonly LocalizedText RoundingAdjustment = new("（差一个尾数，且所列占比合计恰为 100%，应是尾差调整）",
        " (one in the last digit, and the listed shares add up to exactly 100%: a rounding adjustment)");

    private static readonly LocalizedText LastDigit = new("（差一个尾数，可能是舍入方式不同）", " (one in the last digit: perhaps rounded another way)");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var disclosure = context.Disclosure;
        var withShare = disclosure.Claims.Where(c => c.Share is not null).ToList();
        if (withShare.Count == 0) { context.NotApplicable(Rule, "说明中没有“占 X%”的占比。"); return; }
        var missing = 0;
        foreach (var claim in withShare)
        {
            var values = Values(disclosure, claim);
            var bases = Bases(disclosure, claim);
            if (values.Count == 0 || bases.Count == 0) { missing++; continue; }
            context.Evaluated(Rule);
            var share = claim.Share!.Value;
            var stated = Interval.Of(share);
            var best = (Gap: decimal.MaxValue, Value: values[0], Base: bases[0], Computed: (Interval?)null);
            foreach (var v in values)
                foreach (var b in bases)
                {
                    if (Interval.PercentOf(v.Range, b.Range) is not { } computed) continue;
                    var gap = ClaimFigures.Gap(computed, stated);
                    if (gap < best.Gap) best = (gap, v, b, computed);
                }
            if (best.Computed is not { } shown || best.Gap == 0m) continue;
            var lastDigit = Interval.Scale(share.Decimals);
            var (severity, note) = best.Gap > lastDigit ? (Rule.DefaultSeverity, LocalizedText.Empty)
                : ListSumsToHundred(disclosure, claim) ? (Severity.Info, RoundingAdjustment)
                : (Severity.Warning, LastDigit);
            context.Report(new Finding(Rule, severity, ClaimFigures.Location(claim), claim.Subject.Name, share.Text, best.Value.Label, best.Base.Label,
                ClaimFigures.ShowPercent(shown.Mid), ClaimFigures.ShowPercent(shown.Low), ClaimFigures.ShowPercent(shown.High),
                ClaimFigures.ShowPercent(share.Value - shown.Mid), note)
            {
                Expected = Math.Round(shown.Mid, 4),
                Actual = share.Value,
                Difference = Math.Round(share.Value - shown.Mid, 4),
                Tolerance = Math.Round(shown.HalfWidth + 0.5m * lastDigit, 4),
                Cells = [.. Cells(disclosure, claim)],
            });
        }
        if (missing > 0) context.NotChecked(Rule, $"有 {missing} 处占比找不到金额或总额。");
    }

    internal sealed record Figure(Interval Range, LocalizedText Label);

    /// <summary>The amount: as the sentence states it, and as the table prints it.</summary>
    internal static List<Figure> Values(Disclosure disclosure, Claim claim)
    {
        var unit = ClaimFigures.UnitOf(claim);
        var result = new List<Figure>();
        if (claim.Value is { IsNumber: true } v) result.Add(new Figure(ClaimFigures.InYuan(v, unit), LocalizedText.Verbatim(v.Text)));
        if (ClaimFigures.Resolve(disclosure, claim) is { AnyUnreadable: false } cell)
            result.Add(new Figure(cell.Interval, InTable(cell, unit)));
        return result;
    }

    /// <summary>The base: the table's total, and the total the section itself states ("收入预算 502.00 万元，其中：").</summary>
    internal static List<Figure> Bases(Disclosure disclosure, Claim claim)
    {
        var unit = ClaimFigures.UnitOf(claim);
        var result = new List<Figure>();
        if (ClaimFigures.Base(disclosure, claim) is { AnyUnreadable: false } cell)
            result.Add(new Figure(cell.Interval, InTable(cell, unit)));
        if (SectionTotal(disclosure, claim) is { } total)
            result.Add(new Figure(ClaimFigures.InYuan(total.Value!.Value, ClaimFigures.UnitOf(total)),
                new LocalizedText("说明所称“{0}” {1}", "'{0}' as the narrative states it, {1}", total.Subject.Name, total.Value!.Value.Text)));
        return result;
    }

    /// <summary>"收入总体情况表合计（合计） 502.00": the cell and its figure in the claim's unit.</summary>
    private static LocalizedText InTable(ClaimCell cell, MoneyUnit unit) =>
        new("{0}{1} {2}", "{0}, {1}, {2}", cell.Table.Title, cell.Description, ClaimFigures.Show(cell.Interval.Mid, unit));

    /// <summary>The claim of the same section that states the total of the same table.</summary>
    internal static Claim? SectionTotal(Disclosure disclosure, Claim claim) =>
        disclosure.Claims.FirstOrDefault(c => !ReferenceEquals(c, claim) && c.Section == claim.Section && c.Subject.Table == claim.Subject.Table
            && c.Subject.Table is not null && c.Subject.Code is null && c.Subject.Figure is null && c.Subject.Column == ColumnKeys.Total
            && c.Value is { IsNumber: true });

    /// <summary>The shares listed with the claim: same section, same table, same level (classes, or columns).</summary>
    internal static List<Claim> List(Disclosure disclosure, Claim claim) =>
    [
        .. disclosure.Claims.Where(c => c.Share is not null && c.Section == claim.Section && c.Subject.Table == claim.Subject.Table
            && (c.Subject.Code is null) == (claim.Subject.Code is null)),
    ];

    private static bool ListSumsToHundred(Disclosure disclosure, Claim claim)
    {
        var list = List(disclosure, claim);
        return list.Count > 1 && list.Sum(c => c.Share!.Value.Value) == 100m;
    }

    private static IEnumerable<CellRef> Cells(Disclosure disclosure, Claim claim)
    {
        if (ClaimFigures.Resolve(disclosure, claim) is { } cell) foreach (var c in cell.Cells) yield return c;
        if (ClaimFigures.Base(disclosure, claim) is { } b) foreach (var c in b.Cells) yield return c;
    }
}
