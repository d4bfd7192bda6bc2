using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using static BudgetDisclosure.Tests.Support.TableAssert;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Reading;

/// <summary>
/// The three text extractions in ../shared/corpus/text read table by table: every standard table recognised,
/// row counts, totals and a sample of cells per table, checked against the documents as printed.
/// </summary>
public class CorpusTextTablesTests
{
    private static Disclosure Read(string name)
    {
        var result = DisclosurePipeline.Text.Read(Corpus.Text(name));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [SkippableFact]
    public void Kizilsu_2025_every_table_recognised()
    {
        var d = Read("xinjiang-kizilsu-medical-security-2025.md");
        Assert.Equal(
            [
                TableKey.IncomeExpenditureSummary, TableKey.Income, TableKey.Expenditure, TableKey.FiscalAppropriationSummary,
                TableKey.GeneralPublicExpenditure, TableKey.GeneralPublicBasicExpenditure, TableKey.GeneralPublicProjectExpenditure,
                TableKey.GovernmentFundExpenditure, TableKey.StateCapitalExpenditure, TableKey.ThreePublicExpenses, TableKey.PriorYearCarryover,
            ],
            d.Tables.Select(t => t.Kind));
        Assert.All(d.Tables, t => Assert.Equal(MoneyUnit.TenThousandYuan, t.Unit));
        Assert.Equal(["8", "9", "11"], d.Tables.Where(t => t.IsDeclaredEmpty).Select(t => t.Number));
    }

    [SkippableFact]
    public void Kizilsu_2025_summary_and_income()
    {
        var d = Read("xinjiang-kizilsu-medical-security-2025.md");
        var summary = Table(d, TableKey.IncomeExpenditureSummary);
        Assert.Equal(26, summary.Rows.Count(r => r.Panel == TablePanel.Income));
        Assert.Equal(30, summary.Rows.Count(r => r.Panel == TablePanel.Expenditure));
        Cell(summary, null, ColumnKeys.Total, "996.43", TablePanel.Income);
        Cell(summary, null, ColumnKeys.Total, "996.43", TablePanel.Expenditure);
        Cell(summary, null, ColumnKeys.Total, "909.43", TablePanel.Income, "其中：一般财力");
        Cell(summary, "210", ColumnKeys.Total, "883.91", TablePanel.Expenditure);
        TotalIsSumOfClasses(summary, ColumnKeys.Total, TablePanel.Expenditure);

        // The income table continues on a second page with its header repeated: one table of 19 rows.
        var income = Table(d, TableKey.Income);
        Assert.Equal(19, income.Rows.Count);
        Assert.Equal(18, income.Rows.Count(r => r.Code is not null));
        Cell(income, null, ColumnKeys.Total, "996.43");
        Cell(income, null, ColumnKeys.GeneralPublicTransfer, "87.00");
        Cell(income, "2101505", ColumnKeys.GeneralPublicTransfer, "68.00");
        Cell(income, "2101599", ColumnKeys.GeneralPublic, "339.40");
        Cell(income, "2080505", ColumnKeys.FiscalSubtotal, "51.70");
        Assert.Equal("机关事业单位基本养老保险缴费支出", income.Row("2080505")!.Label);
        TotalIsSumOfClasses(income, ColumnKeys.Total);
        TotalIsSumOfClasses(income, ColumnKeys.GeneralPublic);
    }

    [SkippableFact]
    public void Kizilsu_2025_expenditure_tables()
    {
        var d = Read("xinjiang-kizilsu-medical-security-2025.md");
        var expenditure = Table(d, TableKey.Expenditure);
        Assert.Equal(18, expenditure.Rows.Count(r => r.Code is not null));
        Cell(expenditure, null, ColumnKeys.Basic, "570.03");
        Cell(expenditure, null, ColumnKeys.Project, "426.40");
        Cell(expenditure, "21015", ColumnKeys.Basic, "425.01");
        Cell(expenditure, "2080501", ColumnKeys.Total, "18.94");
        TotalIsSumOfClasses(expenditure, ColumnKeys.Total);

        var basic = Table(d, TableKey.GeneralPublicBasicExpenditure);
        Assert.Equal(20, basic.Rows.Count(r => r.Code is EconomicCode));
        Cell(basic, null, ColumnKeys.Personnel, "546.42");
        Cell(basic, "30217", ColumnKeys.PublicFunds, "1.50");
        Cell(basic, "30309", ColumnKeys.Personnel, "0.02");
        Assert.Equal("公务用车运行维护费", basic.Row("30231")!.Label);

        var projects = Table(d, TableKey.GeneralPublicProjectExpenditure);
        var projectRows = projects.Rows.Where(r => r.Kind == RowKind.Project).ToList();
        Assert.Equal(6, projectRows.Count);
        Assert.Equal("医疗保险经办费项目", projectRows[3].Project);
        Assert.Equal("2101599", projectRows[3].Code!.Digits);
        Assert.Equal("8.29", projectRows[3][projects.Column(ColumnKeys.Economic("310"))!.Index].Text);
        Assert.Equal("2025 年中央财政医疗服务与保障能力提升补助资金（医疗保障服务能力建设部分）", projectRows[0].Project);
        Cell(projects, null, ColumnKeys.Economic("303"), "300.00");

        var three = Table(d, TableKey.ThreePublicExpenses);
        Cell(three, null, ColumnKeys.Total, "9.50");
        Cell(three, null, ColumnKeys.GeneralPublic, "1.50", label: "公务接待费");
        Cell(three, null, ColumnKeys.Total, "8.00", label: "公务用车运行费");
        Assert.Equal(AmountState.Blank, three.Rows.Single(r => r.Label == "因公出国（境）费")[three.Column(ColumnKeys.Total)!.Index].State);
    }

    [SkippableFact]
    public void Region_2025_thousands_separators_and_carryover()
    {
        var d = Read("xinjiang-region-medical-security-2025.md");
        Assert.Contains(d.Tables, t => t.Kind == TableKey.GovernmentFundExpenditure && !t.IsDeclaredEmpty);
        var income = Table(d, TableKey.Income);
        Assert.Equal(27, income.Rows.Count(r => r.Code is not null));
        Cell(income, null, ColumnKeys.Total, "218856.82");
        Cell(income, null, ColumnKeys.FiscalCarryover, "1043.71");
        Cell(income, "2101504", ColumnKeys.FiscalCarryover, "878.65");
        Cell(income, "2300249", ColumnKeys.GeneralPublic, "193844.12");
        TotalIsSumOfClasses(income, ColumnKeys.Total);

        var summary = Table(d, TableKey.IncomeExpenditureSummary);
        Cell(summary, null, ColumnKeys.Total, "218856.82", TablePanel.Income);
        Cell(summary, "230", ColumnKeys.Total, "197844.12", TablePanel.Expenditure);
        TotalIsSumOfClasses(summary, ColumnKeys.Total, TablePanel.Expenditure);

        var fiscal = Table(d, TableKey.FiscalAppropriationSummary);
        Cell(fiscal, "230", ColumnKeys.GovernmentFund, "4000.00", TablePanel.Expenditure);
        Cell(fiscal, null, ColumnKeys.Total, "213813.11", TablePanel.Income, "一般公共预算");

        var carryover = Table(d, TableKey.PriorYearCarryover);
        Assert.False(carryover.IsDeclaredEmpty);
        Assert.NotEmpty(carryover.Rows);
    }

    [SkippableFact]
    public void Yanqi_2026_tabs_from_word_totals_at_bottom()
    {
        var d = Read("xinjiang-yanqi-medical-security-2026.txt");
        Assert.Equal(
            [
                TableKey.IncomeExpenditureSummary, TableKey.Income, TableKey.Expenditure, TableKey.FiscalAppropriationSummary,
                TableKey.GeneralPublicExpenditure, TableKey.GeneralPublicBasicExpenditure, TableKey.GeneralPublicProjectExpenditure,
                TableKey.ThreePublicExpenses, TableKey.EntrustedBusinessFees, TableKey.PriorYearCarryover,
            ],
            d.Tables.Select(t => t.Kind));
        var expenditure = Table(d, TableKey.Expenditure);
        Assert.Equal(RowKind.Total, expenditure.Rows[^1].Kind);
        Cell(expenditure, null, ColumnKeys.Total, "1838.21");
        Cell(expenditure, "2101101", ColumnKeys.Total, "2.03");
        // "210 行政事业单位医疗": the 款 was dropped in print; read as 21011, the printed code kept.
        var dropped = expenditure.Rows.Single(r => r.Label == "行政事业单位医疗");
        Assert.Equal("21011", dropped.Code!.Digits);
        Assert.Equal("210", dropped.PrintedCode);
        TotalIsSumOfClasses(expenditure, ColumnKeys.Total);

        var income = Table(d, TableKey.Income);
        Cell(income, "2101501", ColumnKeys.UnitFunds, "0.8");
        Cell(income, "2101399", ColumnKeys.GeneralPublic, "0");

        var basic = Table(d, TableKey.GeneralPublicBasicExpenditure);
        Assert.Equal(22, basic.Rows.Count(r => r.Code is not null));
        Cell(basic, "30199", ColumnKeys.Personnel, "2.2");
        Cell(basic, null, ColumnKeys.Total, "250.46");

        var projects = Table(d, TableKey.GeneralPublicProjectExpenditure);
        Assert.Equal(2, projects.Rows.Count(r => r.Kind == RowKind.Project));
        Assert.All(d.Tables.Where(t => t.Kind.IsAny(TableKey.ThreePublicExpenses, TableKey.EntrustedBusinessFees, TableKey.PriorYearCarryover)),
            t => Assert.True(t.IsDeclaredEmpty, t.Title));
    }

    /// <summary>Nothing printed in a coded table is lost: every numeric cell of every body row appears as an amount.</summary>
    [SkippableTheory]
    [InlineData("xinjiang-kizilsu-medical-security-2025.md")]
    [InlineData("xinjiang-region-medical-security-2025.md")]
    [InlineData("xinjiang-yanqi-medical-security-2026.txt")]
    public void Every_printed_amount_is_bound(string name)
    {
        var path = Corpus.Text(name);
        var document = DisclosurePipeline.Text.ReadDocument(path).Value!;
        var disclosure = BudgetDisclosure.Binding.DisclosureBinder.Bind(document).Value!;
        var blocks = document.Tables.Where(t => t.Title?.Contains("绩效目标", StringComparison.Ordinal) != true).ToList();
        Assert.Equal(blocks.Count, disclosure.Tables.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var printed = blocks[i].BodyRows.SelectMany(r => r.Cells).Count(c => Amount.Parse(c.Text).IsNumber && !IsCodeLike(c.Text));
            var bound = disclosure.Tables[i].Rows.SelectMany(r => r.Cells).Count(c => c.Amount.IsNumber);
            Assert.True(printed == bound, $"{blocks[i].Title}: {printed} numbers printed, {bound} bound");
        }
    }

    private static bool IsCodeLike(string text) => text.Length is 2 or 3 && text.All(char.IsAsciiDigit) && !text.Contains('.', StringComparison.Ordinal);
}
