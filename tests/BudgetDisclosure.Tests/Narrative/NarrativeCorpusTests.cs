using System.Collections.Concurrent;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Narrative;

/// <summary>
/// The three real documents read and bound end to end. Every expected figure below was read off the document by hand;
/// the documents' own mistakes (1775.58 against a table's 1775.57, a satisfaction target "≤85%") are kept as printed.
/// </summary>
public class NarrativeCorpusTests
{
    private const string Kizilsu = "xinjiang-kizilsu-medical-security-2025.md";
    private const string Region = "xinjiang-region-medical-security-2025.md";
    private const string Yanqi = "xinjiang-yanqi-medical-security-2026.txt";

    private static readonly ConcurrentDictionary<string, Disclosure> Cache = new();

    private static Disclosure Read(string name)
    {
        var path = Corpus.Text(name);
        return Cache.GetOrAdd(name, _ =>
        {
            var result = DisclosurePipeline.Text.Read(path);
            Assert.NotNull(result.Value);
            return result.Value!;
        });
    }

    private static List<Claim> In(Disclosure d, SectionTopic topic) => [.. d.Claims.Where(c => c.Topic == topic)];

    private static Claim Claim(Disclosure d, SectionTopic topic, string name) => In(d, topic).Single(c => c.Subject.Name == name);

    private static Claim ByCode(Disclosure d, string code) =>
        In(d, SectionTopic.GeneralPublicCurrentYear).Single(c => c.Subject.Code == code && CodeLevelMarked(c));

    private static bool CodeLevelMarked(Claim c) => c.Subject.Name.Contains('项', StringComparison.Ordinal) || c.Subject.Code!.Length == 3;

    private static void AssertFigure(Claim c, decimal value, decimal? share = null, ChangeDirection? direction = null, decimal? delta = null, decimal? rate = null)
    {
        Assert.Equal(value, c.Value!.Value.Value);
        Assert.Equal(MoneyUnit.TenThousandYuan, c.Unit);
        if (share is not null) Assert.Equal(share, c.Share!.Value.Value);
        if (direction is not null) Assert.Equal(direction, c.Change!.Direction);
        if (delta is not null) Assert.Equal(delta, c.Change!.Delta!.Value.Value);
        if (rate is not null) Assert.Equal(rate, c.Change!.Rate!.Value.Value);
    }

    /// <summary>The claims below are tied to codes through this table: a table that did not bind is a failure, not a skip.</summary>
    private static void RequireTable(Disclosure d, TableKey kind) =>
        Assert.True(d.Table(kind) is { Rows.Count: > 0 }, $"{kind.ToChinese()}未绑定，科目编码无法对应。");

    // ---------------------------------------------------------------- 克孜勒苏 (部门, Markdown)

    [SkippableFact]
    public void Kizilsu_metadata_contents_and_staffing()
    {
        var d = Read(Kizilsu);
        Assert.Equal("克孜勒苏柯尔克孜自治州医疗保障局", d.UnitName);
        Assert.Equal(DisclosureScope.Department, d.Scope);
        Assert.Equal(DisclosureKind.Budget, d.Kind);
        Assert.Equal(2025, d.Year);
        Assert.Equal("2025年2月20日", d.Date);
        Assert.Equal(29, d.Contents.Count);
        Assert.Contains("五、 关于克孜勒苏柯尔克孜自治州医疗保障局 2025 年一般公共预算当年拨款情况说明", d.Contents);
        var s = d.Profile.Staffing!;
        Assert.Equal((29, 36), (s.Authorized!.Count, s.Actual!.Count));
        Assert.Equal((27, 6), (s.InService!.Count, s.InService.Change));
        Assert.Equal((9, 1), (s.Retired!.Count, s.Retired.Change));
        Assert.Equal((0, 0), (s.RetiredBefore1949!.Count, s.RetiredBefore1949.Change));
        Assert.Equal(11, d.Profile.Functions.Count);
    }

