using System.Globalization;
using BudgetDisclosure.Binding;
using BudgetDisclosure.Catalog;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Writing.Input;

/// <summary>One table of the input: which classification its rows are coded in and its amount columns (header paths).</summary>
public sealed record TableLayout(TableKey Kind, CodeSystem? Codes, bool HasProject, IReadOnlyList<IReadOnlyList<string>> Columns)
{
    /// <summary>The column keys, as the binder names the same headers when it reads a published table.</summary>
    public IReadOnlyList<string?> Keys => [.. Columns.Select(c => ColumnKeyer.KeyOf(c, Kind))];

    public int CodeLevels => Codes switch { CodeSystem.Function => 3, CodeSystem.Economic => 2, _ => 0 };

    /// <summary>Columns a table may leave out when nothing is in them (the published tables drop unused budget types).</summary>
    internal bool IsOptional(int column) =>
        Kind == TableKey.Income && Keys[column] is not (ColumnKeys.Total or ColumnKeys.FiscalSubtotal or ColumnKeys.GeneralPublic);
}

/// <summary>A row of an input table: a code and name (or a label), a project name, amounts in layout order, and where each was read.</summary>
public sealed record InputRow(string? Code, string Label, IReadOnlyList<Amount> Amounts, SourceLocation Source)
{
    public string? Project { get; init; }

    /// <summary>Where each amount was read (same order as <see cref="Amounts"/>); the row's source when absent.</summary>
    public IReadOnlyList<SourceLocation>? CellSources { get; init; }

    public bool IsTotal { get; init; }
}

/// <summary>
/// The standard tables in the Xinjiang template's layout, built from rows of figures: the layouts the input workbook
/// and the synthetic generator share, and the two summary tables (收支总表, 财政拨款收支总表), which are derived from
/// the others because every figure in them restates one (the input never asks for a figure twice).
/// </summary>
public static class StandardTables
{
    private static readonly string[] FiscalGroup = ["财政拨款（补助）"];

    public static TableLayout Income { get; } = new(TableKey.Income, CodeSystem.Function, false,
    [
        ["总计"],
        [.. FiscalGroup, "财政拨款（补助）小计"],
        [.. FiscalGroup, "一般公共预算"],
        [.. FiscalGroup, "上级一般公共预算安排的转移支付"],
        [.. FiscalGroup, "政府性基金预算"],
        [.. FiscalGroup, "上级政府性基金安排的转移支付"],
        [.. FiscalGroup, "国有资本经营预算"],
        [.. FiscalGroup, "上级国有资本经营预算安排的转移支付"],
        ["财政专户管理资金"],
        ["单位资金"],
        ["财政拨款结转"],
        ["非财政拨款结转结余"],
    ]);

    public static TableLayout Expenditure { get; } = new(TableKey.Expenditure, CodeSystem.Function, false, [["合计"], ["基本支出"], ["项目支出"]]);

    public static TableLayout GeneralPublic { get; } = new(TableKey.GeneralPublicExpenditure, CodeSystem.Function, false, [["合计"], ["基本支出"], ["项目支出"]]);

    public static TableLayout Basic { get; } = new(TableKey.GeneralPublicBasicExpenditure, CodeSystem.Economic, false,
        [["一般公共预算基本支出", "合计"], ["一般公共预算基本支出", "人员经费"], ["一般公共预算基本支出", "公用经费"]]);

    public static IReadOnlyList<(string Class, string Name)> EconomicClasses { get; } =
    [
        ("301", "工资福利支出"), ("302", "商品和服务支出"), ("303", "对个人和家庭的补助"), ("307", "债务利息及费用支出"),
        ("309", "资本性支出（基本建设）"), ("310", "资本性支出"), ("311", "对企业补助（基本建设）"), ("312", "对企业补助"),
        ("313", "对社会保障基金补助"), ("399", "其他支出"),
    ];

