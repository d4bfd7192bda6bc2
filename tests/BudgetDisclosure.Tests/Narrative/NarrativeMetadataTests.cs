using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Narrative;

public class NarrativeMetadataTests
{
    private const string Front = """
        某某自治州
        某某县医疗保障局
        2025 年部门预算公开
        目 录
        第一部分 2025 年部门概况
        一、 主要职能
        第三部分 2025 年部门预算情况说明
        五、 关于某某县医疗保障局 2025 年一般公共预算当年
        ## 拨款情况说明
        第四部分 名词解释
        第一部分 2025 年部门概况
        一、主要职能
        （一）负责全县医疗保障工作。
        第四部分 名词解释
        一、财政拨款：指财政拨款数。
        某某县医疗保障局
        2025年2月20日
        """;

    [Fact]
    public void Title_gives_unit_scope_kind_and_year()
    {
        var n = NarrativeFixture.Bind(Front);
        Assert.Equal("某某县医疗保障局", n.UnitName);
        Assert.Equal(DisclosureScope.Department, n.Scope);
        Assert.Equal(DisclosureKind.Budget, n.Kind);
        Assert.Equal(2025, n.Year);
        Assert.Equal("2025年2月20日", n.Date);
    }

    [Fact]
    public void Contents_are_kept_as_printed_and_a_broken_entry_is_joined()
    {
        var n = NarrativeFixture.Bind(Front);
        Assert.Equal(5, n.Contents.Count);
        Assert.Equal("一、 主要职能", n.Contents[1]);
        Assert.Equal("五、 关于某某县医疗保障局 2025 年一般公共预算当年拨款情况说明", n.Contents[3]);
    }

    [Fact]
    public void Contents_entries_are_not_sections_and_the_signature_is_not_glossary()
    {
        var n = NarrativeFixture.Bind(Front);
        Assert.Equal(["第一部分 2025 年部门概况", "一、主要职能", "第四部分 名词解释"], n.Sections.Select(s => s.Heading));
        Assert.Single(n.Glossary);
        Assert.Equal("指财政拨款数。", n.Glossary[0].Definition);
    }

    [Fact]
    public void Unit_title_on_one_line_and_final_accounts()
    {
        var n = NarrativeFixture.Bind("某某局2024年度单位决算公开\n第一部分 概况");
        Assert.Equal("某某局", n.UnitName);
        Assert.Equal(DisclosureScope.Unit, n.Scope);
        Assert.Equal(DisclosureKind.FinalAccounts, n.Kind);
        Assert.Equal(2024, n.Year);
    }

    [Fact]
    public void Missing_title_is_reported_not_thrown()
    {
        var n = NarrativeFixture.Bind("一些文字。\n更多文字。\n还有文字。", out var diagnostics);
        Assert.Null(n.Year);
        Assert.Contains(diagnostics, d => d.Code == Messages.NoTitleCode);
    }

    [Fact]
    public void A_file_of_tables_only_is_not_warned_about_missing_narrative()
    {
        NarrativeFixture.Bind("单位支出总体情况表\n\t科目名称\t合计\n\t总计\t2.03", out var diagnostics);
        Assert.Empty(diagnostics);
    }
}