    [SkippableFact]
    public void Kizilsu_sections_and_topics()
    {
        var d = Read(Kizilsu);
        Assert.Equal(4, d.Sections.Count(s => s.Level == 1));
        var topics = d.Sections.Select(s => s.Topic).ToHashSet();
        foreach (var t in new[] { SectionTopic.Overview, SectionTopic.Income, SectionTopic.Expenditure, SectionTopic.FiscalAppropriation, SectionTopic.GeneralPublicCurrentYear, SectionTopic.GeneralPublicBasic, SectionTopic.GeneralPublicProject, SectionTopic.GovernmentFund, SectionTopic.StateCapital, SectionTopic.ThreePublicExpenses, SectionTopic.PriorYearCarryover, SectionTopic.OperatingCosts, SectionTopic.Procurement, SectionTopic.Assets, SectionTopic.Performance, SectionTopic.Glossary, SectionTopic.Functions, SectionTopic.Organisation })
            Assert.Contains(t, topics);
        // Six projects, each its own （一）…（六） subsection under 七、.
        Assert.Equal(6, d.Sections.Count(s => s.Topic == SectionTopic.GeneralPublicProject && s.Level == 3));
    }

    [SkippableFact]
    public void Kizilsu_income_and_expenditure_claims()
    {
        var d = Read(Kizilsu);
        var income = In(d, SectionTopic.Income);
        Assert.Equal(9, income.Count);
        Assert.All(income, c => Assert.Equal(TableKey.Income, c.Subject.Table));
        Assert.All(income, c => Assert.Null(c.Subject.Code));
        AssertFigure(Claim(d, SectionTopic.Income, "部门收入预算"), 996.43m);
        var gp = Claim(d, SectionTopic.Income, "一般公共预算");
        Assert.Equal(ColumnKeys.GeneralPublic, gp.Subject.Column);
        AssertFigure(gp, 909.43m, 91.27m, ChangeDirection.Increase, 125.41m, 16.00m);
        Assert.Equal("上年预算", gp.Change!.Basis);
        Assert.StartsWith("一般公共预算 909.43 万元，占 91.27%", gp.Text, StringComparison.Ordinal);
        var transfer = Claim(d, SectionTopic.Income, "上级一般公共预算安排的转移支付资金");
        Assert.Equal(ColumnKeys.GeneralPublicTransfer, transfer.Subject.Column);
        AssertFigure(transfer, 87.00m, 8.73m, ChangeDirection.Decrease, 62.24m, 41.70m);
        AssertFigure(Claim(d, SectionTopic.Income, "单位资金"), 0.00m, 0.00m, ChangeDirection.Decrease, 5.00m, 100.00m);
        AssertFigure(Claim(d, SectionTopic.Income, "财政拨款结转"), 0.00m, 0.00m, ChangeDirection.Decrease, 110.10m, 100.00m);
        Assert.Equal(0m, Claim(d, SectionTopic.Income, "国有资本经营预算").Value!.Value.Value);

        var spending = In(d, SectionTopic.Expenditure);
        Assert.Equal(3, spending.Count);
        Assert.All(spending, c => Assert.Equal(TableKey.Expenditure, c.Subject.Table));
        var basic = Claim(d, SectionTopic.Expenditure, "基本支出");
        Assert.Equal(ColumnKeys.Basic, basic.Subject.Column);
        AssertFigure(basic, 570.03m, 57.21m, ChangeDirection.Increase, 130.41m, 29.66m);
        var project = Claim(d, SectionTopic.Expenditure, "项目支出");
        Assert.Equal(ColumnKeys.Project, project.Subject.Column);
        AssertFigure(project, 426.40m, 42.79m, ChangeDirection.Decrease, 182.34m, 29.95m);
        Assert.Equal(996.43m, Claim(d, SectionTopic.Overview, "收支总预算").Value!.Value.Value);
    }

