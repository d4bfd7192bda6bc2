using System.ComponentModel;
using System.Diagnostics;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Pdftotext;

/// <summary>
/// Reads corpus PDFs through <c>pdftotext -layout</c> (run at test time) and checks the three summary tables against
/// values read off the PDFs by hand.
/// </summary>
public class PdftotextCorpusTests
{
    private const string Yantai = "烟台__2026年烟台市审计局部门预算.pdf";
    private const string Chongqing = "重庆__2026年重庆市气象局部门预算.pdf";
    private const string Changsha = "长沙__2026年长沙市信访局部门预算.pdf";

    private static SourceDocument ReadLayout(string pdfName, bool layout = true) => BudgetDisclosure.Testing.Pdftotext.Read(Corpus.Pdf(pdfName), layout);

    private static TableBlock Table(SourceDocument document, string title) => Assert.Single(document.Tables, t => t.Title == title);

    private static int Column(TableBlock table, string header) =>
        Enumerable.Range(0, table.ColumnCount).First(i => table.HeaderRows[^1][i] == header);

    private static TableRowText Row(TableBlock table, string cell) => table.BodyRows.Single(r => r.Cells.Any(c => c.Text == cell));

    private static decimal Value(string printed)
    {
        var amount = Amount.Parse(printed);
        Assert.True(amount.IsNumber || amount.State == AmountState.Blank, $"“{printed}” is not an amount");
        return amount.Value;
    }

    /// <summary>The total row equals the sum of the 类 rows within the rounding of n printed two-decimal summands.</summary>
    private static void AssertTotalIsSumOfClasses(TableBlock table, int amountColumn, string[] classes)
    {
        var total = Value(table.BodyRows.Single(r => r.Cells.Any(c => c.Text is "合计" or "总计")).Cells[amountColumn].Text);
        // A 类 row: its code, then its name (a 项 row prints "201 40 01" before the name).
        var rows = classes.Select(code => table.BodyRows.Single(r =>
        {
            var printed = r.Cells.Where(c => !c.IsEmpty).Take(2).Select(c => c.Text).ToList();
            return printed.Count == 2 && printed[0] == code && !printed[1].All(char.IsAsciiDigit);
        })).ToList();
        var sum = rows.Sum(r => Value(r.Cells[amountColumn].Text));
        Assert.InRange(Math.Abs(total - sum), 0m, (classes.Length + 1) * 0.005m);
    }

    [SkippableFact]
    public void Yantai_audit_summary_tables()
    {
        var doc = ReadLayout(Yantai);
        Assert.Equal(TextLayout.PdftotextLayout, doc.Layout);

        var summary = Table(doc, "收支总体情况表");
        Assert.Equal("1", summary.Number);
        Assert.Equal("烟台市审计局", summary.Preparer);
        Assert.Equal(4, summary.ColumnCount);
        Assert.Equal(27, summary.BodyRows.Count);
        Assert.Equal(["一、财政拨款收入", "2,776.75", "一、一般公共服务支出", "2731.79"], summary.BodyRows[0].Cells.Select(c => c.Text));
        Assert.Equal(["五、其他收入", "781.60", "八、卫生健康支出", "151.80"], Row(summary, "五、其他收入").Cells.Select(c => c.Text));
        Assert.Equal(["收入总计", "3558.35", "支出总计", "3558.35"], summary.BodyRows[^1].Cells.Select(c => c.Text));

        var income = Table(doc, "收入总体情况表");
        Assert.Equal("2", income.Number);
        Assert.Equal(23, income.BodyRows.Count);
        var total = Column(income, "合计");
        var other = Column(income, "其他收入");
        Assert.Equal("3,558.35", Row(income, "合计")[total]);
        Assert.Equal("2,731.79", Row(income, "201")[total]);
        Assert.Equal("781.60", Row(income, "201")[other]);
        var pension = Row(income, "机关事业单位基本养老保险缴费支出");
        Assert.Equal(["05", "221.01"], new[] { pension[2], pension[total] });
        Assert.Equal("7.67", Row(income, "其他行政事业单位医疗支出")[total]);
        AssertTotalIsSumOfClasses(income, total, ["201", "208", "210", "221"]);

        var spending = Table(doc, "支出总体情况表");
        Assert.Equal("3", spending.Number);
        var basic = Column(spending, "基本支出");
        var project = Column(spending, "项目支出");
        var sum = Column(spending, "合计");
        Assert.Equal(["2,731.79", "1,950.29", "781.50"], new[] { Row(spending, "201")[sum], Row(spending, "201")[basic], Row(spending, "201")[project] });
        Assert.Equal(["592.50", "", "592.50"], new[] { Row(spending, "审计业务")[sum], Row(spending, "审计业务")[basic], Row(spending, "审计业务")[project] });
        Assert.Equal("结转下年", spending.HeaderRows[^1].Cells[^1].Text);
        Assert.Contains(spending.BodyRows, r => r.Cells.Any(c => c.Text == "住房公积金") && r.Source.Page > Row(spending, "221").Source.Page);
        AssertTotalIsSumOfClasses(spending, sum, ["201", "208", "210", "221"]);
        AssertTotalIsSumOfClasses(spending, basic, ["201", "208", "210", "221"]);
    }

