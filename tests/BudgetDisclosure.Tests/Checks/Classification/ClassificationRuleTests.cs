using BudgetDisclosure.Catalog;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Checks.Completeness;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks.Classification;

/// <summary>Each classification rule passes on the clean sample and catches its own mistake at the row it is on.</summary>
public class ClassificationRuleTests
{
    private static CheckContext Run(Disclosure d) => SampleText.Run(d, RuleCategory.Classification);

    [Theory]
    [InlineData("BD5001")]
    [InlineData("BD5002")]
    [InlineData("BD5003")]
    [InlineData("BD5004")]
    [InlineData("BD5005")]
    public void Clean_sample_passes_without_even_an_info(string id)
    {
        var context = Run(Samples.Clean());
        Assert.Equal(CheckOutcome.Passed, context.StatusOf(RuleCatalog.All.Single(r => r.Descriptor.Id == id).Descriptor).Outcome);
        Assert.Empty(context.Findings);
    }

    [Fact]
    public void A_dropped_level_is_reported_with_the_code_it_should_have()
    {
        var line = SampleText.LineOf("210\t11\t\t行政事业单位医疗", 2);
        var d = SampleText.WithLine(line, "210\t\t\t行政事业单位医疗\t12.00\t12.00\t");
        var finding = Assert.Single(SampleText.Failures(Run(d), "BD5001"));
        Assert.Equal(line, finding.Location.Source.Line);
        Assert.Equal("3", finding.Location.TableNumber);
        Assert.Equal("210", finding.Location.Code);
        Assert.Contains("21011", finding.GetMessage(), StringComparison.Ordinal);
        Assert.Equal([new CellRef(TableKey.Expenditure, "3", "21011", "科目编码")], finding.Cells);
    }