    [SkippableFact]
    public void Kizilsu_current_year_claims_with_codes()
    {
        var d = Read(Kizilsu);
        var current = In(d, SectionTopic.GeneralPublicCurrentYear);
        Assert.Equal(17, current.Count);
        Assert.All(current, c => Assert.Equal(TableKey.GeneralPublicExpenditure, c.Subject.Table));
        // The project change here (67.24) differs from the 支出预算 section's (182.34): two scopes, both kept.
        AssertFigure(Claim(d, SectionTopic.GeneralPublicCurrentYear, "项目支出"), 426.40m, null, ChangeDirection.Decrease, 67.24m, 13.62m);
        AssertFigure(Claim(d, SectionTopic.GeneralPublicCurrentYear, "一般公共预算拨款合计"), 996.43m);

        RequireTable(d, TableKey.GeneralPublicExpenditure);
        var structure = current.Where(c => c.Share is not null).ToList();
        Assert.Equal(["208", "210", "221"], structure.Select(c => c.Subject.Code));
        Assert.Equal([7.09m, 88.71m, 4.20m], structure.Select(c => c.Share!.Value.Value));
        var items = current.Where(c => c.Subject.Code is { Length: 7 }).ToList();
        Assert.Equal(11, items.Count);
        Assert.Equal(11, items.Select(c => c.Subject.Code).Distinct().Count());
        AssertFigure(ByCode(d, "2080501"), 18.94m, null, ChangeDirection.Increase, 2.54m, 15.49m);
        AssertFigure(ByCode(d, "2101599"), 339.40m, null, ChangeDirection.Decrease, 5.00m, 1.45m);
        AssertFigure(ByCode(d, "2210201"), 41.89m, null, ChangeDirection.Increase, 41.89m, 100.00m);
        Assert.Equal(ColumnKeys.Total, ByCode(d, "2080501").Subject.Column);
    }

    [SkippableFact]
    public void Kizilsu_basic_three_public_operating_costs_procurement_and_assets()
    {
        var d = Read(Kizilsu);
        var personnel = Claim(d, SectionTopic.GeneralPublicBasic, "人员经费");
        Assert.Equal((TableKey.GeneralPublicBasicExpenditure, ColumnKeys.Personnel), (personnel.Subject.Table!.Value, personnel.Subject.Column));
        AssertFigure(personnel, 546.42m);
        AssertFigure(Claim(d, SectionTopic.GeneralPublicBasic, "公用经费"), 23.61m);

        var three = In(d, SectionTopic.ThreePublicExpenses).Where(c => c.Value is not null).ToDictionary(c => c.Subject.Figure!, c => c.Value!.Value.Value);
        Assert.Equal(9.50m, three["three_public_total"]);
        Assert.Equal(8.00m, three["vehicle_operation"]);
        Assert.Equal(1.50m, three["reception"]);
        Assert.Equal(0.00m, three["overseas_travel"]);

        var ops = d.OtherMatters.OperatingCosts!;
        AssertFigure(ops, 23.61m, null, ChangeDirection.Increase, 4.33m, 22.46m);
        var p = d.OtherMatters.Procurement!;
        Assert.Equal([86.43m, 16.69m, 0.00m, 69.74m, 78.40m, 86.43m],
            new[] { p.Total, p.Goods, p.Works, p.Services, p.SmeReserved, p.SmallMicroReserved }.Select(a => a!.Value.Value));
        var car = d.OtherMatters.Assets.First(a => a.Name == "车辆");
        Assert.Equal((2m, "辆", 523055.17m), (car.Quantity!.Value, car.QuantityUnit, car.Value!.Value.Value));
    }

