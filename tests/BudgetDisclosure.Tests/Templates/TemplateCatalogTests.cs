using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Tests.Templates;

public sealed class TemplateCatalogTests
{
    private const string Root = """
        {
          "id": "root", "name": "根模板",
          "tables": [ { "key": "income", "name": "收入总表", "required": true }, { "key": "expenditure", "required": true } ],
          "tableTitles": [
            { "id": "a", "match": { "all": ["收入"] }, "table": "income" },
            { "id": "b", "match": { "all": ["支出"] }, "table": "expenditure" }
          ],
          "sections": [ { "id": "s", "match": { "all": ["收入预算"] }, "topic": "income" } ],
          "rules": { "BD4003": "warning" }
        }
        """;

    private static TemplateCatalog Load(params (string File, string Json)[] files) => TemplateCatalog.Load(files);

    private static IReadOnlyList<string> Problems(params (string File, string Json)[] files) =>
        Assert.Throws<TemplateException>(() => TemplateCatalog.Load(files)).Problems;

    [Fact]
    public void The_national_template_requires_the_eight_tables_of_the_circular()
    {
        var national = TemplateCatalog.National;
        Assert.Equal("财预〔2016〕143号", national.Citation);
        Assert.Equal(
            [TableKey.IncomeExpenditureSummary, TableKey.Income, TableKey.Expenditure, TableKey.FiscalAppropriationSummary,
             TableKey.GeneralPublicExpenditure, TableKey.GeneralPublicBasicExpenditure, TableKey.GovernmentFundExpenditure, TableKey.ThreePublicExpenses],
            national.RequiredTables.Order());
        // Every table the rules know by name, then the optional tables the national template adds (机关运行经费).
        Assert.Equal(TableKey.Standard, national.Tables.Take(TableKey.Standard.Count).Order());
        Assert.Equal([new TableKey("operating_costs")], national.Tables.Skip(TableKey.Standard.Count));
        Assert.Equal(["national-budget"], national.Lineage);
    }

    [Fact]
    public void Every_embedded_template_loads_and_names_only_rules_that_exist()
    {
        var catalog = TemplateCatalog.Embedded;
        Assert.Contains(catalog.All, t => t.Id == TemplateCatalog.NationalBudgetId);
        var ids = RuleCatalog.All.Select(r => r.Descriptor.Id).ToHashSet();
        foreach (var template in catalog.All)
            foreach (var rule in template.Definition.Rules.Keys)
                Assert.True(ids.Contains(rule), $"{template.Id} 配置了不存在的规则 {rule}");
    }

    [Theory]
    [InlineData("一般公共预算基本支出情况表（按功能分类）", "other")]
    [InlineData("一般公共预算基本支出情况表", "general_public_basic_expenditure")]
    [InlineData("部门收支总体情况表", "income_expenditure_summary")]
    [InlineData("部门收入总体情况表", "income")]
    [InlineData("部门基本支出预算表", "other")]
    [InlineData("项目支出绩效目标表", "other")]
    [InlineData("", "other")]
    public void Titles_are_tried_in_order_and_the_first_match_decides(string title, string kindKey) =>
        Assert.Equal(new TableKey(kindKey), TemplateCatalog.National.TableOf(title));

    [Theory]
    [InlineData("科目编码", "code")]
    [InlineData("单位编码", "code")]
    [InlineData("款", "code")]
    [InlineData("项目名称", "project_name")]
    [InlineData("单位名称", "unit_name")]
    [InlineData("科目名称", "label")]
    [InlineData("项目", "label")]
    [InlineData("支出功能分类科目", "label")]
    [InlineData("“三公”经费支出内容", "label")]
    [InlineData("合计", null)]
    [InlineData("项目支出", null)]
    [InlineData("", null)]
    public void A_leaf_header_says_what_its_column_holds_and_any_other_heads_amounts(string leaf, string? role) =>
        Assert.Equal(role, TemplateCatalog.National.ColumnRoleOf(leaf));

