using BudgetDisclosure.Documents;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Pdftotext;

public class PdftotextLayoutFixtureTests
{
    private static ReadResult<SourceDocument> Read(string name) =>
        TextDocumentReader.ReadText(Fixtures.Read("pdftotext", name), name);

    private static TableBlock SingleTable(string name) => Assert.Single(Read(name).Value!.Tables);

    private static int Column(TableBlock table, string header) =>
        Enumerable.Range(0, table.ColumnCount).First(i => table.HeaderRows[^1][i].Contains(header, StringComparison.Ordinal));

    private static TableRowText RowWith(TableBlock table, string cell) =>
        table.BodyRows.Single(r => r.Cells.Any(c => c.Text == cell));

    [Fact]
    public void Fixtures_are_detected_as_pdftotext_layout()
    {
        foreach (var name in new[] { "layout-wrapped-function-name.txt", "layout-narrative-reflow.txt", "layout-two-sided.txt" })
            Assert.Equal(TextLayout.PdftotextLayout, Read(name).Value!.Layout);
    }

    [Fact]
    public void Tab_separated_text_stays_tabs()
    {
        var text = "一、收支总表\n项目\t预算数\n一般公共预算拨款收入\t100.00\n合计\t100.00\n";
        Assert.Equal(TextLayout.Tabs, TextDocumentReader.ReadText(text, "t.txt").Value!.Layout);
    }

    [Fact]
    public void Plain_pdftotext_is_detected_as_pdftotext()
    {
        var text = "收支总表\n部门名称：某某局\n单位：万元\n项目\n预算数\n一般公共预算拨款收入\n100.00\n合计\n100.00\n";
        Assert.Equal(TextLayout.Pdftotext, TextDocumentReader.ReadText(text, "p.txt").Value!.Layout);
    }

    [Fact]
    public void Wrapped_function_name_is_joined_around_its_code_row()
    {
        var table = SingleTable("layout-wrapped-function-name.txt");
        Assert.Equal("支出总体情况表", table.Title);
        Assert.Equal("某某市审计局", table.Preparer);
        Assert.Equal("单位：万元", table.UnitCaption);
        Assert.Equal(6, table.BodyRows.Count);
        var row = RowWith(table, "2080505");
        Assert.Equal("机关事业单位基本养老保险缴费支出", row[Column(table, "科目名称")]);
        Assert.Equal("504.13", row[Column(table, "合计")]);
        Assert.Equal("504.13", row[Column(table, "基本支出")]);
        Assert.Equal("", row[Column(table, "项目支出")]);
        Assert.Equal(11, row.Source.Line);
        Assert.Equal("机关事业单位职业年金缴费支出", RowWith(table, "2080506")[Column(table, "科目名称")]);
        Assert.All(table.BodyRows, r => Assert.Equal(table.ColumnCount, r.Cells.Count));
    }

    [Fact]
    public void Split_codes_stay_in_their_own_cells()
    {
        var table = SingleTable("layout-split-codes.txt");
        Assert.Equal("3", table.Number);
        Assert.Equal("某某市医疗保障局", table.Preparer);
        Assert.Equal(5, table.BodyRows.Count);
        var last = table.BodyRows[^1];
        Assert.Equal(["210", "99", "99", "其他卫生健康支出", "50.00", "", "50.00"], last.Cells.Select(c => c.Text));
        Assert.Equal(["", "11", "", "行政事业单位医疗", "300.00", "300.00", ""], table.BodyRows[2].Cells.Select(c => c.Text));
        Assert.Equal("合计", table.BodyRows[0][3]);
        Assert.Equal(new[] { "类", "款", "项" }, table.HeaderRows[^1].Cells.Take(3).Select(c => c.Text[^1..]));
    }

    [Fact]
    public void Multi_level_header_words_wrapped_over_lines_are_joined_per_column()
    {
        var table = SingleTable("layout-multilevel-header.txt");
        Assert.Equal("2", table.Number);
        Assert.Equal("某某局", table.Preparer);
        var leaves = table.HeaderRows[^1].Cells.Select(c => c.Text).ToList();
        Assert.Contains("一般公共预算", leaves);
        Assert.Contains(leaves, l => l.EndsWith("政府性基金预算", StringComparison.Ordinal));
        Assert.Contains("事业单位经营收入", leaves);
        var row = RowWith(table, "212");
        Assert.Equal("35.50", row[Column(table, "合计")]);
        Assert.Equal("30.00", row[Column(table, "政府性基金预算")]);
        Assert.Equal("5.50", row[Column(table, "事业单位经营收入")]);
        Assert.Equal("", row[Column(table, "一般公共预算")]);
        Assert.Equal("20.00", RowWith(table, "208")[Column(table, "事业收入")]);
    }

    [Fact]
    public void Table_continued_on_the_next_page_is_one_table_without_the_repeated_header()
    {
        var table = SingleTable("layout-page-continuation.txt");
        Assert.Equal("一般公共预算支出表", table.Title);
        Assert.Single(table.HeaderRows);
        Assert.Equal(6, table.BodyRows.Count);
        Assert.DoesNotContain(table.BodyRows, r => r.Cells.Any(c => c.Text.Contains("科目", StringComparison.Ordinal)));
        var split = RowWith(table, "2080505");
        Assert.Equal("机关事业单位基本养老保险缴费支出", split[1]);
        Assert.Equal(["2210201", "住房公积金", "20.00", "20.00", ""], RowWith(table, "2210201").Cells.Select(c => c.Text));
        var total = RowWith(table, "合计");
        Assert.Equal(["", "合计", "1,000.00", "700.00", "300.00"], total.Cells.Select(c => c.Text));
        Assert.Equal(2, total.Source.Page);
        Assert.Equal(1, split.Source.Page);
    }

