using BudgetDisclosure.Binding;
using BudgetDisclosure.Model;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Reading;

/// <summary>Layouts of other regions the binder must not take for mistakes.</summary>
public class BinderRegionTests
{
    [Theory]
    [InlineData("117", "西安市审计局", null)]          // a unit's code beside its name (西安's department tables)
    [InlineData("117001", "某某中心", null)]
    [InlineData("108", "社会保障和就业支出", "108")]   // a misprinted function code stays visible for the checks
    [InlineData("2089", "其他支出", "2089")]
    public void Unit_codes_are_not_misprinted_classification_codes(string digits, string label, string? printed)
    {
        var context = new CodeContext(CodeSystem.Function);
        var text = label;
        Assert.Null(context.Resolve(digits, ref text, out var printedCode));
        Assert.Equal(printed, printedCode);
    }

    [Theory]
    [InlineData("部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）", "general_public_basic_expenditure")]
    [InlineData("部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）", "other")]
    [InlineData("一般公共预算基本支出情况表", "general_public_basic_expenditure")]
    public void Basic_expenditure_by_function_is_not_the_standard_table(string title, string kindKey) =>
        Assert.Equal(new TableKey(kindKey), TableClassifier.FromTitle(title));
}

public class CrossedClassificationTests
{
    [Fact]
    public void A_table_crossing_function_and_economic_codes_is_not_compared_code_by_code()
    {
        var clean = BudgetDisclosure.Tests.Support.Samples.Clean();
        var expenditure = clean.Table(TableKey.Expenditure)!;
        var row = expenditure.Row("2101501")!;
        // 北京's 支出总表 prints a function code once per economic class: the same code on two rows.
        var crossed = expenditure with { Rows = [.. expenditure.Rows, row with { Label = "行政运行 30101-基本工资" }] };
        var d = clean with { Tables = [.. clean.Tables.Select(t => ReferenceEquals(t, expenditure) ? crossed : t)] };
        var report = BudgetDisclosure.Checks.Checker.Check(d);
        var status = report.Statuses.Single(s => s.Rule.Id == "BD2009");
        Assert.Equal(BudgetDisclosure.Checks.CheckOutcome.NotApplicable, status.Outcome);
        Assert.Contains("交叉", status.Reason, StringComparison.Ordinal);
        // Nor is the repeated code a lost level (BD5001) when the row names its economic class.
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD5001");
    }

    [Fact]
    public void A_repeated_code_without_an_economic_class_is_still_a_lost_level()
    {
        var clean = BudgetDisclosure.Tests.Support.Samples.Clean();
        var expenditure = clean.Table(TableKey.Expenditure)!;
        var row = expenditure.Row("2101501")!;
        var at = expenditure.Rows.ToList().IndexOf(row);
        var repeated = expenditure with { Rows = [.. expenditure.Rows.Take(at + 1), row with { Label = "一般行政管理事务" }, .. expenditure.Rows.Skip(at + 1)] };
        var d = clean with { Tables = [.. clean.Tables.Select(t => ReferenceEquals(t, expenditure) ? repeated : t)] };
        Assert.Contains(BudgetDisclosure.Checks.Checker.Check(d).Findings, f => f.Rule.Id == "BD5001");
    }
}

public class BlankClassColumnTests
{
    [Fact]
    public void A_section_printed_without_its_class_takes_the_class_above()
    {
        // 长沙: "201 | 一般公共服务支出", then " | 40 | 信访事务" with the 类 column left blank, then "201 | 40 | 01 | 行政运行".
        var context = new CodeContext(CodeSystem.Function);
        string[] labels = ["一般公共服务支出", "信访事务", "行政运行"];
        string[] digits = ["201", "40", "2014001"];
        var codes = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var label = labels[i];
            codes.Add(context.Resolve(digits[i], ref label, out _)?.Digits);
        }
        Assert.Equal(["201", "20140", "2014001"], codes);
    }
}

public class CodeColumnLevelTests
{
    [Fact]
    public void A_bare_part_in_the_section_column_is_a_section_not_an_item()
    {
        // 烟台: "05 行政事业单位养老支出" and its 项 rows, then "27 财政对其他社会保险基金的补助" back in the 款 column and
        // "99 其他财政对社会保险基金的补助" in the 项 column. Read by level alone, 27 would be the 项 2080527.
        var context = new CodeContext(CodeSystem.Function);
        (string Digits, string Label, int? Level)[] rows =
        [
            ("208", "社会保障和就业支出", null), ("05", "行政事业单位养老支出", 1), ("01", "行政单位离退休", 2),
            ("27", "财政对其他社会保险基金的补助", 1), ("99", "其他财政对社会保险基金的补助", 2),
        ];
        var codes = rows.Select(r =>
        {
            var label = r.Label;
            return context.Resolve(r.Digits, ref label, out _, r.Level)?.Digits;
        }).ToList();
        Assert.Equal(["208", "20805", "2080501", "20827", "2082799"], codes);
    }
}