    [SkippableFact]
    public void Kizilsu_performance_targets_and_glossary()
    {
        var d = Read(Kizilsu);
        Assert.Equal(7, d.PerformanceTargets.Count);
        var overall = d.PerformanceTargets[0];
        Assert.Equal((PerformanceScope.Overall, "克孜勒苏柯尔克孜自治州医疗保障局"), (overall.Scope, overall.Name));
        Assert.Equal([("上级安排", 87.00m), ("本级安排", 909.43m), ("其他", 0.00m)], overall.Funding.Select(f => (f.Source, f.Amount.Value)));
        Assert.Equal(4, overall.Indicators.Count);
        Assert.All(d.PerformanceTargets, t => Assert.Equal(90m, t.Indicators.Sum(i => i.Weight ?? 0)));

        var supervision = d.PerformanceTargets.Single(t => t.Name == "2025 年度基金监管专项经费项目");
        Assert.Equal(26.40m, supervision.Total!.Value.Value);
        var safe = supervision.Indicators.Single(i => i.Name == "基金安全运行率(%)");
        Assert.Equal(("产出指标", "质量指标", Comparator.Equal, "100", "%", 8m), (safe.Level1, safe.Level2, safe.Comparator, safe.Value, safe.Unit, safe.Weight));

        // A value wrapped onto the next printed row ("<=5" / "万元") is joined into one indicator.
        var capacity = d.PerformanceTargets.Single(t => t.Name.StartsWith("2025 年中央财政", StringComparison.Ordinal));
        Assert.Equal(17, capacity.Indicators.Count);
        var wrapped = capacity.Indicators.Single(i => i.Name.StartsWith("医保能力提升经费(药品", StringComparison.Ordinal));
        Assert.Equal((Comparator.AtMost, "5", "万元", 6m), (wrapped.Comparator, wrapped.Value, wrapped.Unit, wrapped.Weight));

        Assert.Equal(8, d.Glossary.Count);
        Assert.Equal("财政拨款", d.Glossary[0].Term);
    }

    // ---------------------------------------------------------------- 自治区本级 (单位, Markdown without marks)

    [SkippableFact]
    public void Region_metadata_and_staffing()
    {
        var d = Read(Region);
        Assert.Equal("新疆维吾尔自治区医疗保障局本级", d.UnitName);
        Assert.Equal(DisclosureScope.Unit, d.Scope);
        Assert.Equal(2025, d.Year);
        Assert.Equal("2025年02月18日", d.Date);
        Assert.Equal(29, d.Contents.Count);
        Assert.Contains("十一、 上年结转结余情况明细表", d.Contents);
        var s = d.Profile.Staffing!;
        Assert.Equal((64, 60), (s.Authorized!.Count, s.Actual!.Count));
        Assert.Equal((53, -1), (s.InService!.Count, s.InService.Change));
        Assert.Equal((7, 1), (s.Retired!.Count, s.Retired.Change));
        Assert.Equal(9, d.Profile.Functions.Count);
    }

    [SkippableFact]
    public void Region_income_expenditure_and_current_year_claims()
    {
        var d = Read(Region);
        Assert.Equal(9, In(d, SectionTopic.Income).Count);
        AssertFigure(Claim(d, SectionTopic.Income, "单位收入预算"), 218856.82m);
        AssertFigure(Claim(d, SectionTopic.Income, "一般公共预算"), 207557.11m, 94.84m, ChangeDirection.Increase, 6260.87m, 3.11m);
        var fund = Claim(d, SectionTopic.Income, "政府性基金预算");
        Assert.Equal(ColumnKeys.GovernmentFund, fund.Subject.Column);
        AssertFigure(fund, 4000.00m, 1.83m, ChangeDirection.Increase, 4000.00m, 100.00m);
        var carry = Claim(d, SectionTopic.Income, "财政拨款结转");
        Assert.Equal(ColumnKeys.FiscalCarryover, carry.Subject.Column);
        AssertFigure(carry, 1043.71m, 0.48m, ChangeDirection.Decrease, 2562.09m, 71.05m);

        Assert.Equal(3, In(d, SectionTopic.Expenditure).Count);
        AssertFigure(Claim(d, SectionTopic.Expenditure, "基本支出"), 1434.11m, 0.66m, ChangeDirection.Decrease, 4.13m, 0.29m);
        AssertFigure(Claim(d, SectionTopic.Expenditure, "项目支出"), 217422.71m, 99.34m, ChangeDirection.Increase, 7835.71m, 3.74m);

        var current = In(d, SectionTopic.GeneralPublicCurrentYear);
        Assert.Equal(21, current.Count);
        AssertFigure(Claim(d, SectionTopic.GeneralPublicCurrentYear, "一般公共预算拨款合计"), 213813.11m);

        RequireTable(d, TableKey.GeneralPublicExpenditure);
        Assert.Equal(["208", "210", "221", "230"], current.Where(c => c.Share is not null).Select(c => c.Subject.Code));
        Assert.Equal(14, current.Count(c => c.Subject.Code is { Length: 7 }));
        AssertFigure(ByCode(d, "2300249"), 193844.12m, null, ChangeDirection.Increase, 5044.12m, 2.67m);
        AssertFigure(ByCode(d, "2101504"), 6336.00m, null, ChangeDirection.Increase, 681.00m, 12.04m);
    }