    [Fact]
    public void Empty_tables_keep_their_header_and_note_and_have_no_rows()
    {
        var tables = Read("layout-empty-table-note.txt").Value!.Tables.ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal("政府性基金预算支出情况表", tables[0].Title);
        Assert.Equal("8", tables[0].Number);
        Assert.Empty(tables[0].BodyRows);
        Assert.Contains("没有使用政府性基金预算拨款安排的支出", Assert.Single(tables[0].Notes), StringComparison.Ordinal);
        Assert.Equal("9", tables[1].Number);
        Assert.Empty(tables[1].BodyRows);
        Assert.Equal("本表无数据。", Assert.Single(tables[1].Notes));
        Assert.Contains("支出总计", tables[1].HeaderRows[^1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Two_sided_table_keeps_income_and_expenditure_columns()
    {
        var table = SingleTable("layout-two-sided.txt");
        Assert.Equal("收支总表", table.Title);
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["一、财政拨款", "1,200.00", "一、一般公共服务支出", "1,000.00"], table.BodyRows[0].Cells.Select(c => c.Text));
        Assert.Equal(["", "", "四、卫生健康支出", ""], RowWith(table, "四、卫生健康支出").Cells.Select(c => c.Text));
        Assert.Equal(["本年收入合计", "1,200.00", "本年支出合计", "1,200.00"], table.BodyRows[^1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Page_numbers_are_removed_and_paragraphs_reflowed()
    {
        var blocks = Read("layout-narrative-reflow.txt").Value!.Blocks;
        Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("- 1 -", StringComparison.Ordinal) || p.Text.Contains("- 2 -", StringComparison.Ordinal));
        Assert.Equal(
            ["H1:第一部分部门概况", "H2:一、部门职责", "P:某某市审计局为市政府主管全市审计工作的工作部门，实行双重领导体制。",
             "P:（一）主管全市审计工作。负责对市级财政收支进行审计监督。",
             "P:（二）起草有关地方性法规、规章和政策，制定审计指南并监督执行。制定全市审计工作发展规划。",
             "H2:二、机构设置", "P:本部门预算为汇总预算，包括本级及所属单位预算。"],
            blocks.Select(b => b switch
            {
                HeadingBlock h => $"H{h.Level}:{h.Text.Replace(" ", "", StringComparison.Ordinal)}",
                ParagraphBlock p => $"P:{p.Text}",
                _ => b.GetType().Name,
            }));
        var lastParagraph = blocks.OfType<ParagraphBlock>().Last();
        Assert.Equal(25, lastParagraph.Source.Line);
        Assert.Equal(2, lastParagraph.Source.Page);
    }

    [Fact]
    public void Table_that_ends_the_file_after_its_header_is_reported_truncated()
    {
        var read = Read("layout-truncated-table.txt");
        var table = Assert.Single(read.Value!.Tables);
        Assert.Equal("财政拨款收支总表", table.Title);
        Assert.Empty(table.BodyRows);
        var diagnostic = Assert.Single(read.Diagnostics, d => d.Code == Messages.TruncatedTableCode);
        Assert.Equal(6, diagnostic.Source.Line);
    }

    [Fact]
    public void Table_with_a_note_is_not_reported_truncated()
    {
        Assert.DoesNotContain(Read("layout-empty-table-note.txt").Diagnostics, d => d.Code == Messages.TruncatedTableCode);
    }

    /// <summary>
    /// Broken pages read to a document without throwing, every diagnostic naming the file, and nothing invented: no
    /// table where no table was printed, and every amount a table row holds printed on the line its row names.
    /// </summary>
    [Theory]
    [InlineData("", 0)]
    [InlineData("\f\f\f", 0)]
    [InlineData("表1\n", 0)]
    [InlineData("收支总表\n   项目     预算数\n", 1)]
    [InlineData("                 .62\n.17  .45   \f .01\n2,00.0   -   —\n", 0)]
    // The second page repeats the title: a continuation of the one table.
    [InlineData("收支总表\n部门名称：\n单位：万元\n  项目    预算数\n一、财政拨款   1.00\n\f收支总表\n\n  项目  预算数  其他\n   .5\n", 1)]
    public void Bad_documents_never_throw(string text, int tables)
    {
        foreach (var layout in new[] { TextLayout.PdftotextLayout, TextLayout.Pdftotext })
        {
            var read = TextDocumentReader.ReadText(text, "bad.txt", new TextReadOptions { Layout = layout });
            Assert.NotNull(read.Value);
            Assert.All(read.Diagnostics, d => Assert.Equal("bad.txt", d.Source.File));
            if (layout == TextLayout.PdftotextLayout) Assert.Equal(tables, read.Value.Tables.Count());
            var lines = text.Split('\n');
            foreach (var row in read.Value.Tables.SelectMany(t => t.BodyRows))
                foreach (var cell in row.Cells.Where(c => BudgetDisclosure.Model.Amount.LooksLikeNumber(c.Text)))
                    Assert.Contains(cell.Text, lines[cell.Source.Line - 1], StringComparison.Ordinal);
        }
    }
}
