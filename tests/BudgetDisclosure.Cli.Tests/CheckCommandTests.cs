using System.Text.Json;
using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

/// <summary><c>budget check</c>: formats, exit codes, --min-severity, --prior, bad inputs in a batch.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Sample() => Repository.SampleText;

    /// <summary>The sample with one wrong cell: 表3's 2101101 合计 12.00 → 13.00.</summary>
    private string Broken()
    {
        var text = File.ReadAllText(Sample());
        const string line = "210\t11\t01\t行政单位医疗\t12.00\t12.00\t";
        var first = text.IndexOf(line, StringComparison.Ordinal);
        var second = text.IndexOf(line, first + 1, StringComparison.Ordinal); // 表3 comes after 表2
        Assert.True(second > first && first >= 0);
        return _dir.Write("broken.txt", text[..second] + "210\t11\t01\t行政单位医疗\t13.00\t12.00\t" + text[(second + line.Length)..]);
    }

    [Fact]
    public void Clean_sample_exits_zero_with_every_check_listed()
    {
        var run = CliRun.Of("check", Sample());
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("各项检查：", run.Out, StringComparison.Ordinal);
        Assert.Contains("BD1001 通过", run.Out, StringComparison.Ordinal);
        Assert.Contains("共 0 个错误", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_exits_one_in_compiler_style_with_its_group()
    {
        var broken = Broken();
        var run = CliRun.Of("check", broken);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{broken}(", run.Out, StringComparison.Ordinal);
        Assert.Contains(",表3,2101101,合计): error BD1101:", run.Out, StringComparison.Ordinal);
        Assert.Contains("(docs/rules/BD1101.md)", run.Out, StringComparison.Ordinal);
        Assert.Contains("很可能都源于同一个单元格：表3 2101101 合计", run.Out, StringComparison.Ordinal);
        Assert.Contains("BD1101 未通过", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_documents_checks_and_findings()
    {
        var broken = Broken();
        var run = CliRun.Of("check", "--format", "json", broken);
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var document = Assert.Single(doc.RootElement.GetProperty("documents").EnumerateArray().ToList());
        Assert.Equal(broken, document.GetProperty("path").GetString());
        Assert.Contains(document.GetProperty("checks").EnumerateArray(), c => c.GetProperty("rule").GetString() == "BD1101" && c.GetProperty("status").GetString() == "failed");
        var finding = document.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "BD1101");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("expenditure", finding.GetProperty("table").GetString());
        Assert.Equal("2101101", finding.GetProperty("code").GetString());
        Assert.Equal("合计", finding.GetProperty("column").GetString());
        Assert.Equal(12.00m, finding.GetProperty("expected").GetDecimal());
        Assert.Equal(13.00m, finding.GetProperty("actual").GetDecimal());
        Assert.Equal(1.00m, finding.GetProperty("difference").GetDecimal());
        Assert.True(finding.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public void Sarif_is_2_1_0_with_rules_and_results()
    {
        var broken = Broken();
        var run = CliRun.Of("check", "--format", "sarif", broken);
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var sarifRun = Assert.Single(doc.RootElement.GetProperty("runs").EnumerateArray().ToList());
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "BD1001"
            && r.GetProperty("helpUri").GetString() == "https://github.com/budget-disclosure/BudgetDisclosure/blob/main/docs/rules/BD1001.md");
        Assert.False(string.IsNullOrEmpty(sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("informationUri").GetString()));
        var result = sarifRun.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "BD1101");
        Assert.Equal("error", result.GetProperty("level").GetString());
        // The message both as text and as the rule's format with its arguments, which give the same text.
        var message = result.GetProperty("message");
        var format = rules.Single(r => r.GetProperty("id").GetString() == "BD1101").GetProperty("messageStrings").GetProperty(message.GetProperty("id").GetString()!).GetProperty("text").GetString()!;
        var arguments = message.GetProperty("arguments").EnumerateArray().Select(a => (object?)a.GetString()).ToArray();
        Assert.Equal(message.GetProperty("text").GetString(), string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arguments));
        Assert.Equal("单位支出总体情况表中 2101101 行的“合计”为 13.00，基本支出 + 项目支出之和为 12，相差 1（舍入容差 0.01）.", message.GetProperty("text").GetString());
        var location = result.GetProperty("locations")[0];
        Assert.True(location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() > 0);
        Assert.Equal("表3/2101101/合计", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        var index = result.GetProperty("ruleIndex").GetInt32();
        Assert.Equal("BD1101", rules[index].GetProperty("id").GetString());
    }

    [Fact]
    public void Json_findings_carry_their_message_id_and_arguments_in_the_language_asked_for()
    {
        var broken = Broken();
        foreach (var (lang, message, description) in new[]
        {
            ("zh", "单位支出总体情况表中科目 21011 的“合计”为 12.00，下级科目之和为 13，相差 -1（舍入容差 0.01）", "下级科目"),
            ("en", "In 单位支出总体情况表, code 21011 column '合计' is 12.00; the sum of its children is 13, a difference of -1 (rounding tolerance 0.01)", "its children"),
        })
        {
            var run = CliRun.Of("check", "--format", "json", "--lang", lang, broken);
            using var doc = JsonDocument.Parse(run.Out);
            var finding = doc.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray()
                .First(f => f.GetProperty("rule").GetString() == "BD1001" && f.GetProperty("code").GetString() == "21011");
            Assert.Equal(message, finding.GetProperty("message").GetString());
            Assert.Equal("default", finding.GetProperty("messageId").GetString());
            // The table's title and the column are the document's, the same in both languages; "its children" is the rule's.
            Assert.Equal(["单位支出总体情况表", "21011", "合计", "12.00", description, "13", "-1", "0.01", ""],
                finding.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("https://github.com/budget-disclosure/BudgetDisclosure/blob/main/docs/rules/BD1001.md", finding.GetProperty("helpUri").GetString());
        }
    }

    [Fact]
    public void Min_severity_error_hides_infos_but_keeps_errors()
    {
        var broken = Broken();
        var all = CliRun.Of("check", "--format", "json", broken);
        var errorsOnly = CliRun.Of("check", "--format", "json", "--min-severity", "error", broken);
        Assert.Equal(1, errorsOnly.ExitCode);
        using var a = JsonDocument.Parse(all.Out);
        using var e = JsonDocument.Parse(errorsOnly.Out);
        var findings = e.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("error", f.GetProperty("severity").GetString()));
        Assert.True(a.RootElement.GetProperty("documents")[0].GetProperty("findings").GetArrayLength() >= findings.Count);
    }

    [Fact]
    public void A_bad_file_in_a_batch_exits_two_and_the_rest_is_checked()
    {
        var empty = _dir.Write("empty.txt", "");
        var run = CliRun.Of("check", empty, Broken());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{empty}(1): error BD0002:", run.Error, StringComparison.Ordinal);
        Assert.Contains("error BD1101:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unusable_prior_exits_two()
    {
        var run = CliRun.Of("check", "--prior", Path.Combine(_dir.Path, "nope.txt"), Sample());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error BD0001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_severity_is_a_usage_error()
    {
        var run = CliRun.Of("check", "--min-severity", "fatal", Sample());
        Assert.Equal(2, run.ExitCode);
    }
}
