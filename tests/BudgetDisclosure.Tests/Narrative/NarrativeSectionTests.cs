using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Narrative;

public class NarrativeSectionTests
{
    [Theory]
    [InlineData("二、关于某局 2025 年收入预算情况说明", SectionTopic.Income)]
    [InlineData("三、关于某局 2025 年支出预算情况说明", SectionTopic.Expenditure)]
    [InlineData("一、关于某局 2025 年收支预算情况的总体说明", SectionTopic.Overview)]
    [InlineData("四、关于某局 2025 年财政拨款收支预算情况的总体说明", SectionTopic.FiscalAppropriation)]
    [InlineData("五、关于某局 2025 年一般公共预算当年拨款情况说明", SectionTopic.GeneralPublicCurrentYear)]
    [InlineData("六、关于某局 2025 年一般公共预算基本支出情况说明", SectionTopic.GeneralPublicBasic)]
    [InlineData("七、关于某局 2025 年一般公共预算项目支出情况说明", SectionTopic.GeneralPublicProject)]
    [InlineData("八、关于某局 2025 年政府性基金预算拨款情况说明", SectionTopic.GovernmentFund)]
    [InlineData("九、关于某局 2025 年国有资本经营预算拨款情况说明", SectionTopic.StateCapital)]
    [InlineData("十、关于某局 2025 年财政拨款“三公”经费预算情况说明", SectionTopic.ThreePublicExpenses)]
    [InlineData("十一、关于某局 2025 年财政拨款委托业务费支出情况说明", SectionTopic.EntrustedBusinessFees)]
    [InlineData("十二、关于某局 2025 年上年结转结余预算情况说明", SectionTopic.PriorYearCarryover)]
    [InlineData("十三、其他重要事项的情况说明", SectionTopic.OtherMatters)]
    [InlineData("（一）机关运行经费情况", SectionTopic.OperatingCosts)]
    [InlineData("（二）政府采购情况", SectionTopic.Procurement)]
    [InlineData("(三) 国有资产占用使用情况", SectionTopic.Assets)]
    [InlineData("（四）预算绩效情况", SectionTopic.Performance)]
    [InlineData("第四部分 名词解释", SectionTopic.Glossary)]
    [InlineData("一、主要职能", SectionTopic.Functions)]
    [InlineData("二、机构设置及人员情况", SectionTopic.Organisation)]
    public void Headings_name_their_topic(string heading, SectionTopic topic) =>
        Assert.Equal(topic, SectionPass.Classify(heading, SectionTopic.Other));

    [Fact]
    public void A_project_heading_takes_its_parents_topic() =>
        Assert.Equal(SectionTopic.GeneralPublicProject, SectionPass.Classify("（一）项目名称：线路租赁费项目", SectionTopic.GeneralPublicProject));

    [Fact]
    public void Headings_are_recognised_from_numbering_even_as_paragraphs_and_paths_nest()
    {
        var n = NarrativeFixture.Bind("""
            第三部分 2025 年部门预算情况说明
            五、关于某局 2025 年一般公共预算当年拨款情况说明
            （一）一般公共预算当年拨款规模变化情况
            某局 2025 年一般公共预算拨款合计 100.00 万元。
            # （二）一般公共预算当年拨款结构情况，其中：
            1、社会保障和就业支出（类）10.00 万元，占 10.00%。
            """);
        var structure = n.Sections.Single(s => s.Heading.StartsWith("（二）", StringComparison.Ordinal));
        Assert.Equal(3, structure.Level);
        Assert.Equal(SectionTopic.GeneralPublicCurrentYear, structure.Topic);
        Assert.Equal(3, structure.Path.Count);
        Assert.Equal("第三部分 2025 年部门预算情况说明", structure.Path[0]);
        Assert.Single(structure.Paragraphs);
        Assert.Equal(6, structure.Paragraphs[0].Source.Line);
    }

    [Fact]
    public void A_heading_broken_over_two_lines_is_joined()
    {
        var n = NarrativeFixture.Bind("""
            五、关于某局 2025 年一般公共预算当年
            拨款情况说明
            （一）一般公共预算当年拨款规模变化情况
            """);
        Assert.Equal("五、关于某局 2025 年一般公共预算当年拨款情况说明", n.Sections[0].Heading);
        Assert.Equal(SectionTopic.GeneralPublicCurrentYear, n.Sections[0].Topic);
    }

    [Fact]
    public void Numbered_sentences_are_paragraphs_not_headings()
    {
        var n = NarrativeFixture.Bind("""
            一、主要职能
            （一）贯彻实施医疗保障制度。
            （二）完成交办的其他任务
            二、机构设置
            """);
        Assert.Equal(["一、主要职能", "二、机构设置"], n.Sections.Select(s => s.Heading));
        Assert.Equal(2, n.Sections[0].Paragraphs.Count);
    }

    [Fact]
    public void A_sentence_broken_at_a_line_end_is_rejoined_but_labels_start_new_paragraphs()
    {
        var n = NarrativeFixture.Bind("""
            七、关于某局 2025 年一般公共预算项目支出情况说明
            补贴范围：新疆户籍居民、参加自治区职工和城乡居民基
            本医疗保险的非新疆户籍居民。
            补贴方式：国库集中支付
            发放程序：申请资金支付。
            """);
        var paragraphs = n.Sections[0].Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal("补贴范围：新疆户籍居民、参加自治区职工和城乡居民基本医疗保险的非新疆户籍居民。", paragraphs[0]);
    }
}
