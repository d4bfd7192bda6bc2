using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules.Plausibility;

/// <summary>
/// BD6015: 机关运行经费 is by definition the 公用经费 of an administrative unit's general-public-budget basic
/// expenditure, so it restates the 基本支出表's 公用经费 total. Institutions (事业单位) may define it differently,
/// hence a warning.
/// </summary>
public sealed class OperatingCostsRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6015", "机关运行经费应等于一般公共预算基本支出的公用经费",
        "机关运行经费为 {0} 万元，一般公共预算基本支出表的公用经费合计为 {1} 万元，相差 {2}（舍入容差 {3}）{4}",
        RuleCategory.Plausibility, Severity.Warning,
        "Make operating costs match the basic expenditure table's public funds",
        "Operating costs are {0} ten thousand yuan; public funds in the basic expenditure table are {1}; difference {2} (rounding tolerance {3}){4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var claim = context.Disclosure.OtherMatters.OperatingCosts;
        if (claim?.Value is not { IsNumber: true } value) { context.NotApplicable(Rule, "没有机关运行经费的金额。"); return; }
        if (claim.Text.Contains("事业单位", StringComparison.Ordinal)) { context.NotApplicable(Rule, "说明写明为事业单位，机关运行经费口径不同。"); return; }
        var basic = context.Disclosure.Table(TableKey.GeneralPublicBasicExpenditure);
        var column = basic?.Column(ColumnKeys.PublicFunds);
        var total = basic?.TotalRow();
        if (basic is null || column is null || total is null || !total[column.Index].IsNumber)
        {
            context.NotChecked(Rule, "没有读到一般公共预算基本支出表的公用经费合计。");
            return;
        }
        if (NarrativeTexts.InTenThousand(value.Value, claim.Unit == MoneyUnit.Unknown ? MoneyUnit.TenThousandYuan : claim.Unit) is not { } stated
            || NarrativeTexts.InTenThousand(total[column.Index].Value, basic.Unit) is not { } table)
        {
            context.NotChecked(Rule, "基本支出表的金额单位不明。");
            return;
        }
        context.Evaluated(Rule);
        var cell = total[column.Index];
        var tolerance = value.HalfUnit + SumComparison.HalfUnit(cell, TableArithmetic.Decimals(basic));
        var difference = stated - table;
        if (difference == 0m) return;
        var beyond = Math.Abs(difference) > tolerance;
        context.Report(new Finding(Rule, beyond ? Rule.DefaultSeverity : Severity.Info, NarrativeTexts.At(context.Disclosure, claim.Source, SectionTopic.OperatingCosts),
            value.Text, cell.Text, NarrativeTexts.Plain(difference), NarrativeTexts.Plain(tolerance), Phrases.Rounding(!beyond))
        {
            Expected = table,
            Actual = stated,
            Difference = difference,
            Tolerance = tolerance,
            Cells = [CellRef.Of(basic, total, column)],
        });
    }
}

