using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Templates;

public sealed class TemplateDetectionTests
{
    /// <summary>The sample without the 第X部分 … 公开表 heading of the Xinjiang template, in 目录 and in the body.</summary>
    private static ReadResult<Disclosure> WithoutParts() =>
        DisclosurePipeline.Text.Read(DocumentInput.FromText(Samples.Text().Replace("第二部分 2026 年单位预算公开表", "2026 年单位预算表格", StringComparison.Ordinal), Samples.Path));

    [Fact]
    public void The_sample_shows_the_xinjiang_templates_sign_and_is_read_under_it()
    {
        var read = DisclosurePipeline.Text.Read(Samples.Path);
        var match = read.Value!.Template!;
        Assert.Equal(("xinjiang-budget", TemplateChoice.Detected, 1), (match.Id, match.Choice, match.Score));
        Assert.Contains("第X部分", Assert.Single(match.Evidence), StringComparison.Ordinal);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == Messages.NationalTemplateCode);
    }

    [Fact]
    public void A_document_showing_no_regional_sign_is_read_under_the_national_template_and_says_so()
    {
        var read = WithoutParts();
        var match = read.Value!.Template!;
        Assert.Equal((TemplateCatalog.NationalBudgetId, TemplateChoice.Default, 0), (match.Id, match.Choice, match.Score));
        Assert.Empty(match.Evidence);
        var note = Assert.Single(read.Diagnostics, d => d.Code == Messages.NationalTemplateCode);
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Contains("财预〔2016〕143号", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_issuer_on_the_cover_names_the_region_and_the_body_does_not()
    {
        // The cover names the unit; a unit of 北京市 is read under the Beijing template …
        var text = Samples.Text().Replace("第二部分 2026 年单位预算公开表", "2026 年单位预算表格", StringComparison.Ordinal);
        var beijing = DisclosurePipeline.Text.Read(DocumentInput.FromText(text.Replace("示例县医疗保障局", "北京市示例医疗保障局", StringComparison.Ordinal), Samples.Path));
        var match = beijing.Value!.Template!;
        Assert.Equal(("beijing-budget", TemplateChoice.Detected, 2), (match.Id, match.Choice, match.Score));
        Assert.Contains("北京市", Assert.Single(match.Evidence), StringComparison.Ordinal);

        // … one that only mentions 北京市 in its body (对口支援, 调研) is not, and a cover joined to its 目录 still counts.
        var body = DisclosurePipeline.Text.Read(DocumentInput.FromText(text.Replace("一、主要职能\n", "一、主要职能\n\n赴北京市调研医保改革。\n", StringComparison.Ordinal), Samples.Path));
        Assert.Equal(TemplateCatalog.NationalBudgetId, body.Value!.Template!.Id);
        var joined = DisclosurePipeline.Text.Read(DocumentInput.FromText(text.Replace("示例县医疗保障局\n\n2026 年单位预算公开\n\n目 录", "2026 年度福州市示例局部门预算目录", StringComparison.Ordinal), Samples.Path));
        Assert.Equal("fujian-budget", joined.Value!.Template!.Id);
    }

    [Fact]
    public void Every_region_of_the_corpus_has_a_template_that_extends_the_national_one_and_names_its_region()
    {
        var regional = TemplateCatalog.Embedded.All.Where(t => t.Id != TemplateCatalog.NationalBudgetId).ToList();
        Assert.Equal(
            ["beijing-budget", "chongqing-budget", "fujian-budget", "guangdong-budget", "hunan-budget", "jiangsu-budget", "shaanxi-budget", "shandong-budget", "shenzhen-budget", "xinjiang-budget"],
            regional.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.All(regional, t =>
        {
            Assert.Equal(TemplateCatalog.NationalBudgetId, t.Lineage[^1]);
            Assert.NotNull(t.Definition.Region);
            Assert.Contains(t.Definition.Detection, e => e.In == "issuer");
        });
    }

    [Fact]
    public void A_forced_template_is_used_whatever_the_document_shows()
    {
        var document = DisclosurePipeline.Text.ReadDocument(Samples.Path).Value!;
        var bound = Binding.DisclosureBinder.Bind(document, new TemplateOptions { Forced = TemplateCatalog.NationalBudgetId });
        Assert.Equal((TemplateCatalog.NationalBudgetId, TemplateChoice.Forced), (bound.Value!.Template!.Id, bound.Value.Template.Choice));
        Assert.Throws<KeyNotFoundException>(() => Binding.DisclosureBinder.Bind(document, new TemplateOptions { Forced = "nowhere" }));
    }

    [Fact]
    public void The_template_decides_which_tables_are_required_and_how_much_a_missing_one_weighs()
    {
        // Under the Xinjiang template the 国有资本经营 and 项目支出 tables are required and a missing table is an error …
        var xinjiang = Checker.Check(Samples.WithEdit("\n政府性基金预算支出情况表\n", "\n某某情况表\n"));
        var missing = Assert.Single(xinjiang.Findings, f => f.Rule.Id == "BD4003");
        Assert.Equal(Severity.Error, missing.Severity);
        Assert.Equal("新疆模板要求公开政府性基金预算支出情况表（没有数据也应公开空表并注明），正文中没有这张表", missing.GetMessage());
        Assert.Equal(10, xinjiang.Statuses.Single(s => s.Rule.Id == "BD4003").Evaluated);

        // … under the national one only the circular's eight are, and a missing one is a warning.
        var national = Checker.Check(WithoutParts().Value! with { Tables = [.. Samples.Clean().Tables.Where(t => t.Kind != TableKey.GovernmentFundExpenditure)] });
        var warning = Assert.Single(national.Findings, f => f.Rule.Id == "BD4003");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("财预〔2016〕143号模板要求公开政府性基金预算支出情况表", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(8, national.Statuses.Single(s => s.Rule.Id == "BD4003").Evaluated);
    }

    [Fact]
    public void A_rule_turned_off_does_not_run_and_says_who_turned_it_off()
    {
        var disclosure = Samples.WithEdit("\n政府性基金预算支出情况表\n", "\n某某情况表\n");
        var report = Checker.Check(disclosure, options: new CheckOptions { Rules = new Dictionary<string, RuleSetting> { ["BD4003"] = RuleSetting.Off } });
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD4003");
        var status = report.Statuses.Single(s => s.Rule.Id == "BD4003");
        Assert.Equal((CheckOutcome.NotChecked, "检查配置关闭了此规则。"), (status.Outcome, status.Reason));
    }

    [Fact]
    public void A_configured_severity_replaces_the_default_and_leaves_a_rules_other_severities()
    {
        // 一般公共预算拨款 500.00 → 501.00 breaks the summary's income lines beyond rounding (an error by default) …
        var off = Samples.WithEdit("1.一般公共预算拨款\t500.00", "1.一般公共预算拨款\t501.00");
        var defaults = Checker.Check(off);
        var errors = defaults.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Rule.Id).Distinct().ToList();
        Assert.NotEmpty(errors);
        var infos = defaults.Findings.Count(f => f.Severity == Severity.Info);
        var lowered = Checker.Check(off, options: new CheckOptions { Rules = errors.ToDictionary(id => id, _ => RuleSetting.Warning) });
        Assert.DoesNotContain(lowered.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(defaults.Findings.Count(f => f.Severity == Severity.Error), lowered.Findings.Count(f => f.Severity == Severity.Warning && errors.Contains(f.Rule.Id)) - defaults.Findings.Count(f => f.Severity == Severity.Warning && errors.Contains(f.Rule.Id)));
        Assert.Equal(infos, lowered.Findings.Count(f => f.Severity == Severity.Info));
        // A run's setting wins over the template's: the national template's warning for BD4003 raised back to an error.
        var national = WithoutParts().Value! with { Tables = [.. Samples.Clean().Tables.Where(t => t.Kind != TableKey.GovernmentFundExpenditure)] };
        var raised = Checker.Check(national, options: new CheckOptions { Rules = new Dictionary<string, RuleSetting> { ["BD4003"] = RuleSetting.Error } });
        Assert.Equal(Severity.Error, Assert.Single(raised.Findings, f => f.Rule.Id == "BD4003").Severity);
        Assert.Equal(RuleSetting.Warning, Checker.SettingOf(StandardTablesRule.Rule, TemplateCatalog.National, CheckOptions.Default));
    }
}
