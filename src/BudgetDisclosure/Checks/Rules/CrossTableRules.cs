using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>The message shape all cross-table rules share.</summary>
internal static class CrossTableText
{
    public const string Format = "{0}中{1}为 {2}，{3}中{4}为 {5}，相差 {6}（舍入容差 {7}）{8}";
    public const string English = "{0}: {1} is {2}; {3}: {4} is {5}; difference {6} (rounding tolerance {7}){8}";

    public static RuleDescriptor Descriptor(string id, string title, string english) =>
        new(id, title, Format, RuleCategory.CrossTable, Severity.Error, english, English);

    /// <summary>"210 卫生健康支出": a row by its code and label, both as printed.</summary>
    public static LocalizedText Row(string code, string? label) => LocalizedText.Verbatim($"{code} {label}");

    public static LocalizedText ClassTotal(string code) => new("{0} 类合计", "class {0} total", code);

    public static LocalizedText NotListed(string code) => new("{0}（未列出）", "{0} (not listed)", code);

    public static LocalizedText BothCarryovers { get; } = new("财政拨款结转 + 非财政拨款结转结余", "fiscal carry-over + non-fiscal carry-over and balance");
}

/// <summary>BD2001: the 收支总表's expenditure by 类 and its total = the 支出总表's 类 rows and total.</summary>
public sealed class SummaryExpenditureRule : Rule
{
    public static RuleDescriptor Rule { get; } = CrossTableText.Descriptor("BD2001", "收支总表的支出应与支出总表一致", "Make the summary's expenditure match the expenditure table");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var summary = context.Disclosure.Table(TableKey.IncomeExpenditureSummary);
        var expenditure = context.Disclosure.Table(TableKey.Expenditure);
        if (summary is null || expenditure is null) { context.NotChecked(Rule, "缺少收支总表或支出总表。"); return; }
        var summaryColumn = summary.Column(ColumnKeys.Total, TablePanel.Expenditure);
        var expenditureColumn = expenditure.Column(ColumnKeys.Total);
        var classes = CrossTable.ByCode(expenditure, level: CodeLevel.Class);
        foreach (var (code, row) in CrossTable.ByCode(summary, TablePanel.Expenditure))
        {
            classes.TryGetValue(code, out var source);
            if (source is null && !row[summaryColumn?.Index ?? -1].IsPrinted) continue;
            CrossTable.Compare(context, Rule,
                source is null ? new CellSum(expenditure, [], new LocalizedText("{0} 类", "class {0}", code)) : CellSum.Of(expenditure, source, expenditureColumn, CrossTableText.ClassTotal(code)),
                CellSum.Of(summary, row, summaryColumn, CrossTableText.Row(code, row.Label)));
        }
        CrossTable.Compare(context, Rule, CellSum.Of(expenditure, expenditure.TotalRow(), expenditureColumn, Phrases.GrandTotal),
            CellSum.Of(summary, summary.TotalRow(TablePanel.Expenditure), summaryColumn, new LocalizedText("支出总计", "total expenditure")));
    }
}

/// <summary>BD2002: the 收入总表 and the 支出总表 agree row by row (总计 = 合计 for every code).</summary>
public sealed class IncomeExpenditureRowsRule : Rule
{
    public static RuleDescriptor Rule { get; } = CrossTableText.Descriptor("BD2002", "收入总表与支出总表应逐行一致", "Make the income and expenditure tables agree row by row");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var income = context.Disclosure.Table(TableKey.Income);
        var expenditure = context.Disclosure.Table(TableKey.Expenditure);
        if (income is null || expenditure is null) { context.NotChecked(Rule, "缺少收入总表或支出总表。"); return; }
        var incomeColumn = income.Column(ColumnKeys.Total);
        var expenditureColumn = expenditure.Column(ColumnKeys.Total);
        var incomeRows = CrossTable.ByCode(income);
        var expenditureRows = CrossTable.ByCode(expenditure);
        CrossTable.Compare(context, Rule, CellSum.Of(income, income.TotalRow(), incomeColumn, Phrases.GrandTotal), CellSum.Of(expenditure, expenditure.TotalRow(), expenditureColumn, Phrases.GrandTotal));
        // Some regions list income by unit, not by function code, or cross function and economic codes:
        // then only the totals compare.
        if (incomeRows.Count == 0 || expenditureRows.Count == 0 || CrossTable.CrossesClassifications(income) || CrossTable.CrossesClassifications(expenditure))
        {
            context.NotApplicable(Rule, "收入总表或支出总表不按功能科目列示，只核对总计。");
            return;
        }
        foreach (var (code, row) in expenditureRows)
        {
            incomeRows.TryGetValue(code, out var source);
            CrossTable.Compare(context, Rule,
                source is null ? new CellSum(income, [], CrossTableText.NotListed(code)) : CellSum.Of(income, source, incomeColumn, CrossTableText.Row(code, source.Label)),
                CellSum.Of(expenditure, row, expenditureColumn, CrossTableText.Row(code, row.Label)));
        }
        foreach (var (code, row) in incomeRows.Where(p => !expenditureRows.ContainsKey(p.Key)))
            CrossTable.Compare(context, Rule, CellSum.Of(income, row, incomeColumn, CrossTableText.Row(code, row.Label)), new CellSum(expenditure, [], CrossTableText.NotListed(code)));
    }
}

