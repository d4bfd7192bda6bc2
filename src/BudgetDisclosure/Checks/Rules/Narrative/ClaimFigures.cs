using System.Globalization;
using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules.Narrative;

/// <summary>The table cells a claim restates (several rows when a project is printed under more than one code).</summary>
internal sealed record ClaimCell(BudgetTable Table, IReadOnlyList<TableRow> Rows, TableColumn Column, LocalizedText Description)
{
    public IEnumerable<Amount> Amounts => Rows.Select(r => r[Column.Index]);

    public bool AnyUnreadable => Amounts.Any(a => a.State == AmountState.Unreadable);

    public IReadOnlyList<CellRef> Cells => [.. Rows.Select(r => CellRef.Of(Table, r, Column))];

    /// <summary>The printed figure in yuan, each cell taking at least the table's prevailing precision.</summary>
    public Interval Interval
    {
        get
        {
            var decimals = TableArithmetic.Decimals(Table);
            var factor = ClaimFigures.Factor(Table.Unit);
            var value = Amounts.Sum(a => a.Value) * factor;
            var half = Amounts.Sum(a => SumComparison.HalfUnit(a, decimals)) * factor;
            return new Interval(value - half, value + half);
        }
    }
}

/// <summary>
/// What the narrative rules share: a claim's subject resolved to its table cells, printed figures as intervals in
/// yuan (tables in 元 and narratives in 万元 meet there), the value a year-on-year change applies to, and locations.
/// </summary>
internal static class ClaimFigures
{
    public static decimal Factor(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => 1m,
        MoneyUnit.HundredMillionYuan => 100_000_000m,
        // 万元 is what nearly every table and sentence prints; a figure whose unit was not printed is read that way.
        _ => 10_000m,
    };

    public static MoneyUnit UnitOf(Claim claim) => claim.Unit == MoneyUnit.Unknown ? MoneyUnit.TenThousandYuan : claim.Unit;

    /// <summary>A printed amount of the claim's sentence as an interval in yuan.</summary>
    public static Interval InYuan(Amount amount, MoneyUnit unit)
    {
        var f = Factor(unit);
        return new Interval((amount.Value - amount.HalfUnit) * f, (amount.Value + amount.HalfUnit) * f);
    }

    /// <summary>A yuan figure shown in the claim's unit.</summary>
    public static string Show(decimal yuan, MoneyUnit unit) =>
        Math.Round(yuan / Factor(unit), 6).ToString("0.00####", CultureInfo.InvariantCulture);

    /// <summary>"12.00 + 1.00" for a decrease, "460.00 − 20.00" for an increase: how last year's figure follows from this year's.</summary>
    public static string ShowPrior(Interval current, Interval signedDelta, MoneyUnit unit) =>
        signedDelta.Mid < 0m ? $"{Show(current.Mid, unit)} + {Show(-signedDelta.Mid, unit)}" : $"{Show(current.Mid, unit)} − {Show(signedDelta.Mid, unit)}";

    public static string ShowPercent(decimal value) => Math.Round(value, 4).ToString("0.00##", CultureInfo.InvariantCulture) + "%";

    /// <summary>"已安排" vs "未安排": a claim bound from "X 未安排" (no amount printed) states zero.</summary>
    public static bool IsNotArranged(Claim claim) =>
        claim.Value is { IsNumber: true, Value: 0m } && claim.Text.Contains("未安排", StringComparison.Ordinal) && !claim.Text.Contains('元', StringComparison.Ordinal);

    /// <summary>
    /// The key under which two claims restate the same figure in the same scope: the table kind, code and column, or the
    /// named figure (a project by its name). Claims of different sections share a key only when they name the same cell.
    /// </summary>
    public static string? SubjectKey(ClaimSubject subject)
    {
        if (subject.Figure is { } figure)
            return "figure:" + figure + (figure == Figures.ProjectBudget ? "/" + TextNormalizer.Squeeze(subject.Name) : "");
        if (subject.Table is { } table && subject.Column is { } column)
            return $"{table.ToName()}:{subject.Code}:{column}";
        return null;
    }

    /// <summary>The cells of <paramref name="disclosure"/> that the claim's subject names; null when they cannot be found.</summary>
    public static ClaimCell? Resolve(Disclosure disclosure, Claim claim) => Resolve(disclosure, claim.Subject, claim.Topic);