    [Fact]
    public void A_column_entry_limited_to_some_tables_names_nothing_elsewhere()
    {
        var national = TemplateCatalog.National;
        Assert.Equal("econ_302", national.ColumnTokenOf("商品和服务支出", TableKey.GeneralPublicProjectExpenditure));
        Assert.Null(national.ColumnTokenOf("商品和服务支出", TableKey.Expenditure));
        Assert.Equal("total", national.ColumnTokenOf("收入合计", TableKey.Income));
        Assert.Equal("subtotal", national.ColumnTokenOf("一般公共预算小计合计", TableKey.Income)); // too long for a named total, has 小计
        Assert.Null(national.ColumnTokenOf("", TableKey.Income));
        Assert.Equal(["fiscal", "nonfiscal"], national.ColumnGroupsOf(TableKey.PriorYearCarryover));
        Assert.Empty(national.ColumnGroupsOf(TableKey.Income));
    }

    [Fact]
    public void A_heading_naming_no_topic_has_none_and_a_project_name_defers_to_its_parent()
    {
        var national = TemplateCatalog.National;
        Assert.Null(national.TopicOf("其他需说明的事项"));
        Assert.Null(national.TopicOf("项目名称：线路租赁费项目"));
        Assert.Equal(SectionTopic.ThreePublicExpenses, national.TopicOf("三公经费支出预算情况说明"));
    }

    [Fact]
    public void An_overlay_places_replaces_and_removes_entries_by_id_and_merges_tables_and_rules()
    {
        var catalog = Load(("root.json", Root), ("child.json", """
            {
              "id": "child", "name": "子模板", "extends": "root", "citation": "子",
              "tables": [ { "key": "expenditure", "required": false }, { "key": "three_public_expenses", "required": true } ],
              "tableTitles": [
                { "id": "first", "before": "a", "match": { "all": ["收入支出"] }, "table": null },
                { "id": "b", "match": { "all": ["支出总表"] }, "table": "expenditure" },
                { "id": "c", "after": "a", "match": { "all": ["三公"] }, "table": "three_public_expenses" },
                { "id": "a", "remove": true }
              ],
              "detection": [ { "id": "mark", "in": "outline", "match": { "all": ["子"] }, "says": "目录写着子" } ],
              "rules": { "BD4003": "error", "BD4001": "off" }
            }
            """));
        var child = catalog.Get("child");
        Assert.Equal(["child", "root"], child.Lineage);
        Assert.Equal(["first", "c", "b"], child.Definition.TableTitles.Select(e => e.Id));
        Assert.Equal(TableKey.Other, child.TableOf("收入支出总表"));
        Assert.Equal(TableKey.Other, child.TableOf("收入总表")); // its entry was removed
        Assert.Equal(TableKey.Expenditure, child.TableOf("支出总表"));
        Assert.Equal(TableKey.Other, child.TableOf("支出表")); // b was replaced in place by a narrower entry
        Assert.Equal([TableKey.Income, TableKey.ThreePublicExpenses], child.RequiredTables);
        Assert.Equal("收入总表", child.NameOf(TableKey.Income).ToString(MessageLanguage.English)); // the name it did not restate is inherited
        Assert.Equal(RuleSetting.Error, child.SettingOf("BD4003"));
        Assert.Equal(RuleSetting.Off, child.SettingOf("BD4001"));
        Assert.Equal(SectionTopic.Income, child.TopicOf("收入预算情况"));
        // The root keeps its own lists, and detection is not inherited.
        var root = catalog.Get("root");
        Assert.Equal(["a", "b"], root.Definition.TableTitles.Select(e => e.Id));
        Assert.Empty(root.Definition.Detection);
        Assert.Single(child.Definition.Detection);
        Assert.Equal("根模板", root.Citation);
    }