/// <summary>BD2003: the 收支总表's income lines = the column totals of the 收入总表.</summary>
public sealed class SummaryIncomeRule : Rule
{
    public static RuleDescriptor Rule { get; } = CrossTableText.Descriptor("BD2003", "收支总表的收入应与收入总表一致", "Make the summary's income match the income table");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var summary = context.Disclosure.Table(TableKey.IncomeExpenditureSummary);
        var income = context.Disclosure.Table(TableKey.Income);
        if (summary is null || income is null) { context.NotChecked(Rule, "缺少收支总表或收入总表。"); return; }
        var amount = summary.Column(ColumnKeys.Total, TablePanel.Income);
        var total = income.TotalRow();
        if (amount is null || total is null) { context.NotChecked(Rule, "收入总表没有总计行。"); return; }
        TableColumn? Col(string key) => income.Column(key);
        void Line(string[] names, LocalizedText description, params string[] keys)
        {
            var row = CrossTable.RowByLabel(summary, TablePanel.Income, names);
            if (row is null) return;
            CrossTable.Compare(context, Rule, CellSum.Of(income, total, keys.Select(Col), description), CellSum.Of(summary, row, amount, LocalizedText.Verbatim(row.Label)));
        }
        Line(["收入总计"], Phrases.GrandTotal, ColumnKeys.Total);
        Line(["一般公共预算拨款", "一般公共预算拨款收入", "一般公共预算"], new("一般公共预算 + 上级一般公共预算转移支付", "general public budget + transfers from the general public budget above"), ColumnKeys.GeneralPublic, ColumnKeys.GeneralPublicTransfer);
        Line(["一般财力"], new("一般公共预算", "general public budget"), ColumnKeys.GeneralPublic);
        Line(["上级一般公共预算安排转移支付", "上级一般公共预算安排的转移支付"], new("上级一般公共预算安排的转移支付", "transfers from the general public budget above"), ColumnKeys.GeneralPublicTransfer);
        Line(["政府性基金预算拨款"], new("政府性基金预算 + 上级转移支付", "government fund budget + transfers from above"), ColumnKeys.GovernmentFund, ColumnKeys.GovernmentFundTransfer);
        Line(["国有资本经营预算拨款"], new("国有资本经营预算 + 上级转移支付", "state capital operations budget + transfers from above"), ColumnKeys.StateCapital, ColumnKeys.StateCapitalTransfer);
        Line(["财政专户核拨", "财政专户管理资金"], new("财政专户", "special fiscal account"), ColumnKeys.SpecialAccount);
        Line(["单位资金"], new("单位资金", "unit funds"), ColumnKeys.UnitFunds);
        Line(["上年结转结余", "上年结转"], CrossTableText.BothCarryovers, ColumnKeys.FiscalCarryover, ColumnKeys.NonFiscalCarryover);
        Line(["财政拨款结转", "财政拨款结转结余"], new("财政拨款结转", "fiscal carry-over"), ColumnKeys.FiscalCarryover);
        Line(["非财政拨款结转结余", "非财政拨款结余"], new("非财政拨款结转结余", "non-fiscal carry-over and balance"), ColumnKeys.NonFiscalCarryover);
    }
}

