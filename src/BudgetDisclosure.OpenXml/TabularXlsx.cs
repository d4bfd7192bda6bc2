namespace BudgetDisclosure.OpenXml;

/// <summary>A sheet of a tabular workbook: a header row and rows of text, numbers and blanks.</summary>
public sealed record TabularSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>
/// Tidy data as a workbook, one sheet per table, header frozen: what <c>budget query --format xlsx</c> and
/// <c>budget export --format xlsx</c> write. Amounts stay numbers (decimal) so a spreadsheet sums them.
/// </summary>
public static class TabularXlsx
{
    public static void Write(Stream stream, IEnumerable<TabularSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        using var workbook = new WorkbookBuilder(stream);
        foreach (var sheet in sheets)
        {
            workbook.AddSheet(XlsxWriter.SheetName(sheet.Name), builder =>
            {
                builder.Row([.. sheet.Header], WorkbookBuilder.Header);
                builder.FreezeBelow(1);
                foreach (var row in sheet.Rows)
                    builder.Row([.. row.Select(v => v is decimal or int or string or null ? v : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))], WorkbookBuilder.Plain);
                for (var i = 0; i < sheet.Header.Count; i++) builder.ColumnWidth(i + 1, i + 1, Math.Clamp(sheet.Header[i].Length * 2.2 + 4, 8, 40));
            });
        }
    }
}
