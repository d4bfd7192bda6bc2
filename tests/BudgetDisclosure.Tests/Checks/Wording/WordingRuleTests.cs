using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules.Wording;
using BudgetDisclosure.Tests.Checks.Plausibility;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks.Wording;

/// <summary>Each wording rule: one edit of the clean sample that it must catch, at the right place.</summary>
public class WordingRuleTests
{
    [Fact]
    public void Wording_rules_run_on_the_clean_sample_without_findings()
    {
        var report = Checker.Check(Samples.Clean());
        var statuses = report.Statuses.Where(s => s.Rule.Id.StartsWith("BD7", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, statuses.Count);
        Assert.DoesNotContain(statuses, s => s.Outcome == CheckOutcome.Failed);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id.StartsWith("BD7", StringComparison.Ordinal));
    }

    [Fact]
    public void BD7001_placeholder_left_in()
    {
        var f = RuleRun.Failing(Samples.WithEdit("按照全口径预算的原则，示例县医疗保障局 2026 年所有收入", "按照全口径预算的原则，XX局 2026 年所有收入"), PlaceholderRule.Rule);
        Assert.Equal(RuleRun.LineOf("按照全口径预算的原则"), f.Location.Source.Line);
        Assert.Equal("一、关于示例县医疗保障局 2026 年收支预算情况的总体说明", f.Location.Section);
        Assert.Contains("“XX”", f.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("某某")]
    [InlineData("××")]
    [InlineData("（单位名称）")]
    [InlineData("〇〇")]
    public void BD7001_recognises_the_usual_placeholders(string placeholder)
    {
        var d = Samples.WithEdit("示例县医疗保障局无下属预算单位", placeholder + "无下属预算单位");
        Assert.Contains(RuleRun.Findings(d, PlaceholderRule.Rule), f => f.GetMessage().Contains(placeholder, StringComparison.Ordinal));
    }

    [Fact]
    public void BD7001_a_year_in_chinese_numerals_is_not_a_placeholder()
    {
        var d = Samples.WithEdit("示例县医疗保障局无下属预算单位", "示例县医疗保障局（二〇〇九年设立）无下属预算单位");
        Assert.Empty(RuleRun.Findings(d, PlaceholderRule.Rule));
    }

    [Fact]
    public void BD7002_doubled_full_stop()
    {
        var f = RuleRun.Failing(Samples.WithEdit("收支总预算 502.00 万元。", "收支总预算 502.00 万元。。"), PunctuationRule.Rule, Severity.Info);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal(RuleRun.LineOf("收支总预算 502.00 万元"), f.Location.Source.Line);
        Assert.Contains("“。。”", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD7002_prose_without_a_full_stop()
    {
        var f = RuleRun.Failing(Samples.WithEdit("负责本县医疗保障基金的监督管理，建立健全医疗保障基金安全防控机制。", "负责本县医疗保障基金的监督管理，建立健全医疗保障基金安全防控机制"), PunctuationRule.Rule, Severity.Info);
        Assert.Equal(RuleRun.LineOf("负责本县医疗保障基金的监督管理"), f.Location.Source.Line);
        Assert.Contains("句号", f.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void BD7003_unclosed_book_title_mark()
    {
        var f = RuleRun.Failing(Samples.WithEdit("《社会救助暂行办法》。", "《社会救助暂行办法。"), BracketBalanceRule.Rule);
        Assert.Equal(RuleRun.LineOf("社会救助暂行办法"), f.Location.Source.Line);
        Assert.Contains("“《”没有对应的“》”", f.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("巴财社【2025】10号）。", "“）”没有对应的“（”")]
    [InlineData("《关于印发〈实施意见〉的通知》》", "“》”没有对应的“《”")]
    [InlineData("“三医联动”改革", null)]
    [InlineData("（新财社〔2024〕181 号)", null)]
    [InlineData("1）完成县委交办的任务。", null)]
    public void BD7003_pairs(string text, string? problem) =>
        Assert.Equal(problem, BracketBalanceRule.Problem(text)?.What.ToString(MessageLanguage.Chinese));

    [Fact]
    public void BD7004_comparison_with_the_wrong_year()
    {
        var f = RuleRun.Failing(Samples.WithEdit("比上年预算增加 14.00 万元，增长 3.14%", "比2023年预算增加 14.00 万元，增长 3.14%"), ComparisonYearRule.Rule);
        Assert.Equal(RuleRun.LineOf("一般公共预算 460.00 万元，占 91.63%"), f.Location.Source.Line);
        Assert.Equal(2025m, f.Expected);
        Assert.Equal(2023m, f.Actual);
    }

    [Fact]
    public void BD7004_last_year_named_by_number_is_fine()
    {
        var d = Samples.WithEdit("比上年预算增加 14.00 万元，增长 3.14%", "比2025年预算增加 14.00 万元，增长 3.14%");
        Assert.Empty(RuleRun.Findings(d, ComparisonYearRule.Rule));
        Assert.Equal(CheckOutcome.Passed, Checker.Check(d).Statuses.Single(s => s.Rule.Id == "BD7004").Outcome);
    }

    [Fact]
    public void BD7005_heading_and_body_name_operating_costs_differently()
    {
        var f = RuleRun.Failing(Samples.WithEdit("（一）机关运行经费情况", "（一）单位运行经费情况"), NamingConsistencyRule.Rule, Severity.Info);
        Assert.Equal(RuleRun.LineOf("（一）机关运行经费情况"), f.Location.Source.Line);
        Assert.Equal("（一）单位运行经费情况", f.Location.Section);
    }

    [Fact]
    public void BD7005_project_named_differently_in_the_target_table()
    {
        var f = RuleRun.Failing(Samples.WithEdit("项目名称	城乡居民医疗救助配套项目", "项目名称	困难群众救助资金"), NamingConsistencyRule.Rule, Severity.Info);
        Assert.Contains("城乡居民医疗救助配套项目", f.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("项目支出绩效目标表（困难群众救助资金）", f.Location.Section);
        Assert.Single(f.Cells);
    }
}
