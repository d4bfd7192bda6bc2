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
        var source = new SourceLocation("a.pdf", 211, 4) { LineIsLayout = true };
        var at = new FindingLocation(source) { TableNumber = "2", Code = "208", Column = "合计" };
        Assert.Equal("a.pdf(p4,表2,208,合计)", at.ToCompilerString());
        Assert.Equal("第 4 页", source.PlaceInWords);
        Assert.Equal(0, source.FileLine);
    }

    [Fact]
    public void An_unnamed_column_leaves_no_empty_part() =>
        Assert.Equal("a.pdf(p30,表8,301)", new FindingLocation(new SourceLocation("a.pdf", 0, 30)) { TableNumber = "8", Code = "301", Column = "" }.ToCompilerString());
}
