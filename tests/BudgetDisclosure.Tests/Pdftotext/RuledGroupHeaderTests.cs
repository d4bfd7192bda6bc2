using BudgetDisclosure.Documents;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Reading.Pdftotext;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Pdftotext;

/// <summary>
/// 深圳 审计局's 收入总表 as the PDF reader lays it out: 财政拨款 and 单位资金 side by side on one header line, each centred
/// over three sub-columns, so each covers the middle of its middle sub-column only. The PDF reader knows from the
/// rulings that they are cells spanning their sub-columns, and passes their extents in <see cref="PageGeometry"/>.
/// </summary>
public class RuledGroupHeaderTests
{
    private static TableBlock Read(PageGeometry? geometry)
    {
        var text = Fixtures.Read("pdftotext", "layout-ruled-group-headers.txt").Replace("\r", "", StringComparison.Ordinal);
        var lines = text.Split('\n').Select((t, i) => new SourceLine(i + 1, 1, t) { Kind = BudgetDisclosure.Model.LineKind.Layout }).ToList();
        var blocks = new PdftotextLayoutParser(geometry).Parse(lines, "fixture.pdf", []);
        return Assert.Single(blocks.OfType<TableBlock>());
    }

    private static PageGeometry Spans()
    {
        var geometry = new PageGeometry();
        // Grid extents of the three spanning cells (本年收入 over both groups, 财政拨款 over 一般公共预算 … 国有资本预算,
        // 单位资金 over 事业收入 … 其他收入); the points do not matter here.
        geometry.Add(1, 62, "本年收入", 0, 0, (22, 104));
        geometry.Add(1, 41, "财政拨款", 0, 0, (22, 62));
        geometry.Add(1, 83, "单位资金", 0, 0, (64, 104));
        return geometry;
    }

    private static string Header(TableBlock table, string leaf)
    {
        var column = Enumerable.Range(0, table.ColumnCount).Single(i => table.HeaderRows[^1][i] == leaf);
        return string.Join("/", table.HeaderRows.Select(r => r[column]).Where(t => t.Length > 0));
    }

    [Fact]
    public void Spanning_cells_head_their_sub_columns()
    {
        var table = Read(Spans());
        Assert.Equal("本年收入财政拨款/一般公共预算", Header(table, "一般公共预算"));
        Assert.Equal("本年收入财政拨款/政府性基金预算", Header(table, "政府性基金预算"));
        Assert.Equal("本年收入单位资金/上级补助收入", Header(table, "上级补助收入"));
        Assert.Equal("本年收入单位资金/其他收入", Header(table, "其他收入"));
        var row = Assert.Single(table.BodyRows);
        Assert.Equal("10.00", row[Enumerable.Range(0, table.ColumnCount).Single(i => table.HeaderRows[^1][i] == "上级补助收入")]);
    }

    [Fact]
    public void Without_the_rulings_the_side_by_side_group_words_are_read_into_their_middle_columns()
    {
        // What the text alone allows (and what pdftotext's route reads): the group word joins the middle sub-column.
        var table = Read(null);
        Assert.Contains(table.HeaderRows[^1].Cells, c => c.Text.Contains("单位资金上级补助收入", StringComparison.Ordinal));
    }
}