    [Fact]
    public void Every_problem_of_a_template_file_is_reported_with_its_file_and_entry()
    {
        var problems = Problems(("bad.json", """
            {
              "id": "Bad Id", "name": "坏模板",
              "tables": [ { "key": "Incomes" }, { "key": "income", "codes": "roman", "sides": 3, "columnGroups": ["x"] } ],
              "tableTitles": [
                { "id": "t", "match": { }, "table": "income" },
                { "id": "u", "match": { "all": ["x"] }, "table": "no thing" },
                { "id": "v", "before": "t", "match": { "all": ["y"] }, "table": null }
              ],
              "columnHeaders": [ { "id": "c", "match": { "all": ["合计"] }, "column": "sum", "tables": ["Nowhere"] } ],
              "sections": [ { "id": "s", "match": { "all": ["x"] } }, { "id": "s2", "match": { "all": ["y"] }, "topic": "budgets" } ],
              "columnRoles": [ { "id": "r", "match": { "all": ["名称"] }, "role": "name" } ],
              "detection": [ { "id": "d", "in": "cover", "match": { }, "weight": 0, "says": "?" } ],
              "rules": { "X1": "warning" }
            }
            """));
        Assert.All(problems, p => Assert.StartsWith("bad.json：", p, StringComparison.Ordinal));
        foreach (var expected in new[]
                 {
                     "模板 id “Bad Id”", "表键“Incomes”只能由", "codes “roman”", "sides 应为 1 或 2", "列分组“x”",
                     "tableTitles 的“t”：没有任何匹配条件", "tableTitles 的“u”：表键“no thing”不合格式", "tableTitles 的“v”：before/after/replace/remove 只用于",
                     "columnHeaders 的“c”：未知的列键“sum”", "sections 的“s”：缺少 topic", "sections 的“s2”：未知的主题“budgets”", "columnRoles 的“r”：role “name”应为",
                     "in “cover”", "识别依据“d”没有任何匹配条件", "weight 应为正数", "根模板不需要识别依据", "规则编号“X1”",
                 })
            Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void An_overlay_that_refers_to_what_its_base_lacks_or_extends_in_a_circle_is_refused()
    {
        var missing = Problems(("root.json", Root), ("child.json", """
            { "id": "child", "name": "子", "extends": "root", "tableTitles": [ { "id": "x", "after": "zz", "match": { "all": ["x"] }, "table": null } ] }
            """), ("orphan.json", """{ "id": "orphan", "name": "孤", "extends": "nobody" }"""));
        Assert.Contains(missing, p => p.StartsWith("child.json：", StringComparison.Ordinal) && p.Contains("“zz”在所继承的模板中不存在", StringComparison.Ordinal));
        Assert.Contains(missing, p => p.StartsWith("orphan.json：", StringComparison.Ordinal) && p.Contains("“nobody”不存在", StringComparison.Ordinal));

        var circle = Problems(("a.json", """{ "id": "a", "name": "甲", "extends": "b" }"""), ("b.json", """{ "id": "b", "name": "乙", "extends": "a" }"""));
        Assert.Contains(circle, p => p.Contains("继承成环", StringComparison.Ordinal));

        var undefined = Problems(("root.json", Root), ("child.json", """
            {
              "id": "child", "name": "子", "extends": "root",
              "tables": [ { "key": "operating_costs", "codes": "economic" } ],
              "tableTitles": [ { "id": "x", "match": { "all": ["x"] }, "table": "procurement" } ],
              "columnHeaders": [ { "id": "c", "match": { "all": ["合计"] }, "column": "total", "tables": ["procurement"] } ]
            }
            """));
        Assert.Contains(undefined, p => p.Contains("tableTitles 的“x”指向未定义的表“procurement”", StringComparison.Ordinal));
        Assert.Contains(undefined, p => p.Contains("columnHeaders 的“c”指向未定义的表“procurement”", StringComparison.Ordinal));
        Assert.Contains(undefined, p => p.Contains("表“operating_costs”缺少名称 name", StringComparison.Ordinal));

        var duplicate = Problems(("one.json", Root), ("two.json", Root));
        Assert.Contains(duplicate, p => p.Contains("one.json、two.json：模板 id “root”重复", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_template_json_is_named_with_where_it_went_wrong()
    {
        var misspelt = Problems(("typo.json", """{ "id": "t", "name": "错", "tabels": [] }"""));
        Assert.Contains(misspelt, p => p.StartsWith("typo.json：不是有效的模板 JSON", StringComparison.Ordinal));
        var broken = Problems(("broken.json", """{ "id": "t", """));
        Assert.Contains(broken, p => p.StartsWith("broken.json：不是有效的模板 JSON", StringComparison.Ordinal));
        var noName = Problems(("noname.json", """{ "id": "t" }"""));
        Assert.Contains(noName, p => p.StartsWith("noname.json：", StringComparison.Ordinal));
    }
}
