using System.Text.RegularExpressions;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Checks.Rules.Narrative;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>
/// A finding keeps its rule's message and the arguments, formatted only when written, in Chinese or English; words the
/// code puts into a message are <see cref="LocalizedText"/>, text from the document stays as printed.
/// </summary>
public partial class FindingMessageTests
{
    private static readonly FindingLocation At = new(new SourceLocation("a.txt", 12)) { TableNumber = "3", Code = "21011", Column = "合计" };

    [Fact]
    public void A_finding_formats_its_arguments_in_each_language_when_written()
    {
        var children = new LocalizedText("下级科目", "its children");
        var finding = new Finding(HierarchySumRule.Rule, Severity.Info, At,
            "单位支出总体情况表", "21011", "合计", "32.50", children, 32.49m, "0.01", "0.02", Phrases.WithinRounding);

        Assert.Equal("单位支出总体情况表中科目 21011 的“合计”为 32.50，下级科目之和为 32.49，相差 0.01（舍入容差 0.02）（在舍入误差范围内）", finding.GetMessage());
        Assert.Equal(finding.GetMessage(), finding.GetMessage(MessageLanguage.Chinese));
        Assert.Equal("In 单位支出总体情况表, code 21011 column '合计' is 32.50; the sum of its children is 32.49, a difference of 0.01 (rounding tolerance 0.02) (within rounding)",
            finding.GetMessage(MessageLanguage.English));
        Assert.Equal("a.txt(12,表3,21011,合计): info BD1001: In 单位支出总体情况表, code 21011 column '合计' is 32.50; the sum of its children is 32.49, "
            + "a difference of 0.01 (rounding tolerance 0.02) (within rounding) (docs/rules/BD1001.md)", finding.ToString(MessageLanguage.English));
        Assert.Equal(9, finding.Arguments.Count);
        Assert.Same(children, finding.Arguments[4]);
        Assert.Equal("its children", LocalizedText.ArgumentText(finding.Arguments[4], MessageLanguage.English));
        Assert.Equal("32.49", LocalizedText.ArgumentText(finding.Arguments[5], MessageLanguage.English));
    }

    [Fact]
    public void A_finding_names_which_of_its_rules_messages_it_fills()
    {
        var finding = new Finding(YearOnYearRule.Rule, Severity.Error, At, "一般公共预算", "减少", "增长") { MessageId = YearOnYearRule.Contradiction.Id };
        Assert.Equal("“一般公共预算”：同一句中增减方向自相矛盾（“减少”与“增长”）", finding.GetMessage());
        Assert.Equal("'一般公共预算': the sentence contradicts itself on the direction of the change ('减少' and '增长')", finding.GetMessage(MessageLanguage.English));
        Assert.Throws<KeyNotFoundException>(() => (finding with { MessageId = "nothing" }).GetMessage());
    }