    public static TableLayout Projects { get; } = new(TableKey.GeneralPublicProjectExpenditure, CodeSystem.Function, true,
        [["项目支出合计"], .. EconomicClasses.Select(e => (IReadOnlyList<string>)[e.Name])]);

    private static readonly IReadOnlyList<IReadOnlyList<string>> FundColumns = [["合计"], ["基本支出", "人员经费"], ["基本支出", "公用经费"], ["项目支出"]];

    public static TableLayout GovernmentFund { get; } = new(TableKey.GovernmentFundExpenditure, CodeSystem.Function, false, FundColumns);

    public static TableLayout StateCapital { get; } = new(TableKey.StateCapitalExpenditure, CodeSystem.Function, false, FundColumns);

    private static readonly IReadOnlyList<IReadOnlyList<string>> SourceColumns = [["合计"], ["资金来源", "一般公共预算"], ["资金来源", "政府性基金"], ["资金来源", "国有资本经营预算"]];

    public static TableLayout ThreePublic { get; } = new(TableKey.ThreePublicExpenses, null, false, SourceColumns);

    public static TableLayout Entrusted { get; } = new(TableKey.EntrustedBusinessFees, null, false, SourceColumns);

    public static TableLayout Carryover { get; } = new(TableKey.PriorYearCarryover, null, false,
    [
        ["合计"], ["财政拨款", "小计"], ["财政拨款", "基本支出", "人员经费"], ["财政拨款", "基本支出", "公用经费"], ["财政拨款", "项目支出"],
        ["非财政拨款", "小计"], ["非财政拨款", "基本支出", "人员经费"], ["非财政拨款", "基本支出", "公用经费"], ["非财政拨款", "项目支出"],
    ]);

    /// <summary>The input tables in their published order (表2, 3, 5–12; 表1 and 表4 are derived).</summary>
    public static IReadOnlyList<TableLayout> Inputs { get; } =
        [Income, Expenditure, GeneralPublic, Basic, Projects, GovernmentFund, StateCapital, ThreePublic, Entrusted, Carryover];

    /// <summary>The fixed rows of the “三公” table, in the order the template prints them.</summary>
    public static IReadOnlyList<string> ThreePublicRows { get; } =
        ["合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费（小计）", "其中：公务用车购置费", "公务用车运行费"];

    /// <summary>The title a table is published under (单位 tables carry the scope in front of the first three).</summary>
    public static string Title(TableKey kind, DisclosureScope scope)
    {
        var prefix = scope == DisclosureScope.Department ? "部门" : "单位";
        return kind.IsAny(TableKey.IncomeExpenditureSummary, TableKey.Income, TableKey.Expenditure) ? prefix + kind.ToChinese() : kind.ToChinese();
    }

