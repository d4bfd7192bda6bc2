using BudgetDisclosure.Binding;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Tests.Writing;
using BudgetDisclosure.Writing;

namespace BudgetDisclosure.Html.Tests;

public class HtmlReaderTests
{
    /// <summary>The sample rendered as HTML reads back to the same tables, claims and the rest of the model, and checks clean.</summary>
    [Fact]
    public void Html_round_trip_of_the_sample()
    {
        var sample = Samples.Clean();
        var composed = Composer.Compose(WritingInput.FromParsed(sample));
        WritingRoundTrip.AssertReadsBack(sample, composed, HtmlReader.ReadHtml(HtmlWriter.Write(composed), "sample.html"));
    }

    [Fact]
    public void Spans_leave_the_text_top_left_and_empty_cells_under_it()
    {
        const string html = """
            <!DOCTYPE html><html><body>
            <p>表 3</p><div><span>编制单位：示例单位</span><span>单位：万元</span></div>
            <table><caption>单位支出总体情况表</caption>
            <tr><th colspan="3">科目代码</th><th rowspan="2">科目名称</th><th rowspan="2">合计</th><th rowspan="2">基本支出</th><th rowspan="2">项目支出</th></tr>
            <tr><th>类</th><th>款</th><th>项</th></tr>
            <tr><td>210</td><td></td><td></td><th>卫生健康支出</th><td>30.50</td><td>20.50</td><td>10.00</td></tr>
            <tr><td>210</td><td>11</td><td>01</td><th>行政单位医疗</th><td>20.50</td><td>20.50</td><td></td></tr>
            <tr><td>210</td><td>15</td><td>99</td><th>其他</th><td>10.00</td><td></td><td>10.00</td></tr>
            <tr><th colspan="4">合计</th><td>30.50</td><td>20.50</td><td>10.00</td></tr>
            </table></body></html>
            """;
        var read = HtmlReader.ReadHtml(html, "t.html");
        var table = Assert.Single(read.Value!.Tables);
        Assert.Equal("单位支出总体情况表", table.Title);
        Assert.Equal("3", table.Number);
        Assert.Equal("示例单位", table.Preparer);
        Assert.Equal(MoneyUnit.TenThousandYuan, table.Unit);
        var d = DisclosureBinder.Bind(read.Value!).Value!;
        var bound = d.Table(TableKey.Expenditure)!;
        Assert.Equal("10.00", bound.Row("2101599")![bound.Column(ColumnKeys.Project)!.Index].Text);
        Assert.Equal("30.50", bound.TotalRow()![bound.Column(ColumnKeys.Total)!.Index].Text);
        Assert.Equal(3, bound.Rows.Count(r => r.Code is not null));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", true)]
    [InlineData("\uFEFF  <html lang=\"zh\">", true)]
    [InlineData("2026 年部门预算公开", false)]
    public void Html_is_told_by_its_start(string start, bool html) =>
        Assert.Equal(html, HtmlReader.LooksLikeHtml(System.Text.Encoding.UTF8.GetBytes(start)));
}
