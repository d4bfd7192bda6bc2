using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks.Completeness;

/// <summary>Each completeness rule passes on the clean sample and catches its own mistake, pointing at the right place.</summary>
public class CompletenessRuleTests
{
    private static CheckContext Run(Disclosure d) => SampleText.Run(d, RuleCategory.Completeness);

    [Theory]
    [InlineData("BD4001")]
    [InlineData("BD4002")]
    [InlineData("BD4003")]
    [InlineData("BD4004")]
    [InlineData("BD4005")]
    [InlineData("BD4006")]
    [InlineData("BD4007")]
    public void Clean_sample_passes(string id)
    {
        var context = Run(Samples.Clean());
        var status = context.StatusOf(RuleCatalog.All.Single(r => r.Descriptor.Id == id).Descriptor);
        Assert.Equal(CheckOutcome.Passed, status.Outcome);
        Assert.Empty(context.Findings);
    }

    [Fact]
    public void A_table_listed_but_not_published_is_reported_where_it_should_be()
    {
        var d = SampleText.WithoutLines(SampleText.LineOf("表 8"), SampleText.LineOf("表 9"));
        Assert.Null(d.Table(TableKey.GovernmentFundExpenditure));
        var context = Run(d);
        var listed = Assert.Single(SampleText.Failures(context, "BD4001"));
        Assert.Equal(Severity.Error, listed.Severity);
        Assert.Equal(TableKey.GovernmentFundExpenditure, listed.Location.Table);
        Assert.Contains("八、政府性基金预算支出情况表", listed.GetMessage(), StringComparison.Ordinal);
        // Pointed at the table that follows it in 目录, 表9.
        Assert.Equal(d.Table(TableKey.StateCapitalExpenditure)!.Source.Line, listed.Location.Source.Line);
        var template = Assert.Single(SampleText.Failures(context, "BD4003"));
        Assert.Equal(TableKey.GovernmentFundExpenditure, template.Location.Table);
    }

    [Fact]
    public void A_published_table_missing_from_contents_is_reported()
    {
        var context = Run(Samples.WithEdit("十一、财政拨款委托业务费支出情况表\n", ""));
        var finding = Assert.Single(SampleText.Failures(context, "BD4002"));
        Assert.Equal("11", finding.Location.TableNumber);
        Assert.Equal(TableKey.EntrustedBusinessFees, finding.Location.Table);
    }

    [Fact]
    public void A_table_only_listed_in_contents_under_another_number_still_matches()
    {
        // Matching is by title: renumbering 目录 does not make a table missing.
        var context = Run(Samples.WithEdit("十一、财政拨款委托业务费支出情况表\n", "十三、财政拨款委托业务费支出情况表\n"));
        Assert.Empty(SampleText.Failures(context, "BD4001"));
        Assert.Empty(SampleText.Failures(context, "BD4002"));
    }

    [Fact]
    public void An_empty_table_without_its_note_is_reported()
    {
        var context = Run(Samples.WithEdit("备注：2026 年本单位无财政拨款委托业务费支出，此表为空表。", ""));
        var finding = Assert.Single(SampleText.Failures(context, "BD4004"));
        Assert.Equal("11", finding.Location.TableNumber);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void A_section_listed_but_not_written_is_reported()
    {
        var heading = "十、关于示例县医疗保障局 2026 年财政拨款“三公”经费预算情况说明";
        var d = SampleText.WithoutLines(SampleText.LineOf(heading, 2), SampleText.LineOf("十一、关于示例县医疗保障局", 2));
        var context = Run(d);
        var finding = Assert.Single(SampleText.Failures(context, "BD4005"));
        Assert.Equal(heading, finding.Location.Section);
        Assert.True(finding.Location.Source.Line > 0);
        // The "三公" table has lost its explanation too.
        var unexplained = Assert.Single(SampleText.Failures(context, "BD4007"));
        Assert.Equal(TableKey.ThreePublicExpenses, unexplained.Location.Table);
        Assert.Equal(Severity.Warning, unexplained.Severity);
    }

    [Fact]
    public void A_missing_part_is_reported()
    {
        var lines = SampleText.Lines();
        var glossary = SampleText.LineOf("第四部分 名词解释", 2);
        var signature = Array.FindLastIndex(lines, l => l.StartsWith("示例县医疗保障局", StringComparison.Ordinal)) + 1;
        var context = Run(SampleText.WithoutLines(glossary, signature));
        var finding = Assert.Single(SampleText.Failures(context, "BD4006"));
        Assert.Equal("名词解释", finding.Location.Section);
    }

    [Fact]
    public void A_file_of_tables_only_is_not_applicable()
    {
        var lines = SampleText.Lines();
        var d = SampleText.Read(lines.Skip(SampleText.LineOf("表 1") - 1).Take(SampleText.LineOf("第三部分", 2) - SampleText.LineOf("表 1")));
        Assert.Empty(d.Contents);
        Assert.Empty(d.Sections);
        Assert.Equal(12, d.Tables.Count);
        var context = Run(d);
        Assert.Empty(context.Findings);
        foreach (var id in new[] { "BD4001", "BD4002", "BD4003", "BD4005", "BD4006", "BD4007" })
        {
            var status = context.StatusOf(RuleCatalog.All.Single(r => r.Descriptor.Id == id).Descriptor);
            Assert.Equal(CheckOutcome.NotApplicable, status.Outcome);
            Assert.Contains("只有表格", status.Reason, StringComparison.Ordinal);
        }
    }
}
