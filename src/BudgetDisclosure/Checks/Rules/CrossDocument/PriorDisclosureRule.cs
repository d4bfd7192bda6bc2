using BudgetDisclosure.Checks.Rules.Narrative;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.CrossDocument;

/// <summary>
/// BD8001: the figure a "比上年" claim implies for last year (amount − change) is what last year's disclosure published
/// for the same subject: the same table kind, code and column, or the same named figure.
/// </summary>
public sealed class PriorDisclosureRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD8001", "比上年增减应与上年公开的数字一致",
        "“{0}”：说明隐含上年数 {1}（{2}），上年公开的{3}为 {4}，相差 {5}（舍入容差 {6}）",
        RuleCategory.CrossDocument, Severity.Error,
        "Compare with the figure published last year",
        "'{0}': the narrative implies last year's {1} ({2}); last year's disclosure published {3} as {4}; difference {5} (rounding tolerance {6})");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var disclosure = context.Disclosure;
        if (context.Prior is not { } prior) { context.NotApplicable(Rule, "未提供上年公开文件（--prior），无法与上年数字核对。"); return; }
        if (disclosure.Year is { } year && prior.Year is { } priorYear && priorYear != year - 1)
        {
            context.NotChecked(Rule, $"所给上年文件是 {priorYear} 年的，本文件是 {year} 年的，不是上一年。");
            return;
        }
        var claims = disclosure.Claims.Where(c => c.Change is { } ch && ClaimFigures.ComparesWithBudget(ch) && ClaimFigures.SignedDelta(c) is not null).ToList();
        if (claims.Count == 0) { context.NotApplicable(Rule, "说明中没有比上年增减的表述。"); return; }
        var unmatched = 0;
        foreach (var claim in claims)
        {
            var implied = PriorFigureConsistencyRule.ImpliedPriors(disclosure, claim);
            var published = Published(disclosure, prior, claim);
            if (implied.Count == 0 || published is null) { unmatched++; continue; }
            context.Evaluated(Rule);
            var (figure, description) = published.Value;
            if (implied.Any(i => i.Prior.Meets(figure))) continue;
            var x = implied[0];
            var unit = ClaimFigures.UnitOf(claim);
            var difference = x.Prior.Mid - figure.Mid;
            var tolerance = x.Prior.HalfWidth + figure.HalfWidth;
            context.Report(new Finding(Rule, Rule.DefaultSeverity, ClaimFigures.Location(claim),
                claim.Subject.Name, ClaimFigures.Show(x.Prior.Mid, unit), ClaimFigures.ShowPrior(x.Current, x.Delta, unit),
                description, ClaimFigures.Show(figure.Mid, unit), ClaimFigures.Show(difference, unit), ClaimFigures.Show(tolerance, unit))
            {
                Expected = figure.Mid / ClaimFigures.Factor(unit),
                Actual = x.Prior.Mid / ClaimFigures.Factor(unit),
                Difference = difference / ClaimFigures.Factor(unit),
                Tolerance = tolerance / ClaimFigures.Factor(unit),
                Cells = ClaimFigures.Resolve(disclosure, claim)?.Cells ?? [],
            });
        }
        if (unmatched > 0) context.NotChecked(Rule, $"有 {unmatched} 处增减在上年文件中找不到对应的数字。");
    }

    /// <summary>Last year's figure for the claim's subject: its table cell, zero for a code the table did not list, or the same named figure.</summary>
    private static (Interval Figure, LocalizedText Description)? Published(Disclosure current, Disclosure prior, Claim claim)
    {
        // A named figure that is no table's cell (机关运行经费) is compared with what last year's narrative said of it first.
        if (claim.Subject.Table is null && Stated(prior, claim) is { } said) return said;
        if (ClaimFigures.Resolve(prior, claim.Subject, claim.Topic) is { AnyUnreadable: false } cell)
            return (cell.Interval, new LocalizedText("{0}{1}", "{0}, {1}", cell.Table.Title, cell.Description));
        if (claim.Subject is { Table: { } kind, Code: { } code, Column: { } key } && prior.Table(kind) is { } table
            && table.Column(key) is { } column && table.Rows.Any(r => r.Code is not null) && table.Row(code) is null)
        {
            // The classification is revised from year to year (2040405 公诉、审判、侦查、执行等检察监督支出 became 2040410 检察监督
            // in 2019): the same item under its old code is last year's figure, found under the same 款 by its name.
            var name = Squeezed(current.Table(kind)?.Row(code)?.Label);
            var renamed = name.Length >= 2 && code.Length > 5
                ? table.Rows.Where(r => r.Code is { } c && c.Digits.Length == code.Length && c.Digits[..5] == code[..5]
                        && Squeezed(r.Label) is { Length: >= 2 } label && (label.Contains(name, StringComparison.Ordinal) || name.Contains(label, StringComparison.Ordinal)))
                    .ToList()
                : [];
            if (renamed.Count == 1 && renamed[0][column.Index] is { IsNumber: true } amount)
                return (ClaimFigures.InYuan(amount, table.Unit), new LocalizedText("{0}科目 {1}“{2}”（今年编码 {3}）", "{0}, code {1} '{2}' (coded {3} this year)",
                    table.Title, renamed[0].Code!.Digits, renamed[0].Label, code));
            // Two rows that could be last year's are no answer; with none, the item was not budgeted last year.
            if (renamed.Count > 1) return null;
            return (Interval.Exact(0m), new LocalizedText("{0}（未列科目 {1}）", "{0} (code {1} not listed)", table.Title, code));
        }
        return Stated(prior, claim);
    }

    private static string Squeezed(string? label) =>
        label is null ? "" : Normalization.TextNormalizer.Squeeze(label).TrimEnd('支', '出');

    private static (Interval Figure, LocalizedText Description)? Stated(Disclosure prior, Claim claim) =>
        ClaimFigures.SubjectKey(claim.Subject) is { } subjectKey
        && prior.Claims.FirstOrDefault(c => c.Value is { IsNumber: true } && ClaimFigures.SubjectKey(c.Subject) == subjectKey) is { } stated
            ? (ClaimFigures.InYuan(stated.Value!.Value, ClaimFigures.UnitOf(stated)), new LocalizedText("说明中“{0}”", "'{0}' in the narrative", stated.Subject.Name))
            : null;
}
