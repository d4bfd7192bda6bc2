using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules.Plausibility;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks.Plausibility;

/// <summary>Each plausibility rule: one edit of the clean sample that it must catch, at the right place.</summary>
public class PlausibilityRuleTests
{
    [Fact]
    public void Clean_sample_has_no_plausibility_or_wording_findings()
    {
        var report = Checker.Check(Samples.Clean());
        Assert.Empty(report.Findings.Where(f => f.Rule.Id.StartsWith("BD6", StringComparison.Ordinal) || f.Rule.Id.StartsWith("BD7", StringComparison.Ordinal)).Select(f => f.ToString()));
        var mine = report.Statuses.Where(s => s.Rule.Id.StartsWith("BD6", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, mine.Count);
        // The sample has every kind of figure these rules read, so each one must actually run on it.
        Assert.All(mine, s => Assert.Equal(CheckOutcome.Passed, s.Outcome));
    }

    [Fact]
    public void BD6001_procurement_parts_that_do_not_add_up()
    {
        var f = RuleRun.Failing(Samples.WithEdit("政府采购货物预算 20.00 万元", "政府采购货物预算 25.00 万元"), ProcurementPartsRule.Rule);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(RuleRun.LineOf("政府采购预算 60.00 万元"), f.Location.Source.Line);
        Assert.Equal("（二）政府采购情况", f.Location.Section);
        Assert.Equal(65m, f.Expected);
        Assert.Equal(-5m, f.Difference);
        Assert.Contains("货物 25.00", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD6001_rounding_only_is_info()
    {
        var findings = RuleRun.Findings(Samples.WithEdit("政府采购货物预算 20.00 万元", "政府采购货物预算 20.01 万元"), ProcurementPartsRule.Rule);
        Assert.Equal(Severity.Info, Assert.Single(findings).Severity);
    }

    [Fact]
    public void BD6002_small_business_reserve_above_sme_reserve()
    {
        var f = RuleRun.Failing(Samples.WithEdit("小微企业预留政府采购项目预算金额 30.00 万元", "小微企业预留政府采购项目预算金额 50.00 万元"), ProcurementReservesRule.Rule);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(RuleRun.LineOf("面向中小企业预留"), f.Location.Source.Line);
        Assert.Equal(5m, f.Difference);
    }

    [Fact]
    public void BD6003_head_count_parts_that_do_not_add_up()
    {
        var f = RuleRun.Failing(Samples.WithEdit("在职 18 人", "在职 19 人"), StaffingSumRule.Rule);
        Assert.Equal(RuleRun.LineOf("实有人数 23 人"), f.Location.Source.Line);
        Assert.Equal("二、机构设置及人员情况", f.Location.Section);
        Assert.Equal(24m, f.Expected);
        Assert.Equal(23m, f.Actual);
    }

    [Fact]
    public void BD6004_an_increase_larger_than_the_head_count()
    {
        var f = RuleRun.Failing(Samples.WithEdit("在职 18 人，增加 1 人", "在职 18 人，增加 20 人"), StaffingChangeRule.Rule);
        Assert.Equal(RuleRun.LineOf("实有人数 23 人"), f.Location.Source.Line);
        Assert.Contains("-2", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD6004_retirees_before_1949_cannot_increase()
    {
        var f = RuleRun.Failing(Samples.WithEdit("实有人数 23 人，其中：在职 18 人，增加 1 人；退休 5 人，增加 0 人；离休 0 人，增加 0 人", "实有人数 24 人，其中：在职 18 人，增加 1 人；退休 5 人，增加 0 人；离休 1 人，增加 1 人"), StaffingChangeRule.Rule);
        Assert.Contains("离休", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD6005_asset_value_printed_in_yuan()
    {
        var f = RuleRun.Failing(Samples.WithEdit("3. 办公家具价值 12.50 万元", "3. 办公家具价值 125,000.00 万元"), AssetMagnitudeRule.Rule);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(RuleRun.LineOf("办公家具价值"), f.Location.Source.Line);
        Assert.Equal("（三）国有资产占用使用情况", f.Location.Section);
        Assert.Contains("12.5 万元", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD6006_value_per_vehicle_out_of_range()
    {
        var f = RuleRun.Failing(Samples.WithEdit("车辆 2 辆，价值 36.00 万元；其中：一般公务用车 2 辆，价值 36.00 万元", "车辆 2 辆，价值 0.36 万元；其中：一般公务用车 2 辆，价值 0.36 万元"), VehicleAssetRule.Rule);
        Assert.Equal(RuleRun.LineOf("车辆 2 辆"), f.Location.Source.Line);
        Assert.Contains("0.18", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD6006_vehicle_kinds_that_do_not_add_up()
    {
        var f = RuleRun.Failing(Samples.WithEdit("其中：一般公务用车 2 辆", "其中：一般公务用车 1 辆"), VehicleAssetRule.Rule, Severity.Error);
        Assert.Equal(RuleRun.LineOf("车辆 2 辆"), f.Location.Source.Line);
        Assert.Equal(1m, f.Expected);
    }

    [Fact]
    public void BD6007_funding_lines_that_do_not_add_up()
    {
        var f = RuleRun.Failing(Samples.WithEdit("年度预算总额	40.00	其中：财政拨款	40.00", "年度预算总额	40.00	其中：财政拨款	35.00"), PerformanceFundingRule.Rule);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("项目支出绩效目标表（医疗保障经办服务能力提升项目）", f.Location.Section);
        Assert.Equal(-5m, f.Expected - f.Actual);
    }

    [Fact]
    public void BD6008_target_total_differs_from_the_project_table()
    {
        var f = RuleRun.Failing(Samples.WithEdit("年度预算总额	200.00	其中：财政拨款	200.00", "年度预算总额	210.00	其中：财政拨款	210.00"), PerformanceAmountRule.Rule);
        Assert.Equal("项目支出绩效目标表（城乡居民医疗救助配套项目）", f.Location.Section);
        Assert.Equal(200m, f.Expected);
        Assert.Equal(10m, f.Difference);
        Assert.Single(f.Cells);
    }

    [Fact]
    public void BD6009_weights_that_add_up_to_neither_90_nor_100()
    {
        var f = RuleRun.Failing(Samples.WithEdit("≥52000	30", "≥52000	35"), IndicatorWeightsRule.Rule);
        Assert.Equal("整体绩效目标表", f.Location.Section);
        Assert.Equal(95m, f.Actual);
    }

    [Fact]
    public void BD6010_quantitative_indicator_without_comparator()
    {
        var f = RuleRun.Failing(Samples.WithEdit("培训经办人员(人次)	≥60", "培训经办人员(人次)	60"), IndicatorCompletenessRule.Rule);
        Assert.Equal(RuleRun.LineOf("培训经办人员"), f.Location.Source.Line);
        Assert.Equal("培训经办人员(人次)", f.Location.Label);
    }

    [Fact]
    public void BD6011_satisfaction_written_as_a_ceiling()
    {
        var f = RuleRun.Failing(Samples.WithEdit("受助群众满意度(%)	≥90%", "受助群众满意度(%)	≤90%"), SatisfactionDirectionRule.Rule);
        Assert.Equal(RuleRun.LineOf("受助群众满意度"), f.Location.Source.Line);
        Assert.Contains("≥90%", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD6012_second_level_name_in_the_first_level_column()
    {
        var f = RuleRun.Failing(Samples.WithEdit("产出指标	数量指标	救助人次", "数量指标	数量指标	救助人次"), IndicatorLevelRule.Rule);
        Assert.Equal(RuleRun.LineOf("救助人次"), f.Location.Source.Line);
        Assert.Contains("产出指标", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD6013_asset_date_of_the_wrong_year()
    {
        var f = RuleRun.Failing(Samples.WithEdit("截至 2025 年底", "截至 2024 年底"), TextYearRule.Rule);
        Assert.Equal(RuleRun.LineOf("年底，示例县医疗保障局占用使用"), f.Location.Source.Line);
        Assert.Equal(2025m, f.Expected);
        Assert.Equal(2024m, f.Actual);
    }

    [Fact]
    public void BD6013_document_number_without_a_year()
    {
        var f = RuleRun.Failing(Samples.WithEdit("《社会救助暂行办法》。", "《社会救助暂行办法》（民政发〔5〕号）。"), TextYearRule.Rule);
        Assert.Equal(RuleRun.LineOf("社会救助暂行办法"), f.Location.Source.Line);
        Assert.Contains("〔5〕号", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD6014_heading_with_another_year()
    {
        var f = RuleRun.Failing(Samples.WithEdit("三、关于示例县医疗保障局 2026 年支出预算情况说明\n\n示例县", "三、关于示例县医疗保障局 2025 年支出预算情况说明\n\n示例县"), NameYearConsistencyRule.Rule);
        Assert.Equal(Samples.Text().Split('\n').ToList().LastIndexOf("三、关于示例县医疗保障局 2026 年支出预算情况说明") + 1, f.Location.Source.Line);
        Assert.Equal(2026m, f.Expected);
    }

    [Fact]
    public void BD6014_sentence_with_another_unit_name()
    {
        var f = RuleRun.Failing(Samples.WithEdit("示例县医疗保障局 2026 年一般公共预算基本支出 260.00 万元", "示例市医疗保障局 2026 年一般公共预算基本支出 260.00 万元"), NameYearConsistencyRule.Rule);
        Assert.Equal(RuleRun.LineOf("年一般公共预算基本支出 260.00 万元"), f.Location.Source.Line);
        Assert.Contains("示例市医疗保障局", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD6015_operating_costs_differ_from_public_funds()
    {
        var f = RuleRun.Failing(Samples.WithEdit("机关运行经费财政拨款预算 26.00 万元", "机关运行经费财政拨款预算 28.00 万元"), OperatingCostsRule.Rule);
        Assert.Equal(RuleRun.LineOf("机关运行经费财政拨款预算"), f.Location.Source.Line);
        Assert.Equal(2m, f.Difference);
        Assert.Equal("表6 总计 一般公共预算基本支出/公用经费", Assert.Single(f.Cells).ToString());
    }

    [Fact]
    public void BD6016_table_captioned_in_yuan_with_figures_in_ten_thousands()
    {
        var f = RuleRun.Failing(Samples.WithEdit("表 3\n\n单位支出总体情况表\n\n编制单位：示例县医疗保障局\n\n单位：万元", "表 3\n\n单位支出总体情况表\n\n编制单位：示例县医疗保障局\n\n单位：元"), TableUnitRule.Rule);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(TableKey.Expenditure, f.Location.Table);
        Assert.Equal("3", f.Location.TableNumber);
        Assert.NotEmpty(f.Cells);
        Assert.Contains("万元", f.GetMessage(), StringComparison.Ordinal);
    }
}
