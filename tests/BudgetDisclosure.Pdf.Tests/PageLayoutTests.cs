namespace BudgetDisclosure.Pdf.Tests;

/// <summary>The grid layout on chunks placed by hand: what the pdftotext layout parser relies on.</summary>
public class PageLayoutTests
{
    /// <summary>A chunk of equally wide characters starting at <paramref name="x"/> on baseline <paramref name="y"/>.</summary>
    private static Chunk Chunk(string text, double x, double y, double charWidth, double size = 8) =>
        new(text, [.. Enumerable.Range(0, text.Length + 1).Select(i => x + i * charWidth)], y, size);

    [Fact]
    public void Right_aligned_amounts_share_their_right_column_and_cells_stay_two_spaces_apart()
    {
        var lines = PageLayout.Render(
        [
            Chunk("科目名称", 10, 700, 8),
            Chunk("合计", 104, 700, 8),
            Chunk("行政运行", 10, 680, 8),
            Chunk("3,558.35", 98, 680, 4),
            Chunk("审计业务", 10, 664, 8),
            Chunk("592.50", 106, 664, 4),
        ]);
        var rows = lines.Where(l => l.Length > 0).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(rows[1].Length, rows[2].Length);
        Assert.EndsWith("3,558.35", rows[1], StringComparison.Ordinal);
        Assert.EndsWith("592.50", rows[2], StringComparison.Ordinal);
        Assert.Contains("行政运行  ", rows[1], StringComparison.Ordinal);
        // The header word sits over the amounts' column, not left of it.
        Assert.InRange(rows[0].IndexOf("合计", StringComparison.Ordinal), rows[1].IndexOf('3', StringComparison.Ordinal) - 1, rows[1].Length);
    }

    [Fact]
    public void Wide_vertical_gaps_become_blank_lines_and_a_line_keeps_its_pieces_in_order()
    {
        var lines = PageLayout.Render(
        [
            Chunk("一、收入", 10, 700, 8),
            Chunk("100.00", 90, 700, 4),
            Chunk("二、支出", 10, 660, 8),
        ]);
        // 40 pt at 8 pt type is five ems: five line breaks, four of them blank lines (pdftotext caps at five).
        Assert.Equal(["一、收入", "", "", "", "", "二、支出"], lines.Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? ""));
        Assert.Contains("100.00", lines[0], StringComparison.Ordinal);
    }
}