    [SkippableFact]
    public void Chongqing_meteorology_summary_tables_with_decimals_wrapped_onto_the_next_line()
    {
        var doc = ReadLayout(Chongqing);

        var summary = Table(doc, "2026年部门收支总体情况表");
        Assert.Equal("1", summary.Number);
        Assert.Equal("重庆市气象局", summary.Preparer);
        Assert.Equal(10, summary.BodyRows.Count);
        Assert.Equal(["合计", "14,770.62", "合计", "14,770.62"], summary.BodyRows[0].Cells.Select(c => c.Text));
        Assert.Equal(["二、政府性基金预算资金", "579.89", "二、卫生健康支出", "40.68"], summary.BodyRows[2].Cells.Select(c => c.Text));
        Assert.Contains("四舍五入", Assert.Single(summary.Notes), StringComparison.Ordinal);

        var income = Table(doc, "2026年部门收入总体情况表");
        Assert.Equal(28, income.BodyRows.Count);
        var total = Column(income, "总计");
        var general = Column(income, "一般公共预算拨款收入");
        Assert.Equal("14,770.62", Row(income, "合计")[total]);
        Assert.Equal(["13,873.36", "12,418.84"], new[] { Row(income, "220")[total], Row(income, "220")[general] });
        Assert.Equal(["71.12", "46.01"], new[] { Row(income, "2080505")[total], Row(income, "2080505")[general] });
        Assert.Equal("机关事业单位基本养老保险缴费支出", Row(income, "2080505").Cells.First(c => c.Text.StartsWith("机关", StringComparison.Ordinal)).Text);
        AssertTotalIsSumOfClasses(income, total, ["208", "210", "213", "220", "221", "224"]);

        var spending = Table(doc, "2026年部门支出总体情况表");
        Assert.Equal(28, spending.BodyRows.Count);
        var sum = Column(spending, "总计");
        var basic = Column(spending, "基本支出");
        var project = Column(spending, "项目支出");
        Assert.Equal(["13,873.36", "5,621.02", "8,252.34"], new[] { Row(spending, "220")[sum], Row(spending, "220")[basic], Row(spending, "220")[project] });
        Assert.Equal(["579.89", "", "579.89"], new[] { Row(spending, "213")[sum], Row(spending, "213")[basic], Row(spending, "213")[project] });
        AssertTotalIsSumOfClasses(spending, sum, ["208", "210", "213", "220", "221", "224"]);
        AssertTotalIsSumOfClasses(spending, basic, ["208", "210", "213", "220", "221", "224"]);
    }

    [SkippableFact]
    public void Changsha_petitions_summary_tables()
    {
        var doc = ReadLayout(Changsha);

        var summary = Table(doc, "2026年部门收支总体情况表");
        Assert.Equal("长沙市信访局", summary.Preparer);
        Assert.Equal(10, summary.BodyRows.Count);
        Assert.Equal(["一、本级财政拨款收入", "1,935.36", "一、基本支出", "1,517.95"], summary.BodyRows[0].Cells.Select(c => c.Text));
        Assert.Equal(["收入总计", "1,935.36", "支出总计", "1,935.36"], summary.BodyRows[^1].Cells.Select(c => c.Text));

        var income = Table(doc, "2026年部门收入总体情况表");
        Assert.Equal(5, income.BodyRows.Count);
        var total = Column(income, "合计");
        Assert.Equal(["201", "40", "04", "信访业务", "417.41"], Row(income, "信访业务").Cells.Where(c => !c.IsEmpty).Take(5).Select(c => c.Text));
        Assert.Equal("1,517.95", Row(income, "行政运行")[total]);
        AssertTotalIsSumOfClasses(income, total, ["201"]);

        var spending = Table(doc, "2026年部门支出总体情况表");
        Assert.Equal(5, spending.BodyRows.Count);
        var sum = Column(spending, "总计");
        var project = Column(spending, "项目支出");
        Assert.Equal(["417.41", "417.41"], new[] { Row(spending, "信访业务")[sum], Row(spending, "信访业务")[project] });
        Assert.Equal("", Row(spending, "行政运行")[project]);
        Assert.Equal("注：本表反映部门本年度各项支出情况。", Assert.Single(spending.Notes));
        AssertTotalIsSumOfClasses(spending, sum, ["201"]);
    }

    [SkippableTheory]
    [InlineData("深圳__2026年深圳市审计局部门预算.pdf")]
    [InlineData("北京__2026年北京市医疗保障局部门预算.pdf")]
    [InlineData("福州__2026年福州市商务局部门预算.pdf")]
    [InlineData("西安__2026年西安市审计局部门预算.pdf")]
    public void Layout_and_plain_output_are_told_apart(string pdfName)
    {
        Assert.Equal(TextLayout.PdftotextLayout, ReadLayout(pdfName).Layout);
        Assert.Equal(TextLayout.Pdftotext, ReadLayout(pdfName, layout: false).Layout);
    }

    [SkippableFact]
    public void Fuzhou_commerce_spending_table_continues_on_a_page_without_header()
    {
        var doc = ReadLayout("福州__2026年福州市商务局部门预算.pdf");
        var spending = Table(doc, "2026年度支出预算总表");
        Assert.Equal(25, spending.BodyRows.Count);
        var sum = Column(spending, "合计");
        var basic = Column(spending, "基本支出");
        Assert.Equal(["173.67", "173.67"], new[] { Row(spending, "2210203")[sum], Row(spending, "2210203")[basic] });
        Assert.Equal(["18800.00", ""], new[] { Row(spending, "216")[sum], Row(spending, "216")[basic] });
        AssertTotalIsSumOfClasses(spending, sum, ["201", "208", "212", "216", "221"]);
        Assert.True(Row(spending, "2210203").Source.Page > Row(spending, "216").Source.Page);
    }
}
