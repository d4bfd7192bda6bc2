using BudgetDisclosure.Documents;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Pdftotext;

/// <summary>
/// Layouts the PDF reader produces for 西安 医疗保障局 (amounts in 元, whole ones printed without decimals) and 深圳
/// 财政局 (a continued page whose names are all short), read by the pdftotext-layout parser.
/// </summary>
public class WholeAmountAndShortNameTests
{
    private static IReadOnlyList<TableBlock> Tables(string name) =>
        [.. TextDocumentReader.ReadText(Fixtures.Read("pdftotext", name), name).Value!.Tables];

    private static int Column(TableBlock table, string header) =>
        Enumerable.Range(0, table.ColumnCount).Single(i => table.HeaderRows[^1][i] == header);

    private static TableRowText RowWith(TableBlock table, string cell) =>
        table.BodyRows.Single(r => r.Cells.Any(c => c.Text == cell));

    [Fact]
    public void Whole_amounts_after_the_name_share_the_column_of_amounts_with_decimals()
    {
        var table = Tables("layout-whole-amounts.txt")[0];
        // 功能科目编码, 功能科目名称 and the four amount columns: no column of whole numbers beside 合计.
        Assert.Equal(6, table.ColumnCount);
        var total = Column(table, "合计");
        Assert.Equal("390000", RowWith(table, "205")[total]);
        Assert.Equal("53680000", RowWith(table, "2101102")[total]);
        Assert.Equal("1948860.94", RowWith(table, "208")[total]);
        Assert.Equal("3600000", RowWith(table, "2101103")[Column(table, "专项业务经费支出")]);
    }

    [Fact]
    public void A_code_between_two_names_stays_a_code_and_whole_amounts_after_it_are_amounts()
    {
        var table = Tables("layout-whole-amounts.txt")[1];
        Assert.Equal(7, table.ColumnCount);
        var row = RowWith(table, "30103");
        Assert.Equal("50101", row[Column(table, "政府经济科目编码")]);
        Assert.Equal("2910000", row[Column(table, "合计")]);
        Assert.Equal("2910000", row[Column(table, "人员经费支出")]);
        var other = RowWith(table, "30239");
        Assert.Equal(["962778", "932778", "30000"], new[] { "合计", "人员经费支出", "公用经费支出" }.Select(h => other[Column(table, h)]));
    }

    [Fact]
    public void A_header_right_of_short_names_heads_their_column()
    {
        var table = Assert.Single(Tables("layout-short-names-header.txt"));
        var names = Column(table, "科目名称");
        Assert.Equal("住房保障支出", RowWith(table, "221")[names]);
        Assert.Equal("购房补贴", RowWith(table, "2210203")[names]);
        Assert.Equal("221", RowWith(table, "221")[Column(table, "科目编码")]);
        Assert.Equal("2,220.22", RowWith(table, "2210203")[Column(table, "支出总计")]);
    }
}
