using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules.CrossDocument;
using BudgetDisclosure.Checks.Rules.Narrative;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks.Narrative;

/// <summary>Each narrative rule: passes on the clean sample, fails on one edit of its narrative at the edited sentence.</summary>
public class NarrativeRuleTests
{
    private const string Income = "二、关于示例县医疗保障局 2026 年收入预算情况说明";

    [Fact]
    public void Clean_sample_passes_every_narrative_rule_that_applies()
    {
        var report = NarrativeCheck.Run(Samples.Clean());
        Assert.Empty(report.Findings.Where(NarrativeCheck.IsOwn).Select(f => f.ToString()));
        foreach (var rule in new[] { RestatedAmountRule.Rule, ShareRule.Rule, StructureSumRule.Rule, YearOnYearRule.Rule, ItemChangesSumRule.Rule, NotArrangedRule.Rule })
        {
            var status = NarrativeCheck.Status(report, rule);
            Assert.True(status.Outcome == CheckOutcome.Passed && status.Evaluated > 0, $"{rule.Id}: {status.Outcome} {status.Reason}");
        }
        Assert.Equal(CheckOutcome.NotApplicable, NarrativeCheck.Status(report, PriorFigureConsistencyRule.Rule).Outcome);
        Assert.Equal(CheckOutcome.NotApplicable, NarrativeCheck.Status(report, PriorDisclosureRule.Rule).Outcome);
    }