    [Fact]
    public void A_code_repeated_under_another_name_is_a_dropped_level()
    {
        var line = SampleText.LineOf("221\t02\t01\t住房公积金", 1);
        var finding = Assert.Single(SampleText.Failures(Run(SampleText.WithLine(line, "221\t02\t\t住房公积金\t16.00\t16.00\t16.00\t\t")), "BD5001"));
        Assert.Equal(line, finding.Location.Source.Line);
        Assert.Contains("2210201", finding.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Digits_that_make_no_code_are_an_error()
    {
        var line = SampleText.LineOf("208\t05\t05", 1);
        var d = SampleText.WithLine(line, SampleText.Lines()[line - 1].Replace("208\t05\t05", "308\t05\t05", StringComparison.Ordinal));
        var finding = Assert.Single(SampleText.Failures(Run(d), "BD5002"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal((line, "2", "3080505"), (finding.Location.Source.Line, finding.Location.TableNumber, finding.Location.Code));
    }

    [Fact]
    public void A_class_that_does_not_exist_is_an_error()
    {
        var lines = SampleText.Lines();
        var line = Array.FindIndex(lines, SampleText.LineOf("表 4"), l => l.Contains("227 预备费", StringComparison.Ordinal)) + 1;
        var d = SampleText.WithLine(line, lines[line - 1].Replace("227 预备费", "228 预备费", StringComparison.Ordinal));
        var finding = Assert.Single(SampleText.Failures(Run(d), "BD5002"));
        Assert.Equal(("4", "228"), (finding.Location.TableNumber, finding.Location.Code));
    }

    [Fact]
    public void A_child_without_its_parent_row_is_reported()
    {
        var line = SampleText.LineOf("210\t11\t\t行政事业单位医疗", 1);
        var d = SampleText.WithoutLines(line, line + 1);
        var finding = Assert.Single(SampleText.Failures(Run(d), "BD5003"));
        Assert.Equal(("2", "2101101"), (finding.Location.TableNumber, finding.Location.Code));
        Assert.Contains("21011", finding.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_under_the_wrong_parent_is_reported()
    {
        // 221 02 01 moved up under 210 15: its parent 22102 is listed, but below it.
        var lines = SampleText.Lines().ToList();
        var from = SampleText.LineOf("221\t02\t01\t住房公积金", 2) - 1;
        var moved = lines[from];
        lines.RemoveAt(from);
        lines.Insert(SampleText.LineOf("210\t15\t99", 2) - 1, moved);
        var finding = Assert.Single(SampleText.Failures(Run(SampleText.Read(lines)), "BD5003"));
        Assert.Equal(("3", "2210201"), (finding.Location.TableNumber, finding.Location.Code));
        Assert.Contains("应列在其上级款 22102 之下", finding.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_code_with_another_name_is_a_warning()
    {
        var d = Samples.WithEdit("303\t\t对个人和家庭的补助", "303\t\t对个人和家庭服务支出");
        var finding = Assert.Single(SampleText.Failures(Run(d), "BD5004"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(("6", "303", "对个人和家庭服务支出"), (finding.Location.TableNumber, finding.Location.Code, finding.Location.Label));
        Assert.Contains("对个人和家庭的补助", finding.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_compare_without_spaces_and_bracket_widths()
    {
        var d = Samples.WithEdit("303\t\t对个人和家庭的补助", "303\t\t对个人和 家庭的补助");
        Assert.Empty(Run(d).Findings);
    }

    [Fact]
    public void An_unknown_code_with_a_known_name_is_a_warning_and_an_unknown_one_only_info()
    {
        var wrong = Samples.WithEdit("302\t28\t工会经费", "302\t27\t工会经费");
        Assert.Contains(SampleText.Failures(Run(wrong), "BD5004"), f => f.Location.Code == "30227");
        var unknown = Samples.WithEdit("302\t28\t工会经费", "302\t98\t工会服务费");
        var info = Assert.Single(Run(unknown).Findings, f => f.Rule.Id == "BD5004");
        Assert.Equal(Severity.Info, info.Severity);
    }

    [Fact]
    public void An_old_class_name_in_the_narrative_is_reported_at_the_sentence()
    {
        var d = Samples.WithEdit("4、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）", "4、医疗卫生与计划生育支出（类）医疗保障管理事务（款）行政运行（项）");
        var finding = Assert.Single(SampleText.Failures(Run(d), "BD5005"));
        Assert.Equal("210", finding.Location.Code);
        Assert.Equal(SampleText.LineOf("4、卫生健康支出（类）医疗保障管理事务", 1), finding.Location.Source.Line);
        Assert.Contains("医疗卫生与计划生育支出", finding.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(finding.Location.Section);
    }

    [Fact]
    public void Two_tables_naming_one_code_differently_are_reported_once_at_the_odd_one()
    {
        var line = SampleText.LineOf("210\t15\t\t医疗保障管理事务", 3);
        var d = SampleText.WithLine(line, SampleText.Lines()[line - 1].Replace("医疗保障管理事务", "医疗保障事务", StringComparison.Ordinal));
        var finding = Assert.Single(SampleText.Failures(Run(d), "BD5005"));
        Assert.Equal(("5", "21015", line), (finding.Location.TableNumber, finding.Location.Code, finding.Location.Source.Line));
    }

    [Fact]
    public void The_catalog_is_well_formed_and_every_entry_has_a_source()
    {
        var catalog = ClassificationCatalog.Default;
        Assert.True(catalog.Count > 200, $"目录只有 {catalog.Count} 条");
        foreach (var system in new[] { CodeSystem.Function, CodeSystem.Economic })
        {
            var file = system == CodeSystem.Function ? "function-codes.tsv" : "economic-codes.tsv";
            using var stream = typeof(ClassificationCatalog).Assembly.GetManifestResourceStream("BudgetDisclosure.Catalog." + file)!;
            using var reader = new StreamReader(stream);
            var entries = ClassificationCatalog.Parse(system, reader).ToList();
            Assert.All(entries, e =>
            {
                Assert.True(system == CodeSystem.Function ? FunctionCode.IsValid(e.Code) : EconomicCode.IsValid(e.Code), e.Code);
                Assert.False(string.IsNullOrWhiteSpace(e.Name));
                Assert.False(string.IsNullOrWhiteSpace(e.Sources));
                Assert.InRange(e.FromYear, 2015, e.ToYear);
            });
            Assert.Equal(entries.Count, entries.Select(e => e.Code).Distinct().Count());
            Assert.All(entries.Where(e => e.Code.Length > 3), e => Assert.Contains(entries, p => p.Code == e.Code[..3]));
        }
        Assert.Equal("医疗救助", catalog.Find(CodeSystem.Function, "21013", 2026)!.Name);
        Assert.Null(catalog.Find(CodeSystem.Economic, "30210", 2026));
    }
}