    [SkippableFact]
    public void Region_fiscal_and_fund_claims_tie_to_codes()
    {
        var d = Read(Region);
        RequireTable(d, TableKey.FiscalAppropriationSummary);
        var transfers = In(d, SectionTopic.FiscalAppropriation).Where(c => c.Subject.Code == "230").ToList();
        Assert.Equal([(ColumnKeys.GeneralPublic, 193844.12m), (ColumnKeys.GovernmentFund, 4000.00m)], transfers.Select(c => (c.Subject.Column!, c.Value!.Value.Value)));
        var fundItem = In(d, SectionTopic.GovernmentFund).Single(c => c.Subject.Code is not null);
        Assert.Equal((TableKey.GovernmentFundExpenditure, "2300499"), (fundItem.Subject.Table!.Value, fundItem.Subject.Code));
        AssertFigure(fundItem, 4000.00m, null, ChangeDirection.Increase, 4000.00m, 100.00m);
    }

    [SkippableFact]
    public void Region_other_matters_performance_and_glossary()
    {
        var d = Read(Region);
        AssertFigure(d.OtherMatters.OperatingCosts!, 181.73m, null, ChangeDirection.Increase, 5.49m, 3.12m);
        var p = d.OtherMatters.Procurement!;
        Assert.Equal([8757.27m, 85.00m, 0.00m, 8672.27m, 1464.48m, 1464.48m],
            new[] { p.Total, p.Goods, p.Works, p.Services, p.SmeReserved, p.SmallMicroReserved }.Select(a => a!.Value.Value));
        var reception = In(d, SectionTopic.ThreePublicExpenses).Single(c => c.Subject.Figure == "reception" && c.Value is null);
        Assert.Equal((ChangeDirection.Decrease, 0.28m, 39.44m), (reception.Change!.Direction, reception.Change.Delta!.Value.Value, reception.Change.Rate!.Value.Value));

        Assert.Equal(8, d.PerformanceTargets.Count);
        Assert.All(d.PerformanceTargets, t => Assert.Equal(PerformanceScope.Project, t.Scope));
        Assert.All(d.PerformanceTargets, t => Assert.Equal(90m, t.Indicators.Sum(i => i.Weight ?? 0)));
        var insurance = d.PerformanceTargets.Single(t => t.Name == "城乡居民医保自治区财政补助经费项目");
        Assert.Equal(180000.00m, insurance.Total!.Value.Value);
        var standard = insurance.Indicators.Single(i => i.Name == "城乡居民医保自治区财政补助标准");
        Assert.Equal((Comparator.AtLeast, "700", "元/(年.人)", 20m), (standard.Comparator, standard.Value, standard.Unit, standard.Weight));
        Assert.Equal(8, d.Glossary.Count);
    }

    // ---------------------------------------------------------------- 焉耆 (单位, plain tab-separated)

