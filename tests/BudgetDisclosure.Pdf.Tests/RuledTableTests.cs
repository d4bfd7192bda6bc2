using BudgetDisclosure.Documents;
using BudgetDisclosure.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Pdf.Tests;

/// <summary>
/// Ruled tables laid out by their cells, on small PDFs drawn here: borders as stroked lines, text in Helvetica.
/// Columns (pt): Item 50–170, Total 170–250, Basic 250–330, Project 330–410.
/// </summary>
public class RuledTableTests
{
    private static readonly double[] Columns = [50, 170, 250, 330, 410];

    /// <summary>
    /// Draws the grid (row borders top to bottom) without the borders listed in <paramref name="open"/> — a horizontal
    /// one as (row border, column), a vertical one as (row, -1 - column border) — and the texts.
    /// </summary>
    private static List<string> Lay(double[] rows, IEnumerable<(int Row, int Column)> open, params (string Text, double X, double Y)[] texts) =>
        [.. LayPage(rows, open, texts).Lines.Where(l => l.Trim().Length > 0)];

    private static (List<string> Lines, List<Chunk> Chunks) LayPage(double[] rows, IEnumerable<(int Row, int Column)> open, params (string Text, double X, double Y)[] texts)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var skipped = open.ToHashSet();
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c + 1 < Columns.Length; c++)
                if (!skipped.Contains((r, c)))
                    page.DrawLine(new PdfPoint(Columns[c], rows[r]), new PdfPoint(Columns[c + 1], rows[r]), 0.5);
        for (var r = 0; r + 1 < rows.Length; r++)
            for (var c = 0; c < Columns.Length; c++)
                if (!skipped.Contains((r, -1 - c)))
                    page.DrawLine(new PdfPoint(Columns[c], rows[r]), new PdfPoint(Columns[c], rows[r + 1]), 0.5);
        foreach (var (text, x, y) in texts) page.AddText(text, 9, new PdfPoint(x, y), font);
        using var document = PdfDocument.Open(builder.Build());
        var read = document.GetPage(1);
        var rulings = Rulings.Read(read.Paths, 10_000);
        var tables = RuledTable.Find(rulings);
        Assert.Single(tables);
        return PageLayout.Page(PageLayout.Glyphs(read.Letters), rulings, false, tables);
    }

    [Fact]
    public void Column_spanning_cell_carries_the_extent_of_its_columns()
    {
        // "Budget" spans Basic and Project; the layout parser is told the whole extent, as its centred text covers
        // the middle of neither sub-column.
        var (_, chunks) = LayPage([700, 685, 670, 655], [(1, 0), (1, 1), (0, -4)],
            ("Item", 55, 680), ("Total", 175, 680), ("Budget", 315, 690),
            ("Basic", 255, 674), ("Project", 335, 674),
            ("Fees", 55, 659), ("12.50", 225, 659), ("10.00", 305, 659), ("2.50", 390, 659));
        var group = chunks.Single(c => c.Text == "Budget");
        var (start, end) = Assert.NotNull(group.Ruled);
        Assert.True(start <= chunks.Single(c => c.Text == "10.00").Column, $"{start}..{end}");
        Assert.True(end >= chunks.Single(c => c.Text == "2.50").Column + 4, $"{start}..{end}");
        // Cells of one column carry none.
        Assert.All(chunks.Where(c => c.Text != "Budget"), c => Assert.Null(c.Ruled));
    }

    [Fact]
    public void Wrapped_header_cell_is_read_as_one_header()
    {
        // "Project" over "spending" stacked in one header cell; the other headers on one line in the middle.
        var lines = Lay([700, 670, 655], [],
            ("Item", 55, 682), ("Total", 175, 682), ("Basic", 255, 682), ("Project", 335, 688), ("spending", 335, 677),
            ("Fees", 55, 659), ("12.50", 225, 659), ("10.00", 305, 659), ("2.50", 390, 659));
        Assert.Equal(2, lines.Count);
        Assert.Contains("Project spending", lines[0], StringComparison.Ordinal);
        // Each amount ends where its column's header cell ends on the grid: one column per ruled column.
        Assert.DoesNotContain("spending", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("2.50", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Column_spanning_group_header_is_centred_over_its_columns()
    {
        // "Budget" spans Basic and Project (no border between them in the top row).
        var lines = Lay([700, 685, 670, 655], [(1, 0), (1, 1), (0, -4)],
            ("Item", 55, 680), ("Total", 175, 680), ("Budget", 315, 690),
            ("Basic", 255, 674), ("Project", 335, 674),
            ("Fees", 55, 659), ("12.50", 225, 659), ("10.00", 305, 659), ("2.50", 390, 659));
        var group = lines.Single(l => l.Contains("Budget", StringComparison.Ordinal));
        var sub = lines.Single(l => l.Contains("Basic", StringComparison.Ordinal));
        var at = group.IndexOf("Budget", StringComparison.Ordinal);
        Assert.InRange(at, sub.IndexOf("Basic", StringComparison.Ordinal), sub.IndexOf("Project", StringComparison.Ordinal) + "Project".Length);
        // Item and Total span both header rows: on one line between the group and its sub-headers, or with the group.
        Assert.DoesNotContain(lines, l => l.Contains("Item", StringComparison.Ordinal) && l.Contains("Basic", StringComparison.Ordinal));
    }

    [Fact]
    public void Row_split_across_lines_stays_one_row()
    {
        // The name wraps onto a second line inside its cell; the amounts stand once, in the middle of the row.
        var lines = Lay([700, 685, 655], [],
            ("Item", 55, 689), ("Total", 175, 689), ("Basic", 255, 689), ("Project", 335, 689),
            ("Political", 55, 673), ("affairs", 55, 662), ("12.50", 225, 667), ("10.00", 305, 667), ("2.50", 390, 667));
        Assert.True(lines.Count == 2 && lines[1].Contains("Political affairs", StringComparison.Ordinal), string.Join("|", lines));
        Assert.Contains("12.50", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_the_table_does_not_rule_apart_keep_their_own_lines()
    {
        // Only the header is ruled off: the body is one tall band holding two rows; they must not be joined.
        var lines = Lay([700, 685, 640], [],
            ("Item", 55, 689), ("Total", 175, 689), ("Basic", 255, 689), ("Project", 335, 689),
            ("Fees", 55, 672), ("12.50", 225, 672), ("10.00", 305, 672), ("2.50", 390, 672),
            ("Rent", 55, 655), ("3.00", 225, 655), ("3.00", 305, 655));
        Assert.True(lines.Count == 3, string.Join("|", lines));
        Assert.True(lines[1].TrimStart().StartsWith("Fees", StringComparison.Ordinal), string.Join("|", lines));
        Assert.StartsWith("Rent", lines[2].TrimStart(), StringComparison.Ordinal);
        Assert.Equal(lines[1].IndexOf("10.00", StringComparison.Ordinal), lines[2].LastIndexOf("3.00", StringComparison.Ordinal) - 1);
    }
}

/// <summary>Corpus tables read with <see cref="PdfReadOptions.UseRuledCells"/>; values read off the rendered pages.</summary>
public class RuledTableCorpusTests
{
    private static TableBlock Read(string name, string title)
    {
        var result = TestPipelines.Pdf(new PdfReadOptions { UseRuledCells = true }).ReadDocument(Corpus.Pdf(name));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Value!.Tables, t => t.Title == title);
    }

    [SkippableFact]
    public void Yantai_audit_continued_spending_page_keeps_its_amounts_under_their_headers()
    {
        // Page 11 (printed 10) ends 表3 with 221 住房保障支出, 204.86 under 合计 and under 基本支出, its children on the next
        // page under a repeated header (the grid by glyph gaps put the continued 204.86 under 基本支出 and 结转下年).
        var table = Read("烟台__2026年烟台市审计局部门预算.pdf", "支出总体情况表");
        var header = table.HeaderRows[^1];
        var names = Enumerable.Range(0, header.Cells.Count).Select(i => header[i]).ToList();
        int total = names.IndexOf("合计"), basic = names.IndexOf("基本支出");
        var row = Assert.Single(table.BodyRows, r => r.Cells.Any(c => c.Text == "住房保障支出"));
        Assert.Equal("204.86", row.Cells[total].Text);
        Assert.Equal("204.86", row.Cells[basic].Text);
    }
}
