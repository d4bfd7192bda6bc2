using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Pdf.Tests.Support;

namespace BudgetDisclosure.Pdf.Tests;

/// <summary>
/// The regional templates as the corpus meets them: each city's documents are read under their region's template by
/// the issuer on their cover, and a region added as data (江苏, docs/templates.md) reads its own tables with no code.
/// </summary>
public class RegionalTemplateTests
{
    [SkippableTheory]
    [InlineData("北京__2026年北京市医疗保障局部门预算.pdf", "beijing-budget")]
    [InlineData("深圳__2026年深圳市审计局部门预算.pdf", "shenzhen-budget")]
    [InlineData("广州__统计局_2026年部门预算.pdf", "guangdong-budget")]
    [InlineData("重庆__2026年重庆市气象局部门预算.pdf", "chongqing-budget")]
    [InlineData("烟台__2026年烟台市审计局部门预算.pdf", "shandong-budget")]
    [InlineData("福州__2026年福州市商务局部门预算.pdf", "fujian-budget")]
    [InlineData("西安__2026年西安市审计局部门预算.pdf", "shaanxi-budget")]
    [InlineData("长沙__2026年长沙市信访局部门预算.pdf", "hunan-budget")]
    [InlineData("江苏__江苏省政协办公厅_2017年度部门预算公开表.pdf", "jiangsu-budget")]
    public void A_citys_document_is_read_under_its_regions_template(string name, string template)
    {
        var read = TestPipelines.Pdf().Read(Corpus.Pdf(name));
        var match = read.Value!.Template!;
        Assert.Equal((template, TemplateChoice.Detected), (match.Id, match.Choice));
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == Messages.NationalTemplateCode);
    }

    [SkippableFact]
    public void A_tables_only_file_that_names_no_issuer_is_read_under_the_national_template()
    {
        // 北京's 报表 half prints no unit name anywhere (it is in the 情况说明 half and the file name): nothing to go on.
        var read = TestPipelines.Pdf().Read(Corpus.Pdf("北京__审计局_附件2：北京市审计局2026年度部门预算报表.pdf"));
        Assert.Equal(TemplateChoice.Default, read.Value!.Template!.Choice);
    }

    [SkippableTheory]
    [InlineData("江苏__江苏省政协办公厅_2017年度部门预算公开表.pdf")]
    [InlineData("江苏__江苏省政协办公厅_江苏省政协办公厅2018度部门预算公开表.pdf")]
    [InlineData("江苏__江苏省人民检察院_2019年度部门预算公开.pdf")]
    public void Jiangsus_own_tables_are_keyed_by_the_overlay_and_checked_as_what_they_are(string name)
    {
        var pipeline = TestPipelines.Pdf();
        var d = pipeline.Read(Corpus.Pdf(name)).Value!;
        var report = pipeline.Check(d);
        // 财政拨款支出预算表 (by function) and 财政拨款基本支出预算表 (by economic class) are the overlay's own keys, not
        // the national 支出总表 and nothing; the 机关运行经费 table is an economic table, not 一般公共预算支出表.
        Assert.Single(d.Tables, t => t.Kind == new TableKey("fiscal_appropriation_expenditure"));
        Assert.Single(d.Tables, t => t.Kind == new TableKey("fiscal_appropriation_basic_expenditure"));
        var operating = Assert.Single(d.Tables, t => t.Kind == new TableKey("operating_costs"));
        Assert.All(operating.Rows.Where(r => r.Code is not null), r => Assert.Equal(CodeSystem.Economic, r.Code!.System));
        Assert.Single(d.Tables, t => t.Kind == TableKey.Expenditure);
        // Read as what they are, their 302/30201 rows are no longer unknown function codes.
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD5002");
        Assert.True(report.Statuses.Single(s => s.Rule.Id == "BD5001").Evaluated > 0);
    }

    [SkippableFact]
    public void Shenzhens_table_by_economic_class_stands_for_the_basic_table()
    {
        var pipeline = TestPipelines.Pdf();
        var d = pipeline.Read(Corpus.Pdf("深圳__2026年深圳市财政局部门预算.pdf")).Value!;
        var report = pipeline.Check(d);
        var economic = Assert.Single(d.Tables, t => t.Kind == new TableKey("general_public_economic_expenditure"));
        Assert.Contains(economic.Rows, r => r.Code is { System: CodeSystem.Economic });
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD4003");
    }
}