    [SkippableFact]
    public void Yanqi_metadata_without_staffing()
    {
        var d = Read(Yanqi);
        Assert.Equal("焉耆回族自治县医疗保障局", d.UnitName);
        Assert.Equal(DisclosureScope.Unit, d.Scope);
        Assert.Equal(2026, d.Year);
        Assert.Equal("2026年2月6日", d.Date);
        Assert.Equal(31, d.Contents.Count);
        Assert.Null(d.Profile.Staffing);
        Assert.Equal(11, d.Profile.Functions.Count);
        // "…在医疗、医保、" / "医药等方面…" was broken at a line end and is one function again.
        Assert.Contains(d.Profile.Functions, f => f.Contains("医保、医药等方面", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Yanqi_income_expenditure_and_current_year_claims()
    {
        var d = Read(Yanqi);
        Assert.Equal(8, In(d, SectionTopic.Income).Count);
        AssertFigure(Claim(d, SectionTopic.Income, "一般公共预算"), 1765.45m, 96.04m, ChangeDirection.Increase, 10.68m, 6.1m);
        AssertFigure(Claim(d, SectionTopic.Income, "上级一般公共预算安排的转移支付"), 71.96m, 3.92m, ChangeDirection.Decrease, 5.27m, 6.8m);
        AssertFigure(Claim(d, SectionTopic.Income, "单位资金"), 0.8m, 0.04m, ChangeDirection.Increase, 0.8m, 100m);
        Assert.Equal(3, In(d, SectionTopic.Expenditure).Count);
        AssertFigure(Claim(d, SectionTopic.Expenditure, "基本支出"), 250.46m, 13.63m, ChangeDirection.Increase, 43.68m, 21.13m);

        var current = In(d, SectionTopic.GeneralPublicCurrentYear);
        Assert.Equal(18, current.Count);
        RequireTable(d, TableKey.GeneralPublicExpenditure);
        Assert.Equal(12, current.Count(c => c.Subject.Code is { Length: 7 }));
        // Printed over two lines: "…减少0.23" / "万元，下降 11.62%".
        AssertFigure(ByCode(d, "2101103"), 1.75m, null, ChangeDirection.Decrease, 0.23m, 11.62m);
        AssertFigure(ByCode(d, "2101399"), 71.96m, null, ChangeDirection.Decrease, 1.27m, 1.73m);
    }

    [SkippableFact]
    public void Yanqi_fiscal_claim_keeps_the_printed_figure()
    {
        var d = Read(Yanqi);
        RequireTable(d, TableKey.FiscalAppropriationSummary);
        var health = In(d, SectionTopic.FiscalAppropriation).Single(c => c.Subject.Code == "210");
        Assert.Equal((ColumnKeys.GeneralPublic, 1775.58m), (health.Subject.Column, health.Value!.Value.Value));
    }

    [SkippableFact]
    public void Yanqi_other_matters_performance_and_glossary()
    {
        var d = Read(Yanqi);
        AssertFigure(d.OtherMatters.OperatingCosts!, 6.47m, null, ChangeDirection.Increase, 1.74m, 36.78m);
        var p = d.OtherMatters.Procurement!;
        Assert.Equal([2.03m, 1.81m, 0m, 0.22m, 2.03m, 2.03m],
            new[] { p.Total, p.Goods, p.Works, p.Services, p.SmeReserved, p.SmallMicroReserved }.Select(a => a!.Value.Value));
        Assert.Equal(39.71m, d.OtherMatters.Assets.Single(a => a.Name == "其他资产").Value!.Value.Value);

        Assert.Equal(4, d.PerformanceTargets.Count);
        var overall = d.PerformanceTargets[0];
        Assert.Equal((PerformanceScope.Overall, 1838.21m), (overall.Scope, overall.Total!.Value.Value));
        var union = d.PerformanceTargets.Single(t => t.Name == "2026 年度单位自有资金工会经费项目");
        Assert.Equal([("财政拨款", 0m), ("其他资金", 0.8m)], union.Funding.Select(f => (f.Source, f.Amount.Value)));
        Assert.Equal(10, union.Indicators.Count);
        var satisfaction = union.Indicators.Single(i => i.Name == "职工满意度");
        Assert.Equal((Comparator.AtMost, "85", "%"), (satisfaction.Comparator, satisfaction.Value, satisfaction.Unit));

        Assert.Equal(9, d.Glossary.Count);
        Assert.EndsWith("（含外宾接待）费用。", d.Glossary.Single(g => g.Term == "“三公”经费").Definition, StringComparison.Ordinal);
    }
}
