using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Storage;

/// <summary>A figure of a document that units are compared on (<c>budget query compare --measure</c>), in 万元 or persons.</summary>
public sealed record Measure(string Name, decimal Value, string Origin);

/// <summary>
/// The measures a comparison across units asks for, taken from the tables where the national template puts them and
/// from the narrative where only it states them (机关运行经费, 政府采购). Money is converted to 万元 from the table's
/// own unit, so a document in 元 compares with one in 万元. A measure the document does not state is absent, never 0.
/// </summary>
public static class Measures
{
    /// <summary>Every measure's name and what it is, in the order <c>budget query compare</c> lists them.</summary>
    public static IReadOnlyList<(string Name, string Chinese)> Known { get; } =
    [
        ("expenditure_total", "支出合计"),
        ("income_total", "收入合计"),
        ("basic", "基本支出"),
        ("project", "项目支出"),
        ("personnel", "人员经费"),
        ("public_funds", "公用经费"),
        ("general_public", "一般公共预算拨款"),
        ("three_public_total", "“三公”经费合计"),
        ("overseas_travel", "因公出国（境）费"),
        ("reception", "公务接待费"),
        ("vehicles", "公务用车购置及运行费"),
        ("vehicle_purchase", "公务用车购置费"),
        ("vehicle_operation", "公务用车运行费"),
        ("operating_costs", "机关运行经费"),
        ("procurement", "政府采购预算"),
        ("staff_authorized", "编制数（人）"),
        ("staff_actual", "实有人数（人）"),
    ];

    public static bool IsKnown(string name) => Known.Any(k => k.Name == name);

    public static string ChineseOf(string name) => Known.FirstOrDefault(k => k.Name == name).Chinese ?? name;

