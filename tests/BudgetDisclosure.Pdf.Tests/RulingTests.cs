using BudgetDisclosure.Documents;
using BudgetDisclosure.Pdf.Tests.Support;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Pdf.Tests;

/// <summary>Splitting at vertical ruling lines keeps apart cells printed too close for the gap rule.</summary>
public class RulingTests
{
    private static TableRowText Row(bool rulings)
    {
        var result = TestPipelines.Pdf(new PdfReadOptions { UseRulingLines = rulings }).ReadDocument(Corpus.Pdf("广州__信访局_2026年部门预算.pdf"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var table = Assert.Single(result.Value!.Tables, t => t.Title == "部门预算项目支出及其他支出预算表");
        Assert.Equal(19, table.Source.Page);
        return Assert.Single(table.BodyRows, r => r.Cells.Any(c => c.Text == "市人民来访接待厅专项经费"));
    }

    [SkippableFact]
    public void An_amount_right_against_the_next_cell_is_split_at_the_cell_border()
    {
        // 其他资金 "0.00" ends a fraction of an em before the 绩效目标 text of the next cell, on the same baseline as one
        // of its wrapped lines: by the gap alone they read as one piece of text. The border between an amount and text
        // cuts them even when rulings are not used everywhere (they used to stay glued as "0.00转，为信访群众").
        foreach (var rulings in new[] { false, true })
        {
            var split = Row(rulings);
            Assert.DoesNotContain(split.Cells, c => c.Text.Contains("0.00转", StringComparison.Ordinal));
            Assert.Equal(4, split.Cells.Count(c => c.Text == "0.00"));
            Assert.Contains(split.Cells, c => c.Text.Contains("正常运转，为信访群众", StringComparison.Ordinal));
        }
    }
}
