using BudgetDisclosure.Model;

namespace BudgetDisclosure.Cli.Tests.Support;

/// <summary>A small disclosure built by hand, touching every part of the model the JSON schema carries.</summary>
internal static class SampleDisclosure
{
    public const string Path = "sample.txt";

    private static SourceLocation At(int line) => new(Path, line, 2);

    public static Disclosure Create()
    {
        var expenditureColumns = new TableColumn[]
        {
            new(1, ["支出预算", "合计"], ColumnKeys.Total),
            new(2, ["支出预算", "基本支出"], ColumnKeys.Basic),
            new(3, ["支出预算", "项目支出"], ColumnKeys.Project),
        };
        var expenditure = new BudgetTable(
            TableKey.Expenditure, "3", "单位支出总体情况表", MoneyUnit.TenThousandYuan, expenditureColumns,
            [
                new TableRow(RowKind.Total, null, "合计", TablePanel.None,
                    [
                        new TableCell(1, Amount.Parse("1,838.21"), At(20)),
                        new TableCell(2, Amount.Parse("1,766.61"), At(20)),
                        new TableCell(3, Amount.Parse("71.60"), At(20)),
                    ], At(20)),
                new TableRow(RowKind.Item, FunctionCode.Create("2101101"), "行政单位医疗", TablePanel.None,
                    [
                        new TableCell(1, Amount.Parse("2.03"), At(21)),
                        new TableCell(2, Amount.Parse("2.03"), At(21)),
                        new TableCell(3, Amount.Blank, At(21)),
                    ], At(21)),
                new TableRow(RowKind.Item, FunctionCode.Create("208"), "社会保障和就业支出", TablePanel.None,
                    [
                        new TableCell(1, Amount.Parse("-"), At(22)),
                        new TableCell(2, Amount.Parse("见附表"), At(22)),
                    ], At(22)),
            ],
            At(18))
        {
            Notes = ["注：本表不含上年结转。"],
        };

        var project = new BudgetTable(
            TableKey.GeneralPublicProjectExpenditure, "7", "一般公共预算项目支出情况表", MoneyUnit.TenThousandYuan,
            [new TableColumn(2, ["项目支出合计"], ColumnKeys.Total), new TableColumn(3, ["商品和服务支出"], ColumnKeys.Economic("302"))],
            [
                new TableRow(RowKind.Project, FunctionCode.Create("2101199"), "其他行政事业单位医疗支出", TablePanel.None,
                    [new TableCell(2, Amount.Parse("71.6"), At(40)), new TableCell(3, Amount.Parse("71.6"), At(40))], At(40))
                {
                    Project = "医保经办服务经费，\"两定\"机构核查",
                },
            ],
            At(38));

        var other = new BudgetTable(
            TableKey.Other, null, "政府采购预算明细表", MoneyUnit.Yuan,
            [new TableColumn(1, ["金额"], null)],
            [new TableRow(RowKind.Group, null, "办公设备", TablePanel.None, [new TableCell(1, Amount.Parse("12,000"), At(50))], At(50))],
            At(49));

        var carryover = new BudgetTable(
            TableKey.PriorYearCarryover, "12", "上年结转结余情况表", MoneyUnit.TenThousandYuan, [], [], At(60))
        {
            IsDeclaredEmpty = true,
            EmptyNote = "本单位无上年结转结余，故本表为空表。",
        };

        var section = new NarrativeSection("二、收入预算情况说明", 2, ["第三部分", "二、收入预算情况说明"],
            [new Sentence("2026年收入预算1838.21万元，比上年预算增加18.50万元，增长1.02%。", At(80))], At(79))
        {
            Topic = SectionTopic.Income,
        };

        var claim = new Claim(new ClaimSubject("收入预算") { Table = TableKey.Income, Column = ColumnKeys.Total }, "二、收入预算情况说明",
            SectionTopic.Income, "2026年收入预算1838.21万元，比上年预算增加18.50万元，增长1.02%。", At(80))
        {
            Value = Amount.Parse("1838.21"),
            Unit = MoneyUnit.TenThousandYuan,
            Change = new YearOnYearChange(ChangeDirection.Increase, Amount.Parse("18.50"), Percentage.Parse("1.02%")) { Basis = "上年预算" },
        };

        var share = new Claim(new ClaimSubject("行政单位医疗") { Table = TableKey.Expenditure, Code = "2101101" }, "三、支出预算情况说明",
            SectionTopic.Expenditure, "行政单位医疗2.03万元，占0.11%。", At(90))
        {
            Value = Amount.Parse("2.03"),
            Unit = MoneyUnit.TenThousandYuan,
            Share = Percentage.Parse("0.11%"),
        };

        return new Disclosure
        {
            Sources = [Path],
            UnitName = "焉耆回族自治县医疗保障局",
            Scope = DisclosureScope.Unit,
            Kind = DisclosureKind.Budget,
            Year = 2026,
            Date = "2026年1月20日",
            Contents = ["单位收支总体情况表"],
            Profile = new UnitProfile
            {
                Functions = ["贯彻执行医疗保障法律法规。"],
                Organisation = ["内设机构2个。"],
                Staffing = new Staffing
                {
                    Authorized = new HeadCount(12, null, At(5)),
                    Actual = new HeadCount(14, -1, At(6)),
                    InService = new HeadCount(11, null, At(6)),
                    Retired = new HeadCount(3, 1, At(6)),
                },
            },
            Tables = [expenditure, project, other, carryover],
            Sections = [section],
            Claims = [claim, share],
            OtherMatters = new OtherMatters
            {
                OperatingCosts = claim with { Subject = new ClaimSubject("机关运行经费") { Figure = "operating_costs" }, Topic = SectionTopic.OperatingCosts },
                Procurement = new Procurement(At(100))
                {
                    Total = Amount.Parse("10.00"),
                    Goods = Amount.Parse("4.00"),
                    Services = Amount.Parse("6.00"),
                    SmeReserved = Amount.Parse("10.00"),
                },
                Assets = [new AssetItem("车辆", At(110)) { Quantity = 2m, QuantityUnit = "辆", Value = Amount.Parse("35.50") }],
            },
            PerformanceTargets =
            [
                new PerformanceTarget(PerformanceScope.Project, "医保经办服务经费", At(120))
                {
                    Total = Amount.Parse("71.60"),
                    Funding = [new FundingLine("财政拨款", Amount.Parse("71.60"))],
                    Goal = "保障医保经办服务正常运转。",
                    Indicators =
                    [
                        new PerformanceIndicator("产出指标", "数量指标", "核查定点机构数", At(125)) { Comparator = Comparator.AtLeast, Value = "95", Unit = "家", Weight = 20m },
                        new PerformanceIndicator("效益指标", "社会效益指标", "服务保障", At(126)) { Value = "有效保障" },
                    ],
                },
            ],
            Glossary = [new GlossaryEntry("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的支出。", At(130))],
        };
    }
}