    public static IReadOnlyList<Measure> Of(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var found = new Dictionary<string, Measure>(StringComparer.Ordinal);
        void Add(string name, decimal? value, string origin)
        {
            if (value is { } v && !found.ContainsKey(name)) found[name] = new Measure(name, v, origin);
        }

        if (disclosure.Table(TableKey.Expenditure) is { } expenditure && expenditure.TotalRow() is { } expenditureTotal)
        {
            Add("expenditure_total", Cell(expenditure, expenditureTotal, ColumnKeys.Total), Origin(expenditure, expenditureTotal));
            Add("basic", Cell(expenditure, expenditureTotal, ColumnKeys.Basic), Origin(expenditure, expenditureTotal));
            Add("project", Cell(expenditure, expenditureTotal, ColumnKeys.Project), Origin(expenditure, expenditureTotal));
        }
        if (disclosure.Table(TableKey.Income) is { } income && income.TotalRow() is { } incomeTotal)
            Add("income_total", Cell(income, incomeTotal, ColumnKeys.Total), Origin(income, incomeTotal));
        if (disclosure.Table(TableKey.IncomeExpenditureSummary) is { } summary)
        {
            if (summary.TotalRow(TablePanel.Expenditure) is { } spent && FirstNumber(summary, spent, TablePanel.Expenditure) is { } s)
                Add("expenditure_total", s, Origin(summary, spent));
            if (summary.TotalRow(TablePanel.Income) is { } received && FirstNumber(summary, received, TablePanel.Income) is { } r)
                Add("income_total", r, Origin(summary, received));
        }
        if (disclosure.Table(TableKey.GeneralPublicExpenditure) is { } general && general.TotalRow() is { } generalTotal)
            Add("general_public", Cell(general, generalTotal, ColumnKeys.Total), Origin(general, generalTotal));
        if (disclosure.Table(TableKey.GeneralPublicBasicExpenditure) is { } basic)
        {
            if (basic.TotalRow() is { } basicTotal)
            {
                Add("personnel", Cell(basic, basicTotal, ColumnKeys.Personnel), Origin(basic, basicTotal));
                Add("public_funds", Cell(basic, basicTotal, ColumnKeys.PublicFunds), Origin(basic, basicTotal));
            }
            // Without 人员经费 and 公用经费 columns the economic classes say it: 301 + 303 and 302 + 310.
            Add("personnel", CodeSum(basic, "301", "303"), basic.Title + " 301+303");
            Add("public_funds", CodeSum(basic, "302", "310"), basic.Title + " 302+310");
        }
        // A table the reader could not key (aggregated, names only) leaves the narrative's statement of its total.
        foreach (var (name, table, column) in (ReadOnlySpan<(string, TableKey, string)>)[
            ("expenditure_total", TableKey.Expenditure, ColumnKeys.Total), ("income_total", TableKey.Income, ColumnKeys.Total),
            ("basic", TableKey.Expenditure, ColumnKeys.Basic), ("project", TableKey.Expenditure, ColumnKeys.Project),
            ("general_public", TableKey.GeneralPublicExpenditure, ColumnKeys.Total)])
            if (disclosure.Claims.FirstOrDefault(c => c.Subject is { Code: null, Figure: null } s && s.Table == table && s.Column == column && c.Value is { IsNumber: true }) is { } stated)
                Add(name, ToWan(stated.Value!.Value.Value, stated.Unit), "说明：" + stated.Subject.Name);
        // 三公经费 and its parts: the narrative's statement first — every disclosure must state them, and tables of them
        // come in shapes (items as columns, years as rows) a row lookup misreads — then the table's rows.
        foreach (var name in (string[])["three_public_total", "overseas_travel", "reception", "vehicle_purchase", "vehicle_operation"])
            if (disclosure.Claims.FirstOrDefault(c => c.Subject.Figure == name && c.Value is { IsNumber: true }) is { } stated)
                Add(name, ToWan(stated.Value!.Value.Value, stated.Unit), "说明：" + stated.Subject.Name);
        if (disclosure.Table(TableKey.ThreePublicExpenses) is { } three && !three.IsDeclaredEmpty)
        {
            Add("three_public_total", Row(three, r => r.Kind == RowKind.Total), three.Title + " 合计");
            Add("overseas_travel", Row(three, r => Has(r, "出国")), three.Title + " 因公出国（境）费");
            Add("reception", Row(three, r => Has(r, "接待")), three.Title + " 公务接待费");
            Add("vehicles", Row(three, r => Has(r, "购置及运行")), three.Title + " 公务用车购置及运行费");
            Add("vehicle_purchase", Row(three, r => Has(r, "购置") && !Has(r, "购置及运行")), three.Title + " 公务用车购置费");
            Add("vehicle_operation", Row(three, r => Has(r, "运行") && !Has(r, "购置及运行")), three.Title + " 公务用车运行费");
        }
        if (disclosure.OtherMatters.OperatingCosts is { Value: { IsNumber: true } cost } claim)
            Add("operating_costs", ToWan(cost.Value, claim.Unit), "说明：机关运行经费");
        if (disclosure.OtherMatters.Procurement is { Total: { IsNumber: true } total } procurement)
            Add("procurement", ToWan(total.Value, procurement.Unit), "说明：政府采购");
        if (disclosure.Profile.Staffing is { } staffing)
        {
            if (staffing.Authorized is { } authorized) Add("staff_authorized", authorized.Count, "说明：编制数");
            if (staffing.Actual is { } actual) Add("staff_actual", actual.Count, "说明：实有人数");
        }
        return [.. Known.Where(k => found.ContainsKey(k.Name)).Select(k => found[k.Name])];

        decimal? Row(BudgetTable table, Func<TableRow, bool> which) =>
            table.Rows.FirstOrDefault(which) is { } row ? Cell(table, row, ColumnKeys.Total) ?? FirstNumber(table, row, TablePanel.None) : null;
    }

    private static decimal? Cell(BudgetTable table, TableRow row, string key) =>
        table.Column(key, row.Panel) is { } column && row[column.Index] is { IsNumber: true } amount ? ToWan(amount.Value, table.Unit) : null;

    private static decimal? FirstNumber(BudgetTable table, TableRow row, TablePanel panel)
    {
        foreach (var column in table.Columns)
            if ((panel == TablePanel.None || column.Panel == panel) && row[column.Index] is { IsNumber: true } amount) return ToWan(amount.Value, table.Unit);
        return null;
    }

    private static decimal? CodeSum(BudgetTable table, params string[] codes)
    {
        var column = table.Column(ColumnKeys.Total);
        if (column is null) return null;
        decimal? sum = null;
        foreach (var code in codes)
            if (table.Row(code)?[column.Index] is { IsNumber: true } amount) sum = (sum ?? 0m) + amount.Value;
        return sum is { } s ? ToWan(s, table.Unit) : null;
    }

    private static bool Has(TableRow row, string part) => TextNormalizer.Squeeze(row.Label).Contains(part, StringComparison.Ordinal);

    private static string Origin(BudgetTable table, TableRow row) => table.Title + " " + (row.Code?.Digits ?? row.Label);

    /// <summary>万元 from the unit printed; an unknown unit is taken as 万元, the national template's.</summary>
    internal static decimal ToWan(decimal value, MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => value / 10000m,
        MoneyUnit.HundredMillionYuan => value * 10000m,
        _ => value,
    };
}