    public static ClaimCell? Resolve(Disclosure disclosure, ClaimSubject subject, SectionTopic topic)
    {
        if (subject.Figure == Figures.OperatingCosts) return OperatingCosts(disclosure);
        if (subject.Table is not { } kind || subject.Column is not { } key) return null;
        var table = disclosure.Table(kind);
        if (table is null) return null;
        var panel = PanelOf(kind, subject, topic);
        var column = table.Column(key, panel) ?? (panel == TablePanel.None ? null : table.Column(key));
        if (column is null) return null;
        if (kind == TableKey.ThreePublicExpenses) return ThreePublicRow(table, column, subject);
        if (subject.Figure == Figures.ProjectBudget) return ProjectRows(table, column, subject.Name);
        var row = subject.Code is { } code
            ? table.Rows.FirstOrDefault(r => r.Kind == RowKind.Item && r.Code?.Digits == code && (panel == TablePanel.None || r.Panel == panel))
            : table.TotalRow(panel);
        return row is null ? null : new ClaimCell(table, [row], column,
            Phrases.InColumn(subject.Code is null ? row.Label : LocalizedText.Verbatim($"{subject.Code} {row.Label}"), column.Path));
    }

    /// <summary>The claim's table when it is published empty (declared so, or without a single amount).</summary>
    public static BudgetTable? DeclaredEmpty(Disclosure disclosure, ClaimSubject subject) =>
        subject.Table is { } kind && disclosure.Table(kind) is { } table
        && (table.IsDeclaredEmpty || table.Rows.All(r => r.Cells.All(c => !c.Amount.IsPrinted || c.Amount.Value == 0m)))
            ? table : null;

    /// <summary>The total row of the claim's table in the column the share or structure is taken of.</summary>
    public static ClaimCell? Base(Disclosure disclosure, Claim claim)
    {
        if (claim.Subject.Table is not { } kind || kind == TableKey.ThreePublicExpenses || claim.Subject.Figure is not null) return null;
        var table = disclosure.Table(kind);
        if (table is null) return null;
        var panel = PanelOf(kind, claim.Subject, claim.Topic);
        // A class's share is taken of its own column's total; a column's share (一般公共预算 of all income) of the grand total.
        var key = claim.Subject.Code is null ? ColumnKeys.Total : claim.Subject.Column ?? ColumnKeys.Total;
        var column = table.Column(key, panel) ?? table.Column(ColumnKeys.Total, panel);
        var row = table.TotalRow(panel);
        return column is null || row is null ? null : new ClaimCell(table, [row], column, Phrases.InColumn(row.Label, column.Path));
    }

    private static TablePanel PanelOf(TableKey kind, ClaimSubject subject, SectionTopic topic)
    {
        if (!kind.IsAny(TableKey.IncomeExpenditureSummary, TableKey.FiscalAppropriationSummary)) return TablePanel.None;
        if (subject.Code is not null) return TablePanel.Expenditure;
        if (subject.Column is not (null or ColumnKeys.Total)) return TablePanel.Expenditure;
        return topic == SectionTopic.Expenditure ? TablePanel.Expenditure : TablePanel.Income;
    }

    private static ClaimCell? ThreePublicRow(BudgetTable table, TableColumn column, ClaimSubject subject)
    {
        bool Has(TableRow r, string s) => TextNormalizer.Squeeze(r.Label).Contains(s, StringComparison.Ordinal);
        // Some tables print the items as columns (上年 | 当年 | 增减 × 合计, 小计, 因公出国 …, 会议费, 培训费) and the units as
        // rows: its 合计 column adds 会议费 and 培训费 and may be last year's, so no cell of it is the stated "三公" figure.
        if (table.Columns.Any(c => c.HeaderPath.Any(h => h.Contains("公务接待", StringComparison.Ordinal) || h.Contains("因公出国", StringComparison.Ordinal))))
            return null;
        var row = subject.Figure switch
        {
            Figures.ThreePublicTotal => table.TotalRow(),
            Figures.OverseasTravel => table.Rows.FirstOrDefault(r => Has(r, "因公出国")),
            Figures.Reception => table.Rows.FirstOrDefault(r => Has(r, "公务接待")),
            Figures.VehicleTotal => table.Rows.FirstOrDefault(r => Has(r, "购置及运行")),
            Figures.VehiclePurchase => table.Rows.FirstOrDefault(r => Has(r, "购置费") && !Has(r, "购置及运行")),
            Figures.VehicleOperation => table.Rows.FirstOrDefault(r => Has(r, "运行") && !Has(r, "购置及运行")),
            _ => null,
        };
        return row is null ? null : new ClaimCell(table, [row], column, LocalizedText.Verbatim(row.Label));
    }

