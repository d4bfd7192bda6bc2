using System.Text.RegularExpressions;
using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>
/// <c>--lang en</c>: findings' messages, rule titles and the headings in English, the document's own words (titles,
/// labels, columns) as printed; <c>--lang zh</c>, the default, as before.
/// </summary>
public sealed partial class LanguageTests
{
    private const string Yanqi = "xinjiang-yanqi-medical-security-2026.txt";

    [SkippableFact]
    public void Check_in_english_writes_english_messages_and_titles_for_a_corpus_text()
    {
        var run = CliRun.Of("check", "--lang", "en", Corpus.Text(Yanqi));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(",表2,210,单位资金): error BD1001: In 单位收入总体情况表, code 210 column '单位资金' is (blank); "
            + "the sum of its children is 0.8, a difference of -0.8 (rounding tolerance 0.005) (docs/rules/BD1001.md)", run.Out, StringComparison.Ordinal);
        Assert.Contains(": warning BD5005: Code 21013 is named '医疗救助支出' in Table 2, Table 3, Table 5 and '医疗救助' in Table 7, the narrative at line 478 (docs/rules/BD5005.md)",
            run.Out, StringComparison.Ordinal);
        Assert.Contains("↳ group 1: these findings most likely all come from one cell: 表2 210 单位资金", run.Out, StringComparison.Ordinal);
        Assert.Contains("Errors (11)", run.Out, StringComparison.Ordinal);
        Assert.Contains("BD1001 failed      Make a parent code equal the sum of its children (checked 84, 1 wrong)", run.Out, StringComparison.Ordinal);
        Assert.Contains("BD2001 passed      Make the summary's expenditure match the expenditure table (checked 4)", run.Out, StringComparison.Ordinal);
        Assert.Contains("11 errors, 13 warnings, 37 info.", run.Out, StringComparison.Ordinal);
        var messages = run.OutLines.Select(l => FindingLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["message"].Value).ToList();
        Assert.Equal(61, messages.Count);
        // The rules' own words, which only a message left in Chinese would carry.
        foreach (var word in new[] { "舍入容差", "在舍入误差范围内", "下级科目", "相差", "之和", "说明称", "说明中为", "应为", "（空）", "的说明", "第 " })
            Assert.DoesNotContain(messages, m => m.Contains(word, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Check_writes_chinese_by_default_and_with_lang_zh()
    {
        var path = Corpus.Text(Yanqi);
        var byDefault = CliRun.Of("check", path);
        Assert.Equal(byDefault.Out, CliRun.Of("check", "--lang", "zh", path).Out);
        Assert.Contains(": error BD1001: 单位收入总体情况表中科目 210 的“单位资金”为 （空），下级科目之和为 0.8，相差 -0.8（舍入容差 0.005） (docs/rules/BD1001.md)",
            byDefault.Out, StringComparison.Ordinal);
        Assert.Contains("BD1001 未通过  上级科目应等于下级科目之和（核对 84 处，1 处有误）", byDefault.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var run = CliRun.Of("check", "--lang", "fr", Repository.SampleText);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fr", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_tables_in_english_captions_its_tables_in_english()
    {
        var run = CliRun.Of("parse", "--format", "tables", "--lang", "en", Repository.SampleText);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the expenditure summary table (expenditure)  unit: ten thousand yuan", run.Out, StringComparison.Ordinal);
        Assert.Contains("| Code", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("单位：", run.Out, StringComparison.Ordinal);
    }

    [GeneratedRegex(@": (?:error|warning|info) BD\d{4}: (?<message>.*) \(docs/rules/BD\d{4}\.md\)$")]
    private static partial Regex FindingLine();
}
