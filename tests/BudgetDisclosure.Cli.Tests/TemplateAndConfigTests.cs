using System.Text.Json;
using BudgetDisclosure.Cli.Tests.Support;
using BudgetDisclosure.Testing;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>--template, --config and .budgetconfig, and `budget templates`, as a user runs them.</summary>
public sealed class TemplateAndConfigTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The sample with 一般公共预算拨款 501.00 for 500.00: two BD1005 errors and one BD2003 error.</summary>
    private string WrongSample(string folder)
    {
        var text = File.ReadAllText(Repository.SampleText).Replace("1.一般公共预算拨款\t500.00", "1.一般公共预算拨款\t501.00", StringComparison.Ordinal);
        return Write(Path.Combine(folder, "示例.txt"), text);
    }

    private string Write(string name, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_dir.Path, name))!);
        return _dir.Write(name, text);
    }

    private static int Count(CliRun run, string what) => run.OutLines.Count(l => l.Contains(what, StringComparison.Ordinal));

    [Fact]
    public void A_budgetconfig_in_a_folder_above_changes_severities_and_is_named()
    {
        var file = WrongSample(Path.Combine("单位", "2026"));
        var before = CliRun.Of("check", file);
        Assert.Equal(1, before.ExitCode);
        Assert.Equal((2, 1), (Count(before, "error BD1005"), Count(before, "error BD2003")));

        var config = Write(Path.Combine("单位", ".budgetconfig"), """
            // 复核组约定：收入行的差异先作警告处理
            { "rules": { "BD1005": "warning", "BD2003": "off" } }
            """);
        var after = CliRun.Of("check", file);
        Assert.Equal(0, after.ExitCode);
        Assert.Equal((0, 2, 0), (Count(after, "error BD"), Count(after, "warning BD1005"), Count(after, "ing BD2003") + Count(after, "error BD2003")));
        Assert.Contains(after.OutLines, l => l.Contains("BD2003 未检查", StringComparison.Ordinal) && l.Contains("检查配置关闭了此规则", StringComparison.Ordinal));
        Assert.Contains($"使用检查配置 {config}：BD1005 → warning，BD2003 → off", after.Error, StringComparison.Ordinal);

        // --config overrides the file found beside the input.
        var other = _dir.Write("other.json", """{ "rules": { "BD2003": "info" } }""");
        var given = CliRun.Of("check", "--config", other, file);
        Assert.Equal((1, 2, 0), (given.ExitCode, Count(given, "error BD1005"), Count(given, "error BD2003")));
        Assert.DoesNotContain(config, given.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_configuration_stops_the_command_and_says_what_is_wrong()
    {
        var file = WrongSample("x");
        var config = _dir.Write("bad.json", """{ "rules": { "BD9999": "warning" }, "template": "nowhere" }""");
        var run = CliRun.Of("check", "--config", config, file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{config}：没有规则“BD9999”", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{config}：没有模板“nowhere”", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);

        var severity = _dir.Write("severity.json", """{ "rules": { "BD1005": "loud" } }""");
        var bad = CliRun.Of("check", "--config", severity, file);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains($"{severity}：不是有效的检查配置", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_names_the_template_detected_or_forced_and_refuses_an_unknown_one()
    {
        var detected = CliRun.Of("parse", Repository.SampleText);
        Assert.Equal(0, detected.ExitCode);
        var template = JsonDocument.Parse(detected.Out).RootElement.GetProperty("documents")[0].GetProperty("disclosure").GetProperty("template");
        Assert.Equal(("xinjiang-budget", "detected", 1), (template.GetProperty("id").GetString(), template.GetProperty("choice").GetString(), template.GetProperty("score").GetInt32()));
        Assert.Single(template.GetProperty("evidence").EnumerateArray());

        var forced = CliRun.Of("parse", "--template", "national-budget", Repository.SampleText);
        var national = JsonDocument.Parse(forced.Out).RootElement.GetProperty("documents")[0].GetProperty("disclosure").GetProperty("template");
        Assert.Equal(("national-budget", "forced"), (national.GetProperty("id").GetString(), national.GetProperty("choice").GetString()));

        var unknown = CliRun.Of("parse", "--template", "atlantis", Repository.SampleText);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("没有模板“atlantis”。可用模板：national-budget、", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("jiangsu-budget", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Checking_under_the_national_template_makes_a_missing_table_a_warning()
    {
        var text = File.ReadAllText(Repository.SampleText).Replace("\n政府性基金预算支出情况表\n", "\n某某情况表\n", StringComparison.Ordinal);
        var file = _dir.Write("missing.txt", text);
        var detected = CliRun.Of("check", file);
        Assert.Contains(detected.OutLines, l => l.Contains("error BD4003: 新疆模板要求公开政府性基金预算支出情况表", StringComparison.Ordinal));
        var national = CliRun.Of("check", "--template", "national-budget", file);
        Assert.Contains(national.OutLines, l => l.Contains("warning BD4003: 财预〔2016〕143号模板要求公开政府性基金预算支出情况表", StringComparison.Ordinal));
    }

    [Fact]
    public void Templates_lists_each_template_with_what_it_changes()
    {
        var run = CliRun.Of("templates");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("national-budget  全国部门预算公开模板", run.Out, StringComparison.Ordinal);
        Assert.Contains("xinjiang-budget  新疆部门预算公开模板（新疆维吾尔自治区），继承 national-budget", run.Out, StringComparison.Ordinal);
        Assert.Contains("另外要求：国有资本经营预算支出情况表、一般公共预算项目支出情况表", run.Out, StringComparison.Ordinal);
        Assert.Contains("规则：BD4003 → error", run.Out, StringComparison.Ordinal);
        Assert.Contains("识别依据：", run.Out, StringComparison.Ordinal);
    }
}