    private static ClaimCell? ProjectRows(BudgetTable table, TableColumn column, string name)
    {
        var key = TextNormalizer.Squeeze(name);
        if (key.Length == 0) return null;
        var rows = table.Rows.Where(r => r.Kind == RowKind.Project && r.Project is { } p && TextNormalizer.Squeeze(p) == key).ToList();
        return rows.Count == 0 ? null : new ClaimCell(table, rows, column, new LocalizedText("项目“{0}”（{1}）", "project '{0}' ({1})", rows[0].Project, column.Path));
    }

    /// <summary>机关运行经费 = the general public budget's 公用经费 (for administrative units).</summary>
    private static ClaimCell? OperatingCosts(Disclosure disclosure)
    {
        var table = disclosure.Table(TableKey.GeneralPublicBasicExpenditure);
        var column = table?.Column(ColumnKeys.PublicFunds);
        var row = table?.TotalRow();
        return table is null || column is null || row is null ? null : new ClaimCell(table, [row], column, Phrases.InColumn(row.Label, column.Path));
    }

    /// <summary>
    /// The figures the claim's year-on-year change applies to, in yuan: the amount the sentence states (or another
    /// sentence states for the same subject) and the table's printed figure. A relation holds when it holds for one of
    /// them, so that a wrong amount is reported once, by the rule about amounts, not again by every rate built on it.
    /// </summary>
    public static List<Interval> CurrentCandidates(Disclosure disclosure, Claim claim)
    {
        var result = new List<Interval>();
        var unit = UnitOf(claim);
        if (claim.Value is { IsNumber: true } value) result.Add(InYuan(value, unit));
        else if (SubjectKey(claim.Subject) is { } key
                 && disclosure.Claims.FirstOrDefault(c => c.Value is { IsNumber: true } && SubjectKey(c.Subject) == key) is { } other)
            result.Add(InYuan(other.Value!.Value, UnitOf(other)));
        // 公用经费 stands for 机关运行经费 only when the unit is administrative: not a reading of the same figure.
        if (Resolve(disclosure, claim) is { AnyUnreadable: false } cell && claim.Subject.Figure != Figures.OperatingCosts)
            result.Add(cell.Interval);
        return result;
    }

    /// <summary>+1 for an increase, −1 for a decrease, 0 for 持平.</summary>
    public static int Sign(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Increase => 1,
        ChangeDirection.Decrease => -1,
        _ => 0,
    };

    /// <summary>The signed change in yuan as an interval; zero for 持平; null when no amount is stated.</summary>
    public static Interval? SignedDelta(Claim claim)
    {
        if (claim.Change is not { } change) return null;
        if (change.Direction == ChangeDirection.Flat) return change.Delta is { IsNumber: true } d ? InYuan(d, UnitOf(claim)) : Interval.Exact(0m);
        if (change.Delta is not { IsNumber: true } delta) return null;
        var i = InYuan(delta, UnitOf(claim));
        return Sign(change.Direction) > 0 ? i : new Interval(-i.High, -i.Low);
    }

    /// <summary>A basis other than last year's budget (上年决算, 上年执行数) is not last year's published budget figure.</summary>
    public static bool ComparesWithBudget(YearOnYearChange change) =>
        change.Basis is null || !(change.Basis.Contains("决算", StringComparison.Ordinal) || change.Basis.Contains("执行", StringComparison.Ordinal));

    public static FindingLocation Location(Claim claim) => new(claim.Source)
    {
        Code = claim.Subject.Code,
        Label = claim.Subject.Name,
        Section = claim.Section,
        Sentence = claim.Text,
    };

    /// <summary>How far apart two intervals are (0 when they meet).</summary>
    public static decimal Gap(Interval a, Interval b) => a.Meets(b) ? 0m : Math.Max(a.Low - b.High, b.Low - a.High);
}
