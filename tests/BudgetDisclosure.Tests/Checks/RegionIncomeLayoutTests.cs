using BudgetDisclosure.Binding;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>Income layouts of other regions that add up on the page and must not be reported as mistakes.</summary>
public class RegionIncomeLayoutTests
{
    private static readonly SourceLocation At = new("fixture", 1);

    private static TableRow Row(string label, TablePanel panel, params (int Column, string Printed)[] cells) =>
        new(label.EndsWith("总计", StringComparison.Ordinal) ? RowKind.Total : RowKind.Item, null, label, panel,
            [.. cells.Select(c => new TableCell(c.Column, Amount.Parse(c.Printed), At))], At);

    private static CheckReport CheckOnly(BudgetTable table) =>
        Checker.Check(Samples.Clean() with { Tables = [table] });

    /// <summary>
    /// 深圳's 收支总表: the sources are the 一、 lines, 本年收入合计 sums them unnumbered, and 上年结余、结转 follows
    /// unnumbered with numbered lines of its own (医疗保障局: 15,480.26 = 15,332.65 + 147.61).
    /// </summary>
    private static BudgetTable ShenzhenSummary(string unitFunds) => new(
        TableKey.IncomeExpenditureSummary, "1", "收支总表", MoneyUnit.TenThousandYuan,
        [new TableColumn(1, ["收入", "2026年预算数"], ColumnKeys.Total, TablePanel.Income)],
        [
            Row("一、财政拨款", TablePanel.Income, (1, "13,607.02")),
            Row("1.一般公共预算拨款", TablePanel.Income, (1, "13,607.02")),
            Row("2.政府性基金预算拨款", TablePanel.Income, (1, "0.00")),
            Row("二、财政专户管理资金", TablePanel.Income, (1, "0.00")),
            Row("三、单位资金", TablePanel.Income, (1, unitFunds)),
            Row("1.事业收入", TablePanel.Income, (1, "0.00")),
            Row("2.其他收入", TablePanel.Income, (1, "1,725.63")),
            Row("本年收入合计", TablePanel.Income, (1, "15,332.65")),
            Row("上年结余、结转", TablePanel.Income, (1, "147.61")),
            Row("1.财政拨款结余、结转", TablePanel.Income, (1, "147.61")),
            Row("2.非财政拨款结余、结转", TablePanel.Income, (1, "0.00")),
            Row("收入总计", TablePanel.Income, (1, "15,480.26")),
        ], At);

    /// <summary>
    /// Fuzz: every 小计 line wraps the lines before it, so ten thousand of them nested ten thousand deep and the
    /// recursive walk overflowed the stack — which kills the process, catch or no catch.
    /// </summary>
    [Fact]
    public void BD1005_thousands_of_subtotal_lines_do_not_overflow_the_stack()
    {
        List<TableRow> rows = [Row("一、本年收入", TablePanel.Income, (1, "10.00")), Row("1.财政拨款", TablePanel.Income, (1, "10.00"))];
        for (var i = 0; i < 10_000; i++) rows.Add(Row("小计", TablePanel.Income, (1, "10.00")));
        rows.Add(Row("收入总计", TablePanel.Income, (1, "10.00")));
        var table = new BudgetTable(TableKey.IncomeExpenditureSummary, "1", "收支总表", MoneyUnit.TenThousandYuan,
            [new TableColumn(1, ["收入", "预算数"], ColumnKeys.Total, TablePanel.Income)], rows, At);
        var report = CheckOnly(table);
        Assert.Equal(CheckOutcome.Passed, report.Statuses.Single(s => s.Rule.Id == "BD1005").Outcome);
    }

    [Fact]
    public void BD1005_sources_numbered_as_major_lines_under_an_unnumbered_current_year_total()
    {
        var report = CheckOnly(ShenzhenSummary("1,725.63"));
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD1005" && f.Severity >= Severity.Warning);
        var status = report.Statuses.Single(s => s.Rule.Id == "BD1005");
        Assert.Equal(CheckOutcome.Passed, status.Outcome);
    }

