using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>Findings send a person where they can look: a line of a text file, a page of a PDF.</summary>
public class SourcePlaceTests
{
    [Fact]
    public void A_text_line_is_shown_as_the_line()
    {
        var at = new FindingLocation(new SourceLocation("a.txt", 211, 4)) { TableNumber = "2", Code = "208", Column = "合计" };
        Assert.Equal("a.txt(211,表2,208,合计)", at.ToCompilerString());
    }

    [Fact]
    public void A_line_of_the_pdf_layout_is_shown_as_its_page()
    {
        // The PDF reader's lines are its own layout of the page: nobody can look up "line 211" of a PDF.
        var source = new SourceLocation("a.pdf", 211, 4) { LineKind = LineKind.Layout };
        var at = new FindingLocation(source) { TableNumber = "2", Code = "208", Column = "合计" };
        Assert.Equal("a.pdf(p4,表2,208,合计)", at.ToCompilerString());
        Assert.Equal("第 4 页", source.PlaceInWords.ToString(MessageLanguage.Chinese));
        Assert.Equal("page 4", source.PlaceInWords.ToString(MessageLanguage.English));
        Assert.Equal(0, source.FileLine);
    }

    [Fact]
    public void An_unnamed_column_leaves_no_empty_part() =>
        Assert.Equal("a.pdf(p30,表8,301)", new FindingLocation(new SourceLocation("a.pdf", 0, 30)) { TableNumber = "8", Code = "301", Column = "" }.ToCompilerString());
}

public class OfficePlaceTests
{
    [Fact]
    public void A_worksheet_row_is_shown_with_its_sheet()
    {
        var source = new SourceLocation("a.xlsx", 5, 3) { LineKind = LineKind.SheetRow, Sheet = "表2 收入总表" };
        Assert.Equal("表2 收入总表!5", source.Place);
        Assert.Equal("工作表“表2 收入总表”第 5 行", source.PlaceInWords.ToString(MessageLanguage.Chinese));
    }

    [Fact]
    public void A_block_of_a_word_document_is_shown_as_a_paragraph_mark() =>
        Assert.Equal("a.docx:¶57", new SourceLocation("a.docx", 57) { LineKind = LineKind.Block }.ToString());
}