public class GovernmentEconomicCodeColumnTests
{
    // 西安's 基本支出明细表 prints 部门经济科目编码 | 名称 | 政府经济科目编码 | 名称 | amounts; the PDF reader may lose the third
    // header. The 50101 beside 30101 is another classification's code: neither the row's code nor an amount.
    [Theory]
    [InlineData("政府经济科目编码")]
    [InlineData("")]
    public void A_government_economic_code_beside_the_row_code_is_neither_code_nor_amount(string header)
    {
        var text = "表8\n\n## 一般公共预算基本支出情况表\n\n单位：元\n\n"
            + $"部门经济科目编码\t部门经济科目名称\t{header}\t政府经济科目名称\t合计\t人员经费支出\t公用经费支出\n"
            + "\t合计\t\t\t1,300.00\t1,000.00\t300.00\n"
            + "301\t工资福利支出\t\t\t1,000.00\t1,000.00\t\n"
            + "30101\t基本工资\t50101\t工资奖金津补贴\t600.00\t600.00\t\n"
            + "30102\t津贴补贴\t50101\t工资奖金津补贴\t400.00\t400.00\t\n"
            + "302\t商品和服务支出\t\t\t300.00\t\t300.00\n"
            + "30201\t办公费\t50201\t办公经费\t300.00\t\t300.00\n";
        var d = DisclosurePipeline.Text.Read(DocumentInput.FromText(text, "fixture.txt")).Value!;
        var table = d.Table(TableKey.GeneralPublicBasicExpenditure)!;
        Assert.Equal(["301", "30101", "30102", "302", "30201"], table.Rows.Where(r => r.Code is not null).Select(r => r.Code!.Digits));
        Assert.Equal([ColumnKeys.Total, ColumnKeys.Personnel, ColumnKeys.PublicFunds], table.Columns.Select(c => c.Key));
        var report = BudgetDisclosure.Checks.Checker.Check(d);
        Assert.Equal(BudgetDisclosure.Checks.CheckOutcome.Passed, report.Statuses.Single(s => s.Rule.Id == "BD1001").Outcome);
    }

    [Fact]
    public void Government_codes_split_over_class_and_section_columns_stay_code_parts()
    {
        // 烟台 prints both systems in 类 | 款 parts ("301 | 01 | 基本工资 | 501 | 01 | 工资奖金津补贴"): only whole codes
        // (50101) in a column of their own are set aside.
        Assert.True(HeaderAnalysis.IsGovernmentEconomicCodeCell("50101"));
        Assert.True(HeaderAnalysis.IsGovernmentEconomicCodeCell("501"));
        Assert.False(HeaderAnalysis.IsGovernmentEconomicCodeCell("30101"));
        Assert.False(HeaderAnalysis.IsGovernmentEconomicCodeCell("5010.00"));
    }
}

public class BeijingProfileSectionTests
{
    [Fact]
    public void The_unit_description_section_is_the_profile()
    {
        var beijing = BudgetDisclosure.Templates.TemplateCatalog.Embedded.Get("beijing-budget");
        // 北京: "一、部门情况说明" is what the unit is and its 主要职责; elsewhere the words may head the whole 说明 part.
        Assert.Equal(SectionTopic.Organisation, BudgetDisclosure.Binding.Narrative.SectionPass.Classify("一、部门情况说明", SectionTopic.Other, beijing));
        Assert.NotEqual(SectionTopic.Organisation, BudgetDisclosure.Binding.Narrative.SectionPass.Classify("一、部门情况说明", SectionTopic.Other));
        Assert.Equal(SectionTopic.Organisation, BudgetDisclosure.Binding.Narrative.SectionPass.Classify("一、部门基本情况", SectionTopic.Other));
    }

    [Fact]
    public void The_budget_explanation_part_is_not_the_profile() =>
        Assert.NotEqual(SectionTopic.Organisation,
            BudgetDisclosure.Binding.Narrative.SectionPass.Classify("第一部分 2026年度部门预算情况说明", SectionTopic.Other));
}