    [Fact]
    public void BD1005_still_finds_a_wrong_source_line_in_that_layout()
    {
        var report = CheckOnly(ShenzhenSummary("1,700.63"));
        var finding = Assert.Single(report.Findings, f => f.Rule.Id == "BD1005" && f.Severity == Severity.Error && f.GetMessage().Contains("三、单位资金", StringComparison.Ordinal));
        Assert.Contains("1725.63", finding.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>
    /// 西安 医疗保障局's 财政拨款收支总表 (p. 32, in 元): 1、一般公共预算拨款 with one 其中 line, a part of it.
    /// </summary>
    private static BudgetTable XianFiscalSummary(params (string Label, string Printed)[] under) => new(
        TableKey.FiscalAppropriationSummary, "4", "财政拨款收支总表", MoneyUnit.Yuan,
        [new TableColumn(1, ["收入", "预算数"], ColumnKeys.Total, TablePanel.Income)],
        [
            Row("一、财政拨款", TablePanel.Income, (1, "480544221.62")),
            Row("1、一般公共预算拨款", TablePanel.Income, (1, "480544221.62")),
            .. under.Select(u => Row(u.Label, TablePanel.Income, (1, u.Printed))),
            Row("2、政府性基金拨款", TablePanel.Income, (1, "0.00")),
            Row("3、国有资本经营预算收入", TablePanel.Income, (1, "0.00")),
            Row("本年收入合计", TablePanel.Income, (1, "480544221.62")),
            Row("上年结转", TablePanel.Income, (1, "0.00")),
            Row("收入总计", TablePanel.Income, (1, "480544221.62")),
        ], At);

    [Fact]
    public void BD1005_a_lone_of_which_line_is_a_part_not_a_breakdown()
    {
        var report = CheckOnly(XianFiscalSummary(("其中：专项资金列入部门预算的项目", "426680000.00")));
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD1005" && f.Severity >= Severity.Warning);
        Assert.Equal(CheckOutcome.Passed, report.Statuses.Single(s => s.Rule.Id == "BD1005").Outcome);
    }

    [Fact]
    public void BD1005_two_of_which_lines_still_split_their_line()
    {
        var report = CheckOnly(XianFiscalSummary(("其中：一般财力", "400000000.00"), ("上级一般公共预算安排转移支付", "26680000.00")));
        var finding = Assert.Single(report.Findings, f => f.Rule.Id == "BD1005" && f.Severity == Severity.Error);
        Assert.Contains("1、一般公共预算拨款", finding.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>
    /// 北京's 收入总表: 合计 | 本年收入 (小计 | 一般公共预算资金 … 其他收入) | 上年结转结余 (小计 | 一般公共预算资金 … 单位资金).
    /// Its 单位资金 is the carry-over's, not a part of 合计 beside 财政专户 (医疗保障局: 110,896.619602 = 110,387.976749 + 508.642853).
    /// </summary>
    private static BudgetTable BeijingIncome(string carryover)
    {
        string[][] headers =
        [
            ["合计"], ["本年收入", "小计"], ["本年收入", "一般公共预算资金"], ["本年收入", "财政专户管理资金"], ["本年收入", "事业收入"],
            ["上年结转结余", "小计"], ["上年结转结余", "一般公共预算资金"], ["上年结转结余", "单位资金"],
        ];
        var columns = headers.Select((h, i) => new TableColumn(i + 1, h, ColumnKeyer.KeyOf(h, TableKey.Income))).ToList();
        return new BudgetTable(TableKey.Income, "2", "收入总表", MoneyUnit.TenThousandYuan, columns,
            [Row("", TablePanel.None, (1, "110,896.619602"), (2, "110,387.976749"), (3, "110,387.976749"), (6, carryover), (7, "508.642853"))], At);
    }

    [Fact]
    public void BD1101_income_split_into_current_year_and_carryover_subtotals()
    {
        var table = BeijingIncome("508.642853");
        Assert.Equal(2, table.Columns.Count(c => c.Key == ColumnKeys.Subtotal));
        var report = CheckOnly(table);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD1101" && f.Severity >= Severity.Warning);
        Assert.Equal(CheckOutcome.Passed, report.Statuses.Single(s => s.Rule.Id == "BD1101").Outcome);
    }

    [Fact]
    public void BD1101_finds_a_wrong_subtotal_in_that_layout()
    {
        var report = CheckOnly(BeijingIncome("518.642853"));
        var findings = report.Findings.Where(f => f.Rule.Id == "BD1101" && f.Severity == Severity.Error).ToList();
        Assert.Equal(2, findings.Count); // 合计 ≠ 小计 + 小计, and 上年结转结余小计 ≠ its sources
        Assert.Contains(findings, f => f.GetMessage().Contains("本年收入小计 + 上年结转结余小计之和为 110906.619602", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.GetMessage().Contains("“上年结转结余/小计”为 518.642853", StringComparison.Ordinal));
    }

    [Theory]
    // 深圳 and 广州 print the group word 财政拨款 on the line of a sub-column's header; the reader joins them.
    [InlineData("财政拨款政府性基金预算拨款", ColumnKeys.GovernmentFund)]
    [InlineData("财政拨款收入国有资本经", ColumnKeys.StateCapital)]
    [InlineData("财政拨款（补助）", ColumnKeys.FiscalSubtotal)]
    [InlineData("财政拨款结转", ColumnKeys.FiscalCarryover)]
    public void A_budget_type_named_after_its_group_word_is_that_budget_type(string header, string key) =>
        Assert.Equal(key, ColumnKeyer.KeyOf([header], TableKey.Income));
}

/// <summary>"三公" tables printed with the items as columns (西安): the Xinjiang rows-as-items reading does not fit.</summary>
public class TransposedThreePublicTableTests
{
    private static readonly SourceLocation At = new("fixture", 1);

    [Fact]
    public void A_stated_three_public_total_is_not_compared_with_a_total_that_adds_meetings_and_training()
    {
        // 西安 审计局 表13: 上年 | 当年 | 增减 × 合计, 小计, 因公出国（境）费用, 公务接待费, …, 会议费, 培训费; one row per unit.
        // The first 合计 (上年, 526,000.00 元) adds 会议费 and 培训费; the stated 10.20 万元 is 当年's 小计.
        string[][] headers = [["合计"], ["小计"], ["因公出国（境）费用"], ["公务接待费"], ["会议费"], ["培训费"]];
        var columns = headers.Select((h, i) => new TableColumn(i + 1, h, ColumnKeyer.KeyOf(h, TableKey.ThreePublicExpenses))).ToList();
        TableRow Row(string label, RowKind kind) => new(kind, null, label, TablePanel.None,
            [.. new[] { "526,000.00", "120,000.00", "", "20,000.00", "20,000.00", "386,000.00" }.Select((p, i) => new TableCell(i + 1, Amount.Parse(p), At))], At);
        var table = new BudgetTable(TableKey.ThreePublicExpenses, "13", "“三公”经费及会议费、培训费支出预算表", MoneyUnit.Yuan, columns,
            [Row("合计", RowKind.Total), Row("西安市审计局", RowKind.Item)], At);
        var d = Samples.Clean() with { Tables = [table] };
        var subject = new ClaimSubject("“三公”经费") { Table = TableKey.ThreePublicExpenses, Column = ColumnKeys.Total, Figure = BudgetDisclosure.Binding.Narrative.Figures.ThreePublicTotal };
        Assert.Null(BudgetDisclosure.Checks.Rules.Narrative.ClaimFigures.Resolve(d, subject, SectionTopic.ThreePublicExpenses));
        // The same subject against the Xinjiang layout (items as rows) is found.
        Assert.NotNull(BudgetDisclosure.Checks.Rules.Narrative.ClaimFigures.Resolve(Samples.Clean(), subject, SectionTopic.ThreePublicExpenses));
    }
}
