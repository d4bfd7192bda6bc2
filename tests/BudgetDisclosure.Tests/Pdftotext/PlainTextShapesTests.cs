using BudgetDisclosure.Ingest;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Pdftotext;

/// <summary>
/// The shapes other extraction tools give a table in plain text (no columns kept by spaces): a whole row on one line
/// with single spaces (pdftotext -raw, copy–paste), the number above the body and the title printed under it (MuPDF),
/// a continued page repeating the header, amounts in 元 without decimals, bare two-digit 款/项 parts.
/// </summary>
public class PlainTextShapesTests
{
    private static Disclosure Read(string text) =>
        DisclosurePipeline.Text.Read(DocumentInput.FromText(text, "plain.txt")).Value!;

    private static TableRow Row(BudgetTable table, string code) => table.Rows.Single(r => r.Code?.Digits == code);

    [Fact]
    public void A_row_on_one_line_is_cut_into_its_name_and_amounts()
    {
        var disclosure = Read("""
            一般公共预算支出表
            部门：某某局 单位：万元
            科目编码 科目名称 合计 基本支出 项目支出
            合计 150.00 100.00 50.00
            201 一般公共服务支出 150.00 100.00 50.00
            20101 人大事务 150.00 100.00 50.00
            2010101 行政运行 100.00 100.00 0.00
            2010102 一般行政管理事务 50.00 0.00 50.00
            """);
        var table = Assert.Single(disclosure.Tables);
        Assert.Equal(TableKey.GeneralPublicExpenditure, table.Kind);
        Assert.Equal(MoneyUnit.TenThousandYuan, table.Unit);
        Assert.Equal(["100.00", "100.00", "0.00"], Row(table, "2010101").Cells.Select(c => c.Amount.Text));
        Assert.Equal("行政运行", Row(table, "2010101").Label);
    }

    [Fact]
    public void A_table_opened_by_its_number_takes_the_title_printed_under_its_body()
    {
        var disclosure = Read("""
            公开05表
            部门：某某局
            单位：万元
            功能科目编码
            功能科目名称
            金额
            合计
            20.00
            201
            一般公共服务支出
            20.00
            财政拨款支出预算表（功能科目）
            公开06表
            部门：某某局
            单位：万元
            项目
            金额
            合计
            5.00
            一般公共预算基本支出表
            """);
        Assert.Equal(2, disclosure.Tables.Count);
        Assert.Equal(("5", "财政拨款支出预算表（功能科目）"), (disclosure.Tables[0].Number, disclosure.Tables[0].Title));
        Assert.Equal(("6", "一般公共预算基本支出表"), (disclosure.Tables[1].Number, disclosure.Tables[1].Title));
        Assert.Equal("20.00", Row(disclosure.Tables[0], "201").Cells[0].Amount.Text);
    }

    [Fact]
    public void A_header_repeated_on_the_next_page_is_not_read_into_a_row()
    {
        var disclosure = Read("""
            公开表2
            收入总体情况表
            部门（单位）：某某局 单位：万元
            科目编码
            科目名称 合计
            合 计 30.00
            208 社会保障和就业支出 30.00
            05 行政事业单位养老支出 30.00
            01 行政单位离退休 10.00
            公开表2
            收入总体情况表
            部门（单位）：某某局 单位：万元
            科目编码
            科目名称 合计
            02 事业单位离退休 20.00
            """);
        var table = Assert.Single(disclosure.Tables);
        Assert.Equal("事业单位离退休", Row(table, "2080502").Label);
        Assert.DoesNotContain(table.Rows, r => r.Label.Contains("科目名称", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_part_after_a_full_section_is_the_next_section()
    {
        // 20805's 项 add up to it, so "27" is the 款 20827 and "99" its 项; read as 项 they would break both sums.
        var disclosure = Read("""
            收入总体情况表
            单位：万元
            科目编码 科目名称 合计
            合计 100.00
            208 社会保障和就业支出 100.00
            05 行政事业单位养老支出 30.00
            01 行政单位离退休 10.00
            02 事业单位离退休 20.00
            27 财政对其他社会保险基金的补助 70.00
            99 其他财政对社会保险基金的补助 70.00
            """);
        var codes = disclosure.Tables[0].Rows.Select(r => r.Code?.Digits).OfType<string>().ToList();
        Assert.Equal(["208", "20805", "2080501", "2080502", "20827", "2082799"], codes);
    }

    [Fact]
    public void A_bare_part_where_the_section_has_room_stays_an_item()
    {
        var disclosure = Read("""
            收入总体情况表
            单位：万元
            科目编码 科目名称 合计
            合计 100.00
            208 社会保障和就业支出 100.00
            05 行政事业单位养老支出 100.00
            01 行政单位离退休 10.00
            27 其他 90.00
            """);
        Assert.Contains(disclosure.Tables[0].Rows, r => r.Code?.Digits == "2080527");
    }

    [Fact]
    public void Whole_numbers_after_a_name_are_amounts_and_codes_before_a_name_stay_codes()
    {
        var disclosure = Read("""
            一般公共预算支出表
            单位：元
            科目编码
            科目名称
            合计
            基本支出
            合计
            390000.50
            390000
            205
            教育支出
            390000
            390000
            2050803
            培训支出
            390000
            390000
            """);
        var table = Assert.Single(disclosure.Tables);
        Assert.Equal(["390000", "390000"], Row(table, "2050803").Cells.Where(c => c.Amount.IsNumber).Select(c => c.Amount.Text));
        Assert.Equal("培训支出", Row(table, "2050803").Label);
    }

    [Fact]
    public void An_amount_that_starts_like_a_class_code_is_an_amount()
    {
        // "262.62" begins like the 类 262, "2,443.68" like 2: a code is never followed by a decimal point or a separator.
        var disclosure = Read("""
            一般公共预算支出表
            单位：万元
            科目编码 科目名称 合计
            合计 262.62
            210 卫生健康支出 262.62
            21011 行政事业单位医疗 262.62
            """);
        var table = Assert.Single(disclosure.Tables);
        Assert.Equal(["210", "21011"], table.Rows.Select(r => r.Code?.Digits).OfType<string>());
        Assert.All(table.Rows, r => Assert.Equal("262.62", r.Cells[^1].Amount.Text));
    }
}