/// <summary>
/// BD6016: a table's unit caption (单位：万元 / 元) against what the narrative says of the same figures: when every
/// figure of the table is ten thousand times (or a ten-thousandth of) what the narrative states, the caption is
/// wrong, or the table was exported in the other unit.
/// </summary>
public sealed class TableUnitRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6016", "表格金额单位应与说明一致",
        "{0}标明“单位：{1}”，但其{2}为 {3}{1}，说明中为 {4}{5}，相差约 {6} 倍，金额单位应为“{7}”",
        RuleCategory.Plausibility, Severity.Error,
        "Caption tables with the unit their figures are in",
        "{0} says its unit is {1}, but its {2} is {3} {1} where the narrative says {4} {5}, about {6} times apart; the unit should be {7}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var claims = context.Disclosure.Claims.Where(c => c.Subject.Table is not null && c.Value is { IsNumber: true } v && v.Value != 0m && NarrativeTexts.YuanPer(c.Unit) is not null).ToList();
        if (claims.Count == 0) { context.NotChecked(Rule, "说明中没有可与表格对照的金额。"); return; }
        foreach (var table in context.Disclosure.Tables)
        {
            if (NarrativeTexts.YuanPer(table.Unit) is not { } tablePer) continue;
            var pairs = new List<(Claim Claim, TableRow Row, TableColumn Column, decimal Ratio)>();
            foreach (var claim in claims.Where(c => c.Subject.Table == table.Kind))
            {
                if (Cell(table, claim) is not var (row, column) || !row[column.Index].IsNumber || row[column.Index].Value == 0m) continue;
                var ratio = row[column.Index].Value * tablePer / (claim.Value!.Value.Value * NarrativeTexts.YuanPer(claim.Unit)!.Value);
                pairs.Add((claim, row, column, ratio));
            }
            if (pairs.Count == 0) continue;
            context.Evaluated(Rule);
            // Rounded figures agree to a few percent at worst; a unit slip is a factor of ten thousand.
            static bool Near(decimal ratio, decimal factor) => Math.Abs(ratio / factor - 1m) <= 0.02m;
            if (pairs.Any(p => Near(p.Ratio, 1m))) continue;
            var up = pairs.Where(p => Near(p.Ratio, 10_000m)).ToList();
            var down = pairs.Where(p => Near(p.Ratio, 0.0001m)).ToList();
            var slipped = up.Count >= down.Count ? up : down;
            if (slipped.Count == 0 || slipped.Count * 2 < pairs.Count) continue;
            var first = slipped[0];
            var amount = first.Row[first.Column.Index];
            var shouldBe = slipped == up ? Smaller(table.Unit) : Larger(table.Unit);
            context.Report(new Finding(Rule, Rule.DefaultSeverity,
                new FindingLocation(table.Source) { Table = table.Kind, TableNumber = table.Number, Code = first.Row.Code?.Digits, Label = first.Row.Label, Column = first.Column.Path, Section = first.Claim.Section, Sentence = first.Claim.Text },
                table.Title, table.Unit.ToText(), first.Claim.Subject.Name, amount.Text, first.Claim.Value!.Value.Text, first.Claim.Unit.ToText(),
                slipped == up ? "10000" : "1/10000", shouldBe.ToText())
            {
                Expected = first.Claim.Value!.Value.Value,
                Actual = amount.Value,
                Cells = [.. slipped.Select(p => CellRef.Of(table, p.Row, p.Column)).Distinct()],
            });
        }
    }

    private static (TableRow Row, TableColumn Column)? Cell(BudgetTable table, Claim claim)
    {
        var key = claim.Subject.Column ?? ColumnKeys.Total;
        var column = table.Column(key);
        if (claim.Subject.Code is { } code)
        {
            var row = table.Row(code);
            column = row is null ? null : table.Columns.FirstOrDefault(c => c.Key == key && (c.Panel == TablePanel.None || c.Panel == row.Panel)) ?? column;
            return row is null || column is null ? null : (row, column);
        }
        // A project's 预算安排规模 restates its own row, found by name.
        if (claim.Subject.Figure == "project_budget")
        {
            var name = PerformanceText.Key(claim.Subject.Name);
            var rows = table.Rows.Where(r => r.Kind == RowKind.Project && r.Project is not null && PerformanceText.SameProject(PerformanceText.Key(r.Project), name)).ToList();
            return rows.Count == 1 && column is not null ? (rows[0], column) : null;
        }
        // A named figure other than a table total (因公出国费, 公务接待费) is a row the claim does not identify.
        if (claim.Subject.Figure is { } figure && !figure.EndsWith("_total", StringComparison.Ordinal)) return null;
        var total = column is null ? null : table.TotalRow(column.Panel);
        return total is null || column is null ? null : (total, column);
    }

    private static MoneyUnit Smaller(MoneyUnit unit) => unit == MoneyUnit.HundredMillionYuan ? MoneyUnit.TenThousandYuan : MoneyUnit.Yuan;

    private static MoneyUnit Larger(MoneyUnit unit) => unit == MoneyUnit.Yuan ? MoneyUnit.TenThousandYuan : MoneyUnit.HundredMillionYuan;
}