    /// <summary>
    /// A bound table from input rows. Amount columns of <see cref="TableLayout.IsOptional"/> kinds are left out when
    /// every row is blank in them. A table without a non-zero figure is published empty, with the usual note.
    /// </summary>
    public static BudgetTable Build(TableLayout layout, IReadOnlyList<InputRow> rows, DisclosureScope scope, string? unitName, int? year, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(rows);
        var first = layout.CodeLevels + 1 + (layout.HasProject ? 1 : 0);
        var keys = layout.Keys;
        var kept = Enumerable.Range(0, layout.Columns.Count)
            .Where(i => !layout.IsOptional(i) || rows.Any(r => i < r.Amounts.Count && r.Amounts[i].IsNumber && r.Amounts[i].Value != 0))
            .ToList();
        var columns = kept.Select((i, n) => new TableColumn(first + n, layout.Columns[i], keys[i])).ToList();
        var bound = new List<TableRow>();
        foreach (var row in rows)
        {
            var cells = kept.Select((i, n) => new TableCell(first + n, i < row.Amounts.Count ? row.Amounts[i] : Amount.Blank,
                row.CellSources is { } s && i < s.Count ? s[i] : row.Source)).ToList();
            ClassificationCode? code = row.Code is null ? null
                : layout.Codes == CodeSystem.Economic ? EconomicCode.TryCreate(row.Code) : FunctionCode.TryCreate(row.Code);
            var kind = row.IsTotal ? RowKind.Total : row.Project is not null ? RowKind.Project : code is not null ? RowKind.Item : RowKind.Item;
            bound.Add(new TableRow(kind, code, row.Label, TablePanel.None, cells, row.Source) { Project = row.Project });
        }
        var empty = !bound.Any(r => r.Cells.Any(c => c.Amount.IsNumber && c.Amount.Value != 0));
        var table = new BudgetTable(layout.Kind, null, Title(layout.Kind, scope), MoneyUnit.TenThousandYuan, columns, bound, source);
        if (!empty || layout.Kind.IsAny(TableKey.Income, TableKey.Expenditure, TableKey.GeneralPublicExpenditure, TableKey.GeneralPublicBasicExpenditure, TableKey.ThreePublicExpenses))
            return table;
        var u = unitName ?? "本单位";
        var y = year?.ToString(CultureInfo.InvariantCulture) ?? "";
        return layout.Kind switch
        {
            _ when layout.Kind == TableKey.GovernmentFundExpenditure => table with { Rows = [], IsDeclaredEmpty = true, EmptyNote = $"{u} {y} 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。" },
            _ when layout.Kind == TableKey.StateCapitalExpenditure => table with { Rows = [], IsDeclaredEmpty = true, EmptyNote = $"{u} {y} 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。" },
            _ when layout.Kind == TableKey.EntrustedBusinessFees => table with { Rows = [BlankTotal(columns, source)], IsDeclaredEmpty = true, EmptyNote = $"备注：{y} 年本{Scope(scope)}无财政拨款委托业务费支出，此表为空表。" },
            _ when layout.Kind == TableKey.PriorYearCarryover => table with { Rows = [BlankTotal(columns, source)], IsDeclaredEmpty = true, EmptyNote = $"备注：{y} 年本{Scope(scope)}无上年结转结余，此表为空表。" },
            _ when layout.Kind == TableKey.GeneralPublicProjectExpenditure => table with { Rows = [BlankTotal(columns, source)], IsDeclaredEmpty = true, EmptyNote = $"备注：{y} 年本{Scope(scope)}无一般公共预算项目支出，此表为空表。" },
            _ => table,
        };
    }

    private static string Scope(DisclosureScope scope) => scope == DisclosureScope.Department ? "部门" : "单位";

    private static TableRow BlankTotal(List<TableColumn> columns, SourceLocation source) =>
        new(RowKind.Total, null, "总计", TablePanel.None, [.. columns.Select(c => new TableCell(c.Index, Amount.Blank, source))], source);

    internal static Amount Money(decimal value) => value == 0 ? Amount.Blank : Amount.FromValue(value, 2);

    private static decimal Sum(BudgetTable? table, string key, string? code = null)
    {
        if (table?.Column(key) is not { } column) return 0m;
        if (code is not null) return table.Row(code)?[column.Index].Value ?? 0m;
        if (table.TotalRow() is { } total) return total[column.Index].Value;
        return table.Rows.Where(r => r.Code is { Level: CodeLevel.Class }).Sum(r => r[column.Index].Value);
    }

    /// <summary>The function 类 printed on the expenditure side of the summary tables: every one, empty or not.</summary>
    internal static IReadOnlyList<(string Code, string Name)> FunctionClasses(int? year)
    {
        var catalog = ClassificationCatalog.Default;
        var list = new List<(string, string)>();
        for (var c = 201; c <= 234; c++)
        {
            var digits = c.ToString(CultureInfo.InvariantCulture);
            if (catalog.Find(CodeSystem.Function, digits, year) is { } entry && (year is null || entry.Covers(year.Value) || entry.ToYear >= year))
                list.Add((digits, entry.Name));
        }
        return list;
    }

