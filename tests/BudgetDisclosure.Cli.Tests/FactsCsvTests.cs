using BudgetDisclosure.Cli.Tests.Support;
using BudgetDisclosure.Model;
using BudgetDisclosure.Output;

namespace BudgetDisclosure.Cli.Tests;

public class FactsCsvTests
{
    private static string[] Lines()
    {
        using var writer = new StringWriter();
        FactsCsv.WriteHeader(writer);
        FactsCsv.Write(writer, SampleDisclosure.Create());
        var text = writer.ToString();
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text.Split('\n')[..^1];
    }

    [Fact]
    public void Header_comes_first()
    {
        Assert.Equal("table,code,label,column,value,source", Lines()[0]);
    }

    [Fact]
    public void Writes_one_line_per_printed_cell_in_document_order()
    {
        var expected = new[]
        {
            "table,code,label,column,value,source",
            "expenditure,,合计,支出预算/合计,1838.21,sample.txt:20",
            "expenditure,,合计,支出预算/基本支出,1766.61,sample.txt:20",
            "expenditure,,合计,支出预算/项目支出,71.60,sample.txt:20",
            "expenditure,2101101,行政单位医疗,支出预算/合计,2.03,sample.txt:21",
            "expenditure,2101101,行政单位医疗,支出预算/基本支出,2.03,sample.txt:21",
            "expenditure,208,社会保障和就业支出,支出预算/合计,-,sample.txt:22",
            "expenditure,208,社会保障和就业支出,支出预算/基本支出,见附表,sample.txt:22",
            "general_public_project_expenditure,2101199,\"医保经办服务经费，\"\"两定\"\"机构核查\",项目支出合计,71.6,sample.txt:40",
            "general_public_project_expenditure,2101199,\"医保经办服务经费，\"\"两定\"\"机构核查\",商品和服务支出,71.6,sample.txt:40",
            "other,,办公设备,金额,12000,sample.txt:50",
        };
        Assert.Equal(expected, Lines());
    }

    [Fact]
    public void Blank_cells_are_left_out()
    {
        // 行政单位医疗 has a blank 项目支出 cell.
        Assert.DoesNotContain(Lines(), l => l.StartsWith("expenditure,2101101,", StringComparison.Ordinal) && l.Contains("项目支出", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    public void Quotes_as_rfc4180(string field, string expected)
    {
        Assert.Equal(expected, FactsCsv.Quote(field));
    }

    [Fact]
    public void Source_is_page_when_line_unknown()
    {
        var table = new BudgetTable(TableKey.Income, null, "收入总体情况表", MoneyUnit.TenThousandYuan,
            [new TableColumn(0, ["总计"], ColumnKeys.Total)],
            [new TableRow(RowKind.Item, EconomicCode.Create("30101"), "基本工资", TablePanel.None,
                [new TableCell(0, Amount.Parse("110,387.976749"), new SourceLocation("doc.pdf", 0, 4))], new SourceLocation("doc.pdf", 0, 4))],
            new SourceLocation("doc.pdf", 0, 4));
        var fact = Assert.Single(FactsCsv.Facts(new Disclosure { Sources = ["doc.pdf"], Tables = [table] }));
        Assert.Equal(new Fact(TableKey.Income, "30101", "基本工资", "总计", "110387.976749", new SourceLocation("doc.pdf", 0, 4)), fact);
        using var writer = new StringWriter();
        FactsCsv.Write(writer, fact);
        Assert.Equal("income,30101,基本工资,总计,110387.976749,doc.pdf:p4\n", writer.ToString());
    }
}