/// <summary>BD2004: the 财政拨款收支总表's expenditure by budget type = the 一般公共预算/政府性基金/国有资本经营 expenditure tables.</summary>
public sealed class FiscalSummaryRule : Rule
{
    public static RuleDescriptor Rule { get; } = CrossTableText.Descriptor("BD2004", "财政拨款收支总表应与各预算支出表一致", "Make the fiscal appropriation summary match the budget-type expenditure tables");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var fiscal = context.Disclosure.Table(TableKey.FiscalAppropriationSummary);
        if (fiscal is null) { context.NotChecked(Rule, "缺少财政拨款收支总表。"); return; }
        foreach (var (key, kind) in new[] { (ColumnKeys.GeneralPublic, TableKey.GeneralPublicExpenditure), (ColumnKeys.GovernmentFund, TableKey.GovernmentFundExpenditure), (ColumnKeys.StateCapital, TableKey.StateCapitalExpenditure) })
        {
            var column = fiscal.Column(key, TablePanel.Expenditure);
            var table = context.Disclosure.Table(kind);
            if (column is null) continue;
            var classes = table is null ? [] : CrossTable.ByCode(table, level: CodeLevel.Class);
            foreach (var (code, row) in CrossTable.ByCode(fiscal, TablePanel.Expenditure))
            {
                if (!row[column.Index].IsPrinted && !classes.ContainsKey(code)) continue;
                var source = classes.GetValueOrDefault(code);
                var sourceSum = table is null ? null : source is null ? new CellSum(table, [], CrossTableText.NotListed(code)) : CellSum.Of(table, source, table.Column(ColumnKeys.Total), CrossTableText.ClassTotal(code));
                if (sourceSum is null && row[column.Index].Value != 0m)
                {
                    context.NotChecked(Rule, $"缺少{kind.ToChinese()}。");
                    continue;
                }
                CrossTable.Compare(context, Rule, sourceSum, CellSum.Of(fiscal, row, column, new LocalizedText("{0} {1}（{2}）", "{0} {1} ({2})", code, row.Label, column.HeaderPath[^1])));
            }
            if (table is not null)
                CrossTable.Compare(context, Rule, CellSum.Of(table, table.TotalRow(), table.Column(ColumnKeys.Total), Phrases.GrandTotal),
                    CellSum.Of(fiscal, fiscal.TotalRow(TablePanel.Expenditure), column, new LocalizedText("支出总计（{0}）", "total expenditure ({0})", column.HeaderPath[^1])));
        }
    }
}

/// <summary>
/// BD2005: the 一般公共预算支出表 = the 收入总表's 一般公共预算 + 上级一般公共预算转移支付 columns, code by code
/// (both are this year's general-public-budget money).
/// </summary>
public sealed class GeneralPublicIncomeRule : Rule
{
    public static RuleDescriptor Rule { get; } = CrossTableText.Descriptor("BD2005", "一般公共预算支出表应与收入总表的一般公共预算一致", "Make general public expenditure match general public income");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var gp = context.Disclosure.Table(TableKey.GeneralPublicExpenditure);
        var income = context.Disclosure.Table(TableKey.Income);
        if (gp is null || income is null) { context.NotChecked(Rule, "缺少一般公共预算支出表或收入总表。"); return; }
        var columns = new[] { income.Column(ColumnKeys.GeneralPublic), income.Column(ColumnKeys.GeneralPublicTransfer) };
        if (columns[0] is null) { context.NotChecked(Rule, "收入总表没有一般公共预算列。"); return; }
        var incomeRows = CrossTable.ByCode(income);
        var gpTotal = gp.Column(ColumnKeys.Total);
        foreach (var (code, row) in incomeRows.Count == 0 ? [] : CrossTable.ByCode(gp))
        {
            if (!incomeRows.TryGetValue(code, out var source)) continue;
            CrossTable.Compare(context, Rule, CellSum.Of(income, source, columns, new LocalizedText("{0} 一般公共预算（含上级转移支付）", "{0} general public budget (with transfers from above)", code)), CellSum.Of(gp, row, gpTotal, CrossTableText.Row(code, row.Label)));
        }
        CrossTable.Compare(context, Rule, CellSum.Of(income, income.TotalRow(), columns, new LocalizedText("一般公共预算（含上级转移支付）总计", "general public budget (with transfers from above), grand total")), CellSum.Of(gp, gp.TotalRow(), gpTotal, Phrases.GrandTotal));
    }
}

