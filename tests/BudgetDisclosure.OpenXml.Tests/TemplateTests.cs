using BudgetDisclosure.Binding;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.OpenXml.Template;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Tests.Writing;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.OpenXml.Tests;

/// <summary>The input workbook: an empty one is a valid empty input, a filled one gives the tables back, a wrong one says where.</summary>
public sealed class TemplateTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("budget-template-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static readonly TableKey[] InputKinds = [.. Writing.Input.StandardTables.Inputs.Select(l => l.Kind)];

    [Fact]
    public void An_empty_template_reads_back_as_a_valid_empty_input()
    {
        var path = Path.Combine(dir, "empty.xlsx");
        TemplateWriter.Write(path);
        Assert.True(TemplateReader.IsTemplate(path));
        var read = TemplateReader.Read(path);
        Assert.False(read.HasErrors, string.Join("\n", read.Issues));
        Assert.NotNull(read.Input);
        Assert.Null(read.Input!.Disclosure.UnitName);
        Assert.All(read.Input.Disclosure.Tables, t => Assert.DoesNotContain(t.Rows, r => r.Cells.Any(c => c.Amount.IsNumber && c.Amount.Value != 0)));
        Assert.Equal(12, read.Input.Disclosure.Tables.Count);
    }

    [Fact]
    public void A_published_disclosure_is_not_a_template()
    {
        var path = Path.Combine(dir, "published.xlsx");
        XlsxWriter.Write(Composer.Compose(WritingInput.FromParsed(Samples.Clean())), path);
        Assert.False(TemplateReader.IsTemplate(path));
    }

    [Fact]
    public void A_workbook_filled_from_the_sample_gives_its_tables_and_renders_a_clean_disclosure()
    {
        var sample = Samples.Clean();
        var path = Path.Combine(dir, "filled.xlsx");
        TemplateWriter.Write(path, WritingInput.FromParsed(sample));
        var read = TemplateReader.Read(path);
        Assert.False(read.HasErrors, string.Join("\n", read.Issues));
        var input = read.Input!;
        var expected = WritingRoundTrip.Facts(sample with { Tables = [.. sample.Tables.Where(t => InputKinds.Contains(t.Kind))] });
        var actual = WritingRoundTrip.Facts(input.Disclosure with { Tables = [.. input.Disclosure.Tables.Where(t => InputKinds.Contains(t.Kind))] });
        Assert.Equal(expected, actual);
        WritingRoundTrip.AssertSameRest(sample with { Sources = input.Disclosure.Sources }, input.Disclosure with { Profile = input.Disclosure.Profile with { Organisation = sample.Profile.Organisation } });
        var composed = Composer.Compose(input);
        Assert.Empty(composed.Warnings);
        var docx = Path.Combine(dir, "filled.docx");
        DocxWriter.Write(composed, docx);
        var back = DisclosureBinder.Bind(TestPipelines.Office.ReadDocument(docx).Value!).Value!;
        WritingRoundTrip.AssertSameClaims(composed, back);
        WritingRoundTrip.AssertNoErrors(back);
    }

    private static Disclosure WithCell(Disclosure d, TableKey kind, string code, string column, decimal value)
    {
        var table = d.Table(kind)!;
        var row = table.Row(code)!;
        var cell = row.Cells.Single(c => c.Column == table.Column(column)!.Index);
        return Mutate.Cell(d, table, row, cell, Amount.FromValue(value, 2));
    }

    [Fact]
    public void Errors_name_the_sheet_and_the_cell()
    {
        var sample = Samples.Clean();
        var wrong = WithCell(sample, TableKey.Expenditure, "2101501", ColumnKeys.Total, 214m);
        var path = Path.Combine(dir, "wrong.xlsx");
        TemplateWriter.Write(path, WritingInput.FromParsed(wrong));
        var read = TemplateReader.Read(path);
        Assert.True(read.HasErrors);
        var issues = read.Issues.Where(i => i.Severity == Severity.Error).Select(i => i.ToString()).ToList();
        // 行政运行 is row 13 of 表3 (data from row 5); 合计 is column E after 类/款/项/科目名称.
        Assert.Contains(issues, i => i.StartsWith("wrong.xlsx(表3 支出总表!E13): error BD0217:", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Contains("(表3 支出总表!E", StringComparison.Ordinal) && i.Contains("error BD0216:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_code_a_word_for_a_number_and_a_missing_unit_name_are_errors()
    {
        var sample = Samples.Clean();
        var table = sample.Table(TableKey.Expenditure)!;
        var row = table.Row("2101501")!;
        var broken = sample with
        {
            UnitName = null,
            Tables = [.. sample.Tables.Select(t => t != table ? t : t with { Rows = [.. t.Rows.Select(r => r != row ? r : r with { Code = EconomicCode.Create("30101") })] })],
        };
        var path = Path.Combine(dir, "broken.xlsx");
        TemplateWriter.Write(path, WritingInput.FromParsed(broken));
        var read = TemplateReader.Read(path);
        var codes = read.Issues.Where(i => i.Severity == Severity.Error).Select(i => i.Code).ToList();
        Assert.Contains("BD0211", codes);
        Assert.Contains("BD0213", codes);
    }
}