    [Fact]
    public void The_checkers_note_follows_the_rules_message_in_the_same_language()
    {
        var finding = new Finding(RowComponentsRule.Rule, Severity.Error, At, "支出表", "2101101", "合计", "13.00", LocalizedText.Verbatim("基本支出 + 项目支出"), "12", "1", "0.01", LocalizedText.Empty)
        {
            Note = Messages.OcrMisread(1, 87.6, "表3 2101101 合计", [("13.00", 41.2)]),
        };
        Assert.EndsWith("相差 1（舍入容差 0.01）（第 1 页由 OCR 识别，平均置信度 88%：可能是“表3 2101101 合计”识别错误；本行置信度低的数：13.00（41%），请对照原件核对）", finding.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("(rounding tolerance 0.01) (page 1 was read by OCR, mean confidence 88%: '表3 2101101 合计' may have been misread; "
            + "low-confidence figures on this row: 13.00 (41%); check against the original)", finding.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Localized_text_formats_itself_and_keeps_document_text_as_printed()
    {
        Assert.Equal("{未填}", LocalizedText.Verbatim("{未填}").ToString(MessageLanguage.English));
        var places = LocalizedText.List([new LocalizedText("表{0}", "Table {0}", "2"), new LocalizedText("{0}的说明", "the narrative at {0}", new LocalizedText("第 {0} 行", "line {0}", 478))]);
        Assert.Equal("表2、第 478 行的说明", places.ToString(MessageLanguage.Chinese));
        Assert.Equal("Table 2, the narrative at line 478", places.ToString(MessageLanguage.English));
        Assert.Equal(new LocalizedText("表{0}", "Table {0}", "2"), new LocalizedText("表{0}", "Table {0}", "2"));
        Assert.NotEqual(new LocalizedText("表{0}", "Table {0}", "2"), new LocalizedText("表{0}", "Table {0}", "3"));
        Assert.Equal(MessageLanguage.English, MessageLanguages.Parse("en"));
        Assert.Equal(MessageLanguage.Chinese, MessageLanguages.Parse("zh"));
        Assert.Null(MessageLanguages.Parse("fr"));
    }

    /// <summary>
    /// Every message of every rule: plain <c>{n}</c> placeholders (valid SARIF message strings too), the same ones in
    /// both languages, formatting without fault, an English that says in English what the Chinese says (the Chinese it
    /// still holds is quoted: the documents' own words, such as 其中 or “增长100%”), and an absolute help page.
    /// </summary>
    [Fact]
    public void Every_rule_message_exists_in_both_languages_with_the_same_placeholders()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            Assert.True(rule.HelpUri.IsAbsoluteUri);
            Assert.EndsWith("/docs/rules/" + rule.Id + ".md", rule.HelpUri.AbsoluteUri, StringComparison.Ordinal);
            var messages = rule.Messages.ToList();
            Assert.Equal(messages.Count, messages.Select(m => m.Id).Distinct().Count());
            foreach (var message in messages)
            {
                Assert.NotNull(message);
                ids.Add(message.Id);
                var chinese = Placeholders(message.Chinese);
                Assert.True(chinese.SetEquals(Placeholders(message.English)), $"{rule.Id}/{message.Id}：中英文占位符不同");
                Assert.DoesNotMatch(@"\{\d+[,:]", message.Chinese);
                Assert.DoesNotMatch(@"\{\d+[,:]", message.English);
                object?[] arguments = [.. Enumerable.Range(0, chinese.Count == 0 ? 0 : chinese.Max() + 1).Select(i => (object?)("a" + i))];
                Assert.NotEmpty(message.Format(arguments, MessageLanguage.Chinese));
                Assert.False(HasChinese(message.Format(arguments, MessageLanguage.English)), $"{rule.Id}/{message.Id}：英文消息含有中文：{message.English}");
            }
        }
        Assert.Contains(RuleMessage.DefaultId, ids);
    }

    /// <summary>
    /// Every finding's English message with the document's text taken out (each plain string argument, however deep in
    /// a <see cref="LocalizedText"/>, put as "x") has no Chinese left: what the code wrote is all English. The check
    /// records (<see cref="CheckRecordTests"/>) run it over every document they check.
    /// </summary>
    internal static void AssertEnglishCarriesNoChineseOfTheCode(CheckReport report)
    {
        foreach (var finding in report.Findings)
        {
            var skeleton = LocalizedText.Format(finding.Rule.Message(finding.MessageId).English, [.. finding.Arguments.Select(Skeleton)], MessageLanguage.English);
            Assert.False(HasChinese(skeleton), $"{finding.Rule.Id}：{skeleton}");
        }
    }

    [SkippableFact]
    public void English_messages_of_a_corpus_text_carry_no_chinese_the_code_wrote()
    {
        var report = Checker.Check(DisclosurePipeline.Text.Read(Corpus.Text("xinjiang-yanqi-medical-security-2026.txt")).Value!);
        Assert.Equal(61, report.Findings.Count);
        AssertEnglishCarriesNoChineseOfTheCode(report);
    }

    private static object? Skeleton(object? argument) => argument switch
    {
        string => "x",
        LocalizedText text => new LocalizedText(text.English, text.English, [.. text.Arguments.Select(Skeleton)]),
        _ => argument,
    };

    private static HashSet<int> Placeholders(string format) => [.. Placeholder().Matches(format).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Chinese outside quotes and brackets, where an English message names the documents' own words.</summary>
    private static bool HasChinese(string english) => Cjk().IsMatch(Quoted().Replace(english, ""));

    [GeneratedRegex(@"(?<!\{)\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"'[^']*'|“[^”]*”|\([^()]*\)")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")]
    private static partial Regex Cjk();
}