/// <summary>
/// BD2006: the 一般公共预算支出表's 基本支出 = the 基本支出表's total, its 项目支出 = the 项目支出表's total,
/// and per function code its 项目支出 = the projects under that code.
/// </summary>
public sealed class BasicProjectTablesRule : Rule
{
    public static RuleDescriptor Rule { get; } = CrossTableText.Descriptor("BD2006", "基本支出表、项目支出表应与一般公共预算支出表一致", "Make the basic and project tables match general public expenditure");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var gp = context.Disclosure.Table(TableKey.GeneralPublicExpenditure);
        if (gp is null) { context.NotChecked(Rule, "缺少一般公共预算支出表。"); return; }
        var gpTotal = gp.TotalRow();
        var basic = context.Disclosure.Table(TableKey.GeneralPublicBasicExpenditure);
        if (basic is not null)
            CrossTable.Compare(context, Rule, CellSum.Of(gp, gpTotal, gp.Column(ColumnKeys.Basic), new LocalizedText("基本支出总计", "basic expenditure, grand total")), CellSum.Of(basic, basic.TotalRow(), basic.Column(ColumnKeys.Total), Phrases.GrandTotal));
        var project = context.Disclosure.Table(TableKey.GeneralPublicProjectExpenditure);
        if (project is null) return;
        var projectColumn = gp.Column(ColumnKeys.Project);
        var projectTotal = project.Column(ColumnKeys.Total);
        CrossTable.Compare(context, Rule, CellSum.Of(gp, gpTotal, projectColumn, new LocalizedText("项目支出总计", "project expenditure, grand total")), CellSum.Of(project, project.TotalRow(), projectTotal, Phrases.GrandTotal));
        if (projectColumn is null || projectTotal is null) return;
        var projects = project.Rows.Where(r => r.Kind == RowKind.Project && r.Code is not null).ToList();
        if (projects.Count == 0) return;
        foreach (var (code, row) in CrossTable.ByCode(gp, level: CodeLevel.Item))
        {
            var under = projects.Where(p => p.Code!.Digits == code).ToList();
            if (under.Count == 0 && !row[projectColumn.Index].IsPrinted) continue;
            CrossTable.Compare(context, Rule, new CellSum(project, [.. under.Select(p => (p, projectTotal))], new LocalizedText("{0} 下各项目合计", "total of the projects under {0}", code)),
                CellSum.Of(gp, row, projectColumn, new LocalizedText("{0} {1} 项目支出", "{0} {1}, project expenditure", code, row.Label)));
        }
    }
}

/// <summary>
/// BD2007: the 基本支出表's 30217 公务接待费 and 30231 公务用车运行维护费 meet the "三公" table. Project spending can
/// also carry them, so a difference is a warning, not an error.
/// </summary>
public sealed class ThreePublicBasicRule : Rule
{
    public static RuleDescriptor Rule { get; } = new("BD2007", "“三公”经费表应与基本支出表的对应科目一致", CrossTableText.Format,
        RuleCategory.CrossTable, Severity.Warning, "Make the three public expenses match the basic expenditure table", CrossTableText.English);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var three = context.Disclosure.Table(TableKey.ThreePublicExpenses);
        var basic = context.Disclosure.Table(TableKey.GeneralPublicBasicExpenditure);
        if (three is null || basic is null) { context.NotChecked(Rule, "缺少“三公”经费表或基本支出表。"); return; }
        var total = three.Column(ColumnKeys.GeneralPublic) ?? three.Column(ColumnKeys.Total);
        var basicTotal = basic.Column(ColumnKeys.Total);
        foreach (var (code, label) in new[] { ("30217", "公务接待"), ("30231", "运行") })
        {
            var row = three.Rows.FirstOrDefault(r => r.Label.Contains(label, StringComparison.Ordinal) && !r.Label.Contains("购置及运行", StringComparison.Ordinal));
            CrossTable.Compare(context, Rule, CellSum.Of(basic, basic.Row(code), basicTotal, CrossTableText.Row(code, basic.Row(code)?.Label)),
                row is null ? null : CellSum.Of(three, row, total, LocalizedText.Verbatim(row.Label)));
        }
    }
}