    /// <summary>收支总表: income lines from the 收入总表's column totals, expenditure by every 类 from the 支出总表.</summary>
    public static BudgetTable Summary(BudgetTable income, BudgetTable expenditure, DisclosureScope scope, int? year, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(income);
        ArgumentNullException.ThrowIfNull(expenditure);
        decimal I(string key) => Sum(income, key);
        var gp = I(ColumnKeys.GeneralPublic); var gpt = I(ColumnKeys.GeneralPublicTransfer);
        var gf = I(ColumnKeys.GovernmentFund); var gft = I(ColumnKeys.GovernmentFundTransfer);
        var sc = I(ColumnKeys.StateCapital); var sct = I(ColumnKeys.StateCapitalTransfer);
        var special = I(ColumnKeys.SpecialAccount); var unit = I(ColumnKeys.UnitFunds);
        var fc = I(ColumnKeys.FiscalCarryover); var nfc = I(ColumnKeys.NonFiscalCarryover);
        var current = gp + gpt + gf + gft + sc + sct + special + unit;
        (string Label, decimal? Value)[] lines =
        [
            ("一、本年收入", current),
            ("1.一般公共预算拨款", gp + gpt), ("其中：一般财力", gp), ("上级一般公共预算安排转移支付", gpt),
            ("2.政府性基金预算拨款", gf + gft), ("其中：政府性基金收入", gf), ("上级政府性基金安排转移支付", gft),
            ("3.国有资本经营预算拨款", sc + sct), ("其中：国有资本经营收入", sc), ("上级国有资本经营预算安排转移支付", sct),
            ("4.财政专户核拨", special),
            ("5.单位资金", unit), ("其中：事业收入", null), ("上级补助收入", null), ("附属单位上缴收入", null), ("事业单位经营收入", null), ("其他收入", null),
            ("二、上年结转结余", fc + nfc),
            ("1.财政拨款结转", fc), ("其中：一般公共预算拨款", null), ("政府性基金预算拨款", null), ("国有资本经营预算拨款", null),
            ("2.非财政拨款结转结余", nfc), ("其中：财政专户核拨", null), ("单位资金", null),
        ];
        var columns = new List<TableColumn>
        {
            new(1, ["收入", "预算数"], ColumnKeys.Total, TablePanel.Income),
            new(3, ["支出", "预算数"], ColumnKeys.Total, TablePanel.Expenditure),
        };
        var rows = new List<TableRow>();
        foreach (var (label, value) in lines)
            rows.Add(new TableRow(RowKind.Item, null, label, TablePanel.Income, [new TableCell(1, value is { } v ? Money(v) : Amount.Blank, source)], source));
        var spendingColumn = expenditure.Column(ColumnKeys.Total);
        foreach (var (code, name) in FunctionClasses(year))
        {
            var value = spendingColumn is null ? 0m : expenditure.Row(code)?[spendingColumn.Index].Value ?? 0m;
            rows.Add(new TableRow(RowKind.Item, FunctionCode.Create(code), name, TablePanel.Expenditure, [new TableCell(3, Money(value), source)], source));
        }
        var total = I(ColumnKeys.Total);
        rows.Add(new TableRow(RowKind.Total, null, "收入总计", TablePanel.Income, [new TableCell(1, Amount.FromValue(total, 2), source)], source));
        rows.Add(new TableRow(RowKind.Total, null, "支出总计", TablePanel.Expenditure, [new TableCell(3, Amount.FromValue(Sum(expenditure, ColumnKeys.Total), 2), source)], source));
        return new BudgetTable(TableKey.IncomeExpenditureSummary, null, Title(TableKey.IncomeExpenditureSummary, scope), MoneyUnit.TenThousandYuan, columns, rows, source);
    }