    [Fact]
    public void BD3001_a_restated_amount_that_differs_from_the_table()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("收支总预算 502.00 万元", "收支总预算 512.00 万元"));
        var f = NarrativeCheck.Single(report, RestatedAmountRule.Rule, 369, "一、关于示例县医疗保障局", "收支总预算 512.00 万元");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(10m, f.Difference);
        Assert.NotEmpty(f.Cells);
    }

    [Fact]
    public void BD3001_a_difference_of_rounding_size_is_only_info()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("卫生健康支出 454.00 万元，主要用于", "卫生健康支出 454.01 万元，主要用于"));
        Assert.Empty(NarrativeCheck.Failures(report, RestatedAmountRule.Rule));
        var info = Assert.Single(report.Findings, f => f.Rule.Id == RestatedAmountRule.Rule.Id);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal(399, info.Location.Source.Line);
        Assert.EndsWith("（在舍入误差范围内，但说明应照录表中数字）", info.GetMessage(), StringComparison.Ordinal);
        // In the claim's own unit (万元): 454.01 against 454.00, each good to half a cent of 万元.
        Assert.Equal(454.01m, info.Actual);
        Assert.Equal(454.00m, info.Expected);
        Assert.Equal(0.01m, info.Difference);
        Assert.Equal(0.01m, info.Tolerance);
    }

    [Fact]
    public void BD3001_a_narrative_in_coarser_figures_restates_the_table()
    {
        // "502 万元" rounds the table's 502.00: restating it, not a difference — not even a note.
        var report = NarrativeCheck.Run(Samples.WithEdit("卫生健康支出 454.00 万元，主要用于", "卫生健康支出 454 万元，主要用于"));
        Assert.Empty(report.Findings.Where(f => f.Rule.Id == RestatedAmountRule.Rule.Id).Select(f => f.ToString()));
        Assert.Equal(CheckOutcome.Passed, NarrativeCheck.Status(report, RestatedAmountRule.Rule).Outcome);
    }

    [Fact]
    public void BD3001_a_narrative_in_finer_figures_than_the_table_within_rounding_is_a_note()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("卫生健康支出 454.00 万元，主要用于", "卫生健康支出 454.004 万元，主要用于"));
        var info = Assert.Single(report.Findings, f => f.Rule.Id == RestatedAmountRule.Rule.Id);
        Assert.Equal(Severity.Info, info.Severity);
    }

    [Fact]
    public void BD3001_operating_costs_that_differ_are_a_warning_with_the_reason()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("机关运行经费财政拨款预算 26.00 万元", "机关运行经费财政拨款预算 28.00 万元"));
        var f = Assert.Single(NarrativeCheck.Failures(report, RestatedAmountRule.Rule));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.EndsWith("（机关运行经费仅指行政单位的公用经费，含事业单位时可能不同）", f.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(495, f.Location.Source.Line);
    }

    [Fact]
    public void BD3001_a_restated_amount_beyond_rounding_says_nothing_of_rounding()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("卫生健康支出 454.00 万元，主要用于", "卫生健康支出 455.00 万元，主要用于"));
        var f = Assert.Single(NarrativeCheck.Failures(report, RestatedAmountRule.Rule));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.DoesNotContain("舍入误差范围内", f.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("机关运行经费", f.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(1m, f.Difference);
    }

    [Fact]
    public void BD3002_one_digit_off_in_a_list_that_no_longer_adds_to_100_is_a_warning()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("基本支出 262.00 万元，占 52.19%", "基本支出 262.00 万元，占 52.20%"));
        var f = NarrativeCheck.Single(report, ShareRule.Rule, 391, "三、", "占 52.20%");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.EndsWith("（差一个尾数，可能是舍入方式不同）", f.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(52.20m, f.Actual);
        Assert.NotEmpty(f.Cells);
    }

    [Fact]
    public void BD3002_one_digit_off_in_a_list_that_adds_to_exactly_100_is_a_tail_adjustment_and_a_cut_share_is_rounding()
    {
        var report = NarrativeCheck.Run(Samples.WithEdits(("基本支出 262.00 万元，占 52.19%", "基本支出 262.00 万元，占 52.20%"), ("项目支出 240.00 万元，占 47.81%", "项目支出 240.00 万元，占 47.80%")));
        Assert.Empty(NarrativeCheck.Failures(report, ShareRule.Rule).Select(f => f.ToString()));
        // 240 / 502 = 47.8088 %: 47.80 % is that figure cut to two decimals, a rounding like any other, so only 52.20 %
        // (52.1912 %, one digit above what either rounding gives) is noted.
        var note = Assert.Single(report.Findings, f => f.Rule.Id == ShareRule.Rule.Id);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Equal(52.20m, note.Actual);
        Assert.EndsWith("（差一个尾数，且所列占比合计恰为 100%，应是尾差调整）", note.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD3002_a_share_that_is_not_amount_over_total()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("占 91.63%", "占 92.63%"));
        var f = NarrativeCheck.Single(report, ShareRule.Rule, 379, Income, "占 92.63%");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("91.6335%", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD3003_structure_shares_that_do_not_add_up_to_100()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("占 90.80%", "占 91.80%"));
        var f = NarrativeCheck.Single(report, StructureSumRule.Rule, 413, "（二）一般公共预算当年拨款结构情况", "占 91.80%");
        Assert.Equal(101m, f.Actual);
    }

    [Fact]
    public void BD3004_a_rate_that_does_not_follow_from_the_change()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("增长 3.14%", "增长 4.14%"));
        var f = NarrativeCheck.Single(report, YearOnYearRule.Rule, 379, Income, "增长 4.14%");
        Assert.Contains("446.00", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD3004_direction_words_that_contradict_each_other()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("比上年预算增加 4.00 万元，增长 0.81%", "比上年预算减少 4.00 万元，增长 0.81%"));
        var f = NarrativeCheck.Single(report, YearOnYearRule.Rule, 405, "（一）一般公共预算当年拨款规模变化情况", "减少 4.00 万元");
        Assert.Contains("自相矛盾", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD3004_a_wrong_rate_of_a_decrease_is_told_in_the_words_of_a_decrease()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("比上年预算减少 10.00 万元，下降 20.00%，主要原因是上级医疗保障服务能力提升补助资金减少",
            "比上年预算减少 10.00 万元，下降 25.00%，主要原因是上级医疗保障服务能力提升补助资金减少"));
        var f = NarrativeCheck.Single(report, YearOnYearRule.Rule, 381, Income, "下降 25.00%");
        Assert.Contains("减少 10.00 万元", f.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("下降 25.00%", f.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("增长", f.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(25m, f.Actual);
        Assert.Equal(20m, f.Expected);
    }

    [Theory]
    [InlineData("比上年预算减少 10.00 万元，降低 20.00%", false)]
    [InlineData("比上年预算减少 10.00 万元，下降 20.00%", false)]
    [InlineData("比上年预算减少 10.00 万元，增长 20.00%", true)]
    [InlineData("比上年预算减少 10.00 万元，上升 20.00%", true)]
    [InlineData("比上年预算增加 10.00 万元，下降 20.00%", true)]
    [InlineData("比上年预算降低 10.00 万元，增长 20.00%", true)]
    public void BD3004_direction_words_agree_or_contradict(string phrase, bool contradicts)
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("比上年预算减少 10.00 万元，下降 20.00%，主要原因是上级医疗保障服务能力提升补助资金减少",
            phrase + "，主要原因是上级医疗保障服务能力提升补助资金减少"));
        var failures = NarrativeCheck.Failures(report, YearOnYearRule.Rule);
        if (contradicts)
            Assert.Contains(failures, f => f.Location.Source.Line == 381 && f.GetMessage().Contains("自相矛盾", StringComparison.Ordinal));
        else
            Assert.Empty(failures.Select(f => f.ToString()));
    }

    [Fact]
    public void BD3004_flat_with_a_change_amount_names_the_amount_and_an_absent_rate()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("单位资金 2.00 万元，占 0.40%，与上年预算持平", "单位资金 2.00 万元，占 0.40%，与上年预算持平，增加 1.00 万元"));
        var f = Assert.Single(NarrativeCheck.Failures(report, YearOnYearRule.Rule));
        Assert.Contains("持平", f.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("增减额 1.00", f.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("幅度 0%", f.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(1m, f.Actual);
        Assert.Equal(0m, f.Expected);
        Assert.NotEmpty(f.Cells);
    }

    [Fact]
    public void BD3004_flat_with_a_change_amount()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("单位资金 2.00 万元，占 0.40%，与上年预算持平", "单位资金 2.00 万元，占 0.40%，与上年预算持平，增加 1.00 万元"));
        Assert.NotEmpty(NarrativeCheck.Failures(report, YearOnYearRule.Rule));
    }

    [Fact]
    public void BD3004_a_new_item_written_as_100_percent_is_the_convention()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("比上年预算增加 0.50 万元，增长 3.23%", "比上年预算增加 16.00 万元，增长 100.00%"));
        Assert.Empty(NarrativeCheck.Failures(report, YearOnYearRule.Rule));
        Assert.Equal(CheckOutcome.Passed, NarrativeCheck.Status(report, YearOnYearRule.Rule).Outcome);
    }

    [Fact]
    public void BD3005_two_claims_implying_different_prior_figures()
    {
        const string from = "“三公”经费预算数为 12.00 万元，其中";
        var agree = NarrativeCheck.Run(Samples.WithEdit(from, "“三公”经费预算数为 12.00 万元，比上年预算减少 1.00 万元，下降 7.69%，其中"));
        Assert.Equal(CheckOutcome.Passed, NarrativeCheck.Status(agree, PriorFigureConsistencyRule.Rule).Outcome);

        var report = NarrativeCheck.Run(Samples.WithEdit(from, "“三公”经费预算数为 12.00 万元，比上年预算减少 2.00 万元，下降 14.29%，其中"));
        var f = NarrativeCheck.Single(report, PriorFigureConsistencyRule.Rule, 481, "十、关于示例县医疗保障局", "减少 1.00 万元");
        Assert.Equal(13m, f.Actual);
        Assert.Equal(14m, f.Expected);
        Assert.Empty(NarrativeCheck.Failures(report, YearOnYearRule.Rule));
    }

    [Fact]
    public void BD3006_item_changes_that_do_not_add_up_to_the_total()
    {
        // 10 → 11 keeps the sentence's own rate right (11 ÷ 191 = 5.76%): only the sum of the items is off.
        var report = NarrativeCheck.Run(Samples.WithEdit("比上年预算增加 10.00 万元，增长 5.21%", "比上年预算增加 11.00 万元，增长 5.76%"));
        var f = NarrativeCheck.Single(report, ItemChangesSumRule.Rule, 405, "（一）一般公共预算当年拨款规模变化情况", "一般公共预算拨款合计");
        Assert.Equal(5m, f.Actual);
        Assert.Equal(4m, f.Expected);
        Assert.Empty(NarrativeCheck.Failures(report, YearOnYearRule.Rule));
    }

    [Fact]
    public void BD3007_not_arranged_where_the_table_has_an_amount()
    {
        var report = NarrativeCheck.Run(Samples.WithEdit("单位资金 2.00 万元，占 0.40%，与上年预算持平。", "单位资金未安排。"));
        var f = NarrativeCheck.Single(report, NotArrangedRule.Rule, 387, Income, "单位资金未安排");
        Assert.Equal(2m, f.Expected);
    }
}