/// <summary>BD2008: the 上年结转结余 table's total = the 收入总表's 财政拨款结转 + 非财政拨款结转结余.</summary>
public sealed class CarryoverRule : Rule
{
    public static RuleDescriptor Rule { get; } = CrossTableText.Descriptor("BD2008", "上年结转结余表应与收入总表的结转一致", "Make the carry-over table match the income table");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var carryover = context.Disclosure.Table(TableKey.PriorYearCarryover);
        var income = context.Disclosure.Table(TableKey.Income);
        if (carryover is null || income is null) { context.NotChecked(Rule, "缺少上年结转结余表或收入总表。"); return; }
        var incomeSide = CellSum.Of(income, income.TotalRow(), [income.Column(ColumnKeys.FiscalCarryover), income.Column(ColumnKeys.NonFiscalCarryover)], CrossTableText.BothCarryovers);
        var total = carryover.Column(ColumnKeys.Total) ?? carryover.Column(ColumnKeys.FiscalSubtotal);
        var totalRow = carryover.TotalRow() ?? (carryover.Rows.Count > 0 ? carryover.Rows[0] : null);
        if (carryover.IsDeclaredEmpty)
        {
            if (incomeSide is not null && incomeSide.Value != 0m)
                CrossTable.Compare(context, Rule, incomeSide, new CellSum(carryover, [], new LocalizedText("（空表）", "(an empty table)")));
            else context.NotApplicable(Rule, "上年结转结余表为空表，收入总表也没有结转。");
            return;
        }
        CrossTable.Compare(context, Rule, incomeSide, CellSum.Of(carryover, totalRow, total, Phrases.Total));
    }
}

/// <summary>BD2009: no general-public-budget figure exceeds the all-funds 支出总表 figure of the same code and column.</summary>
public sealed class GeneralPublicWithinExpenditureRule : Rule
{
    public static RuleDescriptor Rule { get; } = new("BD2009", "一般公共预算支出不应超过支出总表",
        "{0}中 {1} 的“{2}”为 {3}，超过{4}中的 {5}（多 {6}，舍入容差 {7}）", RuleCategory.CrossTable, Severity.Error,
        "Keep general public expenditure within total expenditure",
        "{0}: {1} '{2}' is {3}, more than {5} in {4} (by {6}, rounding tolerance {7})");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var gp = context.Disclosure.Table(TableKey.GeneralPublicExpenditure);
        var all = context.Disclosure.Table(TableKey.Expenditure);
        if (gp is null || all is null) { context.NotChecked(Rule, "缺少一般公共预算支出表或支出总表。"); return; }
        if (CrossTable.CrossesClassifications(gp) || CrossTable.CrossesClassifications(all))
        {
            context.NotApplicable(Rule, "支出表按功能科目和经济科目交叉列示，同一科目有多行，不能逐科目比较。");
            return;
        }
        var allRows = CrossTable.ByCode(all);
        var decimals = Math.Max(TableArithmetic.Decimals(gp), TableArithmetic.Decimals(all));
        foreach (var (code, row) in CrossTable.ByCode(gp))
        {
            if (!allRows.TryGetValue(code, out var other)) continue;
            foreach (var key in new[] { ColumnKeys.Total, ColumnKeys.Basic, ColumnKeys.Project })
            {
                var a = gp.Column(key);
                var b = all.Column(key);
                if (a is null || b is null) continue;
                var mine = row[a.Index];
                var theirs = other[b.Index];
                if (!mine.IsNumber) continue;
                context.Evaluated(Rule);
                var tolerance = SumComparison.HalfUnit(mine, decimals) + SumComparison.HalfUnit(theirs, decimals);
                var excess = mine.Value - theirs.Value;
                if (excess <= tolerance) continue;
                context.Report(new Finding(Rule, Rule.DefaultSeverity,
                    new FindingLocation(row.Cells.FirstOrDefault(c => c.Column == a.Index)?.Source ?? row.Source) { Table = gp.Kind, TableNumber = gp.Number, Code = code, Label = row.Label, Column = a.Path },
                    gp.Title, code, a.Path, mine.Text, all.Title, Phrases.Printed(theirs), TableArithmetic.Format(excess), TableArithmetic.Format(tolerance))
                {
                    Expected = theirs.Value,
                    Actual = mine.Value,
                    Difference = excess,
                    Tolerance = tolerance,
                    Cells = [CellRef.Of(gp, row, a), CellRef.Of(all, other, b)],
                });
            }
        }
    }
}