    /// <summary>财政拨款收支总表: appropriations by budget type; expenditure by 类 from the 一般公共预算, 政府性基金 and 国有资本经营 tables.</summary>
    public static BudgetTable FiscalSummary(BudgetTable income, BudgetTable generalPublic, BudgetTable? fund, BudgetTable? capital, int? year, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(income);
        ArgumentNullException.ThrowIfNull(generalPublic);
        var gp = Sum(generalPublic, ColumnKeys.Total);
        var gf = Sum(fund, ColumnKeys.Total);
        var sc = Sum(capital, ColumnKeys.Total);
        var columns = new List<TableColumn>
        {
            new(1, ["财政拨款收入", "合计"], ColumnKeys.Total, TablePanel.Income),
            new(3, ["财政拨款支出", "合计"], ColumnKeys.Total, TablePanel.Expenditure),
            new(4, ["财政拨款支出", "一般公共预算"], ColumnKeys.GeneralPublic, TablePanel.Expenditure),
            new(5, ["财政拨款支出", "政府性基金预算"], ColumnKeys.GovernmentFund, TablePanel.Expenditure),
            new(6, ["财政拨款支出", "国有资本经营预算"], ColumnKeys.StateCapital, TablePanel.Expenditure),
        };
        TableRow IncomeLine(string label, decimal value) =>
            new(RowKind.Item, null, label, TablePanel.Income, [new TableCell(1, Money(value), source)], source);
        var rows = new List<TableRow>
        {
            IncomeLine("一、财政拨款（补助）", gp + gf + sc),
            IncomeLine("一般公共预算", gp),
            IncomeLine("政府性基金预算", gf),
            IncomeLine("国有资本经营预算", sc),
        };
        foreach (var (code, name) in FunctionClasses(year))
        {
            var a = Sum(generalPublic, ColumnKeys.Total, code);
            var b = Sum(fund, ColumnKeys.Total, code);
            var c = Sum(capital, ColumnKeys.Total, code);
            rows.Add(new TableRow(RowKind.Item, FunctionCode.Create(code), name, TablePanel.Expenditure,
                [new TableCell(3, Money(a + b + c), source), new TableCell(4, Money(a), source), new TableCell(5, Money(b), source), new TableCell(6, Money(c), source)], source));
        }
        rows.Add(new TableRow(RowKind.Total, null, "收入总计", TablePanel.Income, [new TableCell(1, Amount.FromValue(gp + gf + sc, 2), source)], source));
        rows.Add(new TableRow(RowKind.Total, null, "支出总计", TablePanel.Expenditure,
            [new TableCell(3, Amount.FromValue(gp + gf + sc, 2), source), new TableCell(4, Money(gp), source), new TableCell(5, Money(gf), source), new TableCell(6, Money(sc), source)], source));
        _ = income;
        return new BudgetTable(TableKey.FiscalAppropriationSummary, null, TableKey.FiscalAppropriationSummary.ToChinese(), MoneyUnit.TenThousandYuan, columns, rows, source);
    }

    /// <summary>All twelve tables in order, the two summaries derived from the input tables.</summary>
    public static List<BudgetTable> Assemble(IReadOnlyDictionary<TableKey, BudgetTable> inputs, DisclosureScope scope, int? year, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var income = inputs[TableKey.Income];
        var expenditure = inputs[TableKey.Expenditure];
        var gp = inputs[TableKey.GeneralPublicExpenditure];
        var all = new List<BudgetTable>
        {
            Summary(income, expenditure, scope, year, source),
            income,
            expenditure,
            FiscalSummary(income, gp, inputs.GetValueOrDefault(TableKey.GovernmentFundExpenditure), inputs.GetValueOrDefault(TableKey.StateCapitalExpenditure), year, source),
        };
        foreach (var layout in Inputs.Skip(2))
            if (inputs.TryGetValue(layout.Kind, out var t)) all.Add(t);
        return [.. all.OrderBy(t => t.Kind)];
    }
}
