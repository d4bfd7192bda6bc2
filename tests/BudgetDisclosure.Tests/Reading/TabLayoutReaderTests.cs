using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using static BudgetDisclosure.Tests.Support.TableAssert;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Reading;

public class TabLayoutReaderTests
{
    [Fact]
    public void Markdown_table_continued_with_repeated_header_is_one_table()
    {
        var path = Fixtures.Path("text", "markdown-continued-table-and-empty-table.md");
        var read = DisclosurePipeline.Text.ReadDocument(path);
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        Assert.Equal(TextLayout.MarkdownTabs, read.Value!.Layout);
        var tables = read.Value.Tables.ToList();
        Assert.Equal(3, tables.Count);
        Assert.Equal("部门收入总体情况表", tables[0].Title);
        Assert.Equal("2", tables[0].Number);
        Assert.Equal("示例县测试局", tables[0].Preparer);
        Assert.Equal(MoneyUnit.TenThousandYuan, tables[0].Unit);
        Assert.Equal(7, tables[0].BodyRows.Count);
        Assert.Equal("1,210.50", tables[0].BodyRows[0][4]);
        Assert.Equal("总计", tables[0].BodyRows[0][3]);
    }

    [Fact]
    public void Markdown_binds_codes_columns_and_the_empty_table_note()
    {
        var d = DisclosurePipeline.Text.Read(Fixtures.Path("text", "markdown-continued-table-and-empty-table.md")).Value!;
        var income = Table(d, TableKey.Income);
        Cell(income, null, ColumnKeys.Total, "1210.50");
        Cell(income, "2101501", ColumnKeys.UnitFunds, "10.00");
        Cell(income, "2080501", ColumnKeys.GeneralPublic, "200.00");
        Assert.Equal("财政拨款（补助）/财政拨款(补助)小计", income.Column(ColumnKeys.FiscalSubtotal)!.Path);
        TotalIsSumOfClasses(income, ColumnKeys.Total);

        var fund = Table(d, TableKey.GovernmentFundExpenditure);
        Assert.True(fund.IsDeclaredEmpty);
        Assert.Contains("为空表", fund.EmptyNote, StringComparison.Ordinal);
        Assert.Empty(fund.Rows);
        // The performance form is not an amount table.
        Assert.DoesNotContain(d.Tables, t => t.Title.Contains("绩效目标", StringComparison.Ordinal));
    }

    [Fact]
    public void Latex_comparators_are_read_as_symbols()
    {
        var doc = DisclosurePipeline.Text.ReadDocument(Fixtures.Path("text", "markdown-continued-table-and-empty-table.md")).Value!;
        var form = doc.Tables.Last();
        Assert.Equal("≥95%", form.BodyRows.Concat(form.HeaderRows).Single(r => r[0] == "满意度指标")[3]);
    }

    [Fact]
    public void Tabs_from_word_with_totals_at_bottom_and_a_dropped_level()
    {
        var read = DisclosurePipeline.Text.Read(Fixtures.Path("text", "tabs-totals-at-bottom-dropped-level.txt"));
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        var d = read.Value!;
        var expenditure = Table(d, TableKey.Expenditure);
        Assert.Equal(RowKind.Total, expenditure.Rows[^1].Kind);
        Cell(expenditure, null, ColumnKeys.Total, "30.5");
        Cell(expenditure, "2101599", ColumnKeys.Basic, "0");
        var dropped = expenditure.Rows[1];
        Assert.Equal("21011", dropped.Code!.Digits);
        Assert.Equal("210", dropped.PrintedCode);
        var basic = Table(d, TableKey.GeneralPublicBasicExpenditure);
        Cell(basic, "30101", ColumnKeys.Personnel, "15.5");
        Cell(basic, "30201", ColumnKeys.PublicFunds, "5");
        Assert.Equal(2, basic.Rows.Count(r => r.Code is { Level: CodeLevel.Section }));
        var three = Table(d, TableKey.ThreePublicExpenses);
        Assert.True(three.IsDeclaredEmpty);
        Assert.Equal(3, three.Rows.Count);
    }

    [Fact]
    public void Paragraph_broken_over_a_blank_line_is_joined()
    {
        var doc = DisclosurePipeline.Text.ReadDocument(Fixtures.Path("text", "tabs-totals-at-bottom-dropped-level.txt")).Value!;
        Assert.Equal(TextLayout.Tabs, doc.Layout);
        var paragraph = doc.Blocks.OfType<ParagraphBlock>().Single(p => p.Text.Contains("收支总预算", StringComparison.Ordinal));
        Assert.EndsWith("截断，后面接着写完。", paragraph.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Blocks.OfType<HeadingBlock>(), h => h.Level == 2 && h.Text.StartsWith("一、关于", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_cell_knows_its_line()
    {
        var path = Fixtures.Path("text", "tabs-totals-at-bottom-dropped-level.txt");
        var lines = File.ReadAllLines(path);
        var d = DisclosurePipeline.Text.Read(path).Value!;
        foreach (var row in d.Tables.SelectMany(t => t.Rows))
            foreach (var cell in row.Cells.Where(c => c.Amount.IsNumber))
                Assert.Contains(cell.Amount.Text, lines[cell.Source.Line - 1].Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

public class PipeTableTests
{
    [Fact]
    public void Markdown_pipe_tables_read_like_tab_rows()
    {
        var text = string.Join('\n',
            "# 示例单位", "", "## 2026 年单位预算公开", "", "表 3", "", "### 单位支出总体情况表", "", "编制单位：示例单位", "", "单位：万元", "",
            "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |",
            "| --- | --- | ---: | ---: | ---: |",
            "| 210 | 卫生健康支出 | 30.50 | 20.50 | 10.00 |",
            "| 2101101 | 行政单位医疗 \\| 测试 | 20.50 | 20.50 |  |",
            "|  | 合计 | 30.50 | 20.50 | 10.00 |", "");
        var read = DisclosurePipeline.Text.Read(DocumentInput.FromText(text, "pipes.md"));
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        var table = read.Value!.Table(BudgetDisclosure.Model.TableKey.Expenditure)!;
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("行政单位医疗 | 测试", table.Row("2101101")!.Label);
        Assert.Equal("10.00", table.TotalRow()![table.Column(BudgetDisclosure.Model.ColumnKeys.Project)!.Index].Text);
    }
}
