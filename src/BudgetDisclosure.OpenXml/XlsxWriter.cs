using System.Globalization;
using BudgetDisclosure.Model;
using BudgetDisclosure.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetDisclosure.OpenXml;

/// <summary>
/// Writes a composed disclosure as a workbook: a sheet per table (caption rows, merged multi-level header, amounts as
/// numbers with a number format that prints their decimals, notes below), and the text between tables on sheets of
/// their own, one paragraph per row with an empty row between, so each paragraph reads back as a paragraph.
/// </summary>
public static class XlsxWriter
{
    public static void Write(ComposedDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(document, stream);
    }

    public static void Write(ComposedDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var book = new WorkbookBuilder(stream);
        var text = new List<Block>();
        var textSheets = 0;
        void FlushText()
        {
            if (text.Count == 0) return;
            textSheets++;
            var first = text.OfType<HeadingBlock>().Select(h => h.Text).FirstOrDefault(h => h.StartsWith('第')) ?? "文字";
            book.AddSheet(SheetName($"{textSheets}-{first}"), sheet =>
            {
                foreach (var block in text)
                {
                    var line = block switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => null };
                    if (line is null) continue;
                    sheet.Row([line], block is HeadingBlock ? WorkbookBuilder.Bold : WorkbookBuilder.Plain);
                    sheet.Blank();
                }
                sheet.ColumnWidth(1, 1, 120);
            });
            text.Clear();
        }
        var forms = 0;
        foreach (var block in document.Blocks)
        {
            if (block is not TableBlock t) { text.Add(block); continue; }
            FlushText();
            var name = t.Table.Number is { } number ? $"{number.Replace(" ", "", StringComparison.Ordinal)} {t.Table.Title}" : $"绩效{++forms} {t.Table.Title}";
            book.AddSheet(SheetName(name), sheet => WriteTable(sheet, t.Table));
        }
        FlushText();
    }

    /// <summary>Sheet names: at most 31 characters, none of []:*?/\.</summary>
    internal static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim();
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static void WriteTable(SheetBuilder sheet, ComposedTable table)
    {
        if (table.Number is not null) sheet.Row([table.Number], WorkbookBuilder.Plain);
        sheet.Row([table.Title], WorkbookBuilder.Title);
        sheet.Merge(sheet.CurrentRow, 1, sheet.CurrentRow, table.ColumnCount);
        if (table.Subtitle is not null) sheet.Row([table.Subtitle], WorkbookBuilder.Plain);
        if (table.Preparer is not null) sheet.Row([table.Preparer], WorkbookBuilder.Plain);
        if (table.UnitCaption is not null) sheet.Row([table.UnitCaption], WorkbookBuilder.Plain);
        WriteRows(sheet, table.Header, table.ColumnCount, header: true);
        if (table.Header.Count > 0) sheet.FreezeBelow(sheet.CurrentRow);
        WriteRows(sheet, table.Body, table.ColumnCount, header: false);
        foreach (var note in table.Notes) sheet.Row([note], WorkbookBuilder.Plain);
        var labelColumns = table.Body.SelectMany(r => r.Cells).Where(c => c.Role is CellRole.Label or CellRole.Text).Select(c => c.Column).Distinct().ToHashSet();
        var codeColumns = table.Body.SelectMany(r => r.Cells).Where(c => c.Role == CellRole.Code).Select(c => c.Column).Distinct().ToHashSet();
        for (var c = 0; c < table.ColumnCount; c++)
            sheet.ColumnWidth(c + 1, c + 1, codeColumns.Contains(c) ? 6 : labelColumns.Contains(c) ? 34 : 14);
    }

    private static void WriteRows(SheetBuilder sheet, IReadOnlyList<GridRow> rows, int columns, bool header)
    {
        foreach (var row in rows)
        {
            var r = sheet.CurrentRow + 1;
            var cells = new List<(int Column, object? Value, uint Style)>();
            var covered = new HashSet<int>();
            foreach (var cell in row.Cells)
            {
                var style = header || cell.Role == CellRole.Header ? WorkbookBuilder.Header
                    : cell.Role == CellRole.Amount ? WorkbookBuilder.Number(Amount.Parse(cell.Text).Decimals, row.IsTotal)
                    : row.IsTotal ? WorkbookBuilder.BoxedBold : WorkbookBuilder.Boxed;
                object? value = cell.Role == CellRole.Amount && Amount.Parse(cell.Text) is { IsNumber: true } a ? a.Value : cell.Text;
                cells.Add((cell.Column + 1, value, style));
                for (var dc = 0; dc < cell.ColSpan; dc++)
                    for (var dr = 0; dr < cell.RowSpan; dr++)
                        if (dc > 0 || dr > 0) covered.Add(cell.Column + dc);
                if (cell.ColSpan > 1 || cell.RowSpan > 1) sheet.Merge(r, cell.Column + 1, r + cell.RowSpan - 1, cell.Column + cell.ColSpan);
            }
            // Every cell of the grid gets its border, including the empty ones and those under a merge.
            var present = cells.Select(c => c.Column).ToHashSet();
            for (var c = 1; c <= columns; c++)
                if (!present.Contains(c)) cells.Add((c, null, header ? WorkbookBuilder.Header : WorkbookBuilder.Boxed));
            sheet.Row(r, [.. cells.OrderBy(c => c.Column)]);
        }
    }
}

/// <summary>A small workbook writer over the OpenXml SDK: inline strings, a fixed set of cell formats, merges, widths.</summary>
internal sealed class WorkbookBuilder : IDisposable
{
    public const uint Plain = 0;
    public const uint Title = 1;
    public const uint Bold = 2;
    public const uint Header = 3;
    public const uint Boxed = 4;
    public const uint BoxedBold = 5;
    public const uint Input = 6;
    public const uint InputNumber = 7;
    private const uint NumberBase = 8; // 8..11 plain 0–3 decimals, 12..15 bold

    /// <summary>The format for an amount printed with <paramref name="decimals"/> decimals (0–3; more print as 3).</summary>
    public static uint Number(int decimals, bool bold = false) => NumberBase + (uint)Math.Clamp(decimals, 0, 3) + (bold ? 4u : 0u);

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly Sheets _sheets;
    private uint _sheetId;

    public WorkbookBuilder(Stream stream)
    {
        _document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        _workbook.Workbook = new Workbook();
        _sheets = _workbook.Workbook.AppendChild(new Sheets());
        var styles = _workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
    }

    public void AddSheet(string name, Action<SheetBuilder> fill)
    {
        var part = _workbook.AddNewPart<WorksheetPart>();
        var sheet = new SheetBuilder();
        fill(sheet);
        part.Worksheet = sheet.Build();
        var unique = name;
        for (var n = 2; _sheets.Elements<Sheet>().Any(s => s.Name?.Value == unique); n++)
            unique = name.Length > 27 ? name[..27] + "~" + n.ToString(CultureInfo.InvariantCulture) : name + "~" + n.ToString(CultureInfo.InvariantCulture);
        _sheets.Append(new Sheet { Id = _workbook.GetIdOfPart(part), SheetId = ++_sheetId, Name = unique });
    }

    public void Dispose()
    {
        _workbook.Workbook.Save();
        _document.Dispose();
    }

    private static Stylesheet Stylesheet()
    {
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var formats = new CellFormats(
            new CellFormat(),                                                                                     // 0 plain
            new CellFormat { FontId = 2, ApplyFont = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center } }, // 1 title
            new CellFormat { FontId = 1, ApplyFont = true },                                                     // 2 bold
            new CellFormat { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true } }, // 3 header
            new CellFormat { BorderId = 1, ApplyBorder = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true } }, // 4 boxed
            new CellFormat { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true } }, // 5 boxed bold
            new CellFormat { FillId = 3, BorderId = 1, ApplyFill = true, ApplyBorder = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true } }, // 6 input
            new CellFormat { NumberFormatId = 166, FillId = 3, BorderId = 1, ApplyFill = true, ApplyBorder = true, ApplyNumberFormat = true }); // 7 input number
        // #,##0 … #,##0.000: the reader prints a number as its format does, so the format carries the printed decimals.
        foreach (var bold in new[] { false, true })
            for (uint decimals = 0; decimals <= 3; decimals++)
                formats.Append(new CellFormat { NumberFormatId = 164 + decimals, FontId = bold ? 1u : 0u, BorderId = 1, ApplyNumberFormat = true, ApplyBorder = true, ApplyFont = bold });
        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.0" },
                new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.00" },
                new NumberingFormat { NumberFormatId = 167, FormatCode = "#,##0.000" })
            { Count = 4 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = "黑体" }))
            { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF8DC" }) { PatternType = PatternValues.Solid }))
            { Count = 4 },
            new Borders(new Border(), thin) { Count = 2 },
            formats);
    }
}

/// <summary>One worksheet being written: rows in order, merges, column widths and a frozen header.</summary>
internal sealed class SheetBuilder
{
    private readonly SheetData _data = new();
    private readonly List<string> _merges = [];
    private readonly List<Column> _columns = [];
    private int? _freezeBelow;

    public int CurrentRow { get; private set; }

    public void Blank() => CurrentRow++;

    public void Row(IReadOnlyList<object?> values, uint style) =>
        Row(CurrentRow + 1, [.. values.Select((v, i) => (i + 1, v, style))]);

    public void Row(int rowIndex, IReadOnlyList<(int Column, object? Value, uint Style)> cells)
    {
        var row = new Row { RowIndex = (uint)rowIndex };
        foreach (var (column, value, style) in cells)
        {
            var reference = Reference(column, rowIndex);
            var cell = value switch
            {
                decimal d => new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
                int n => new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
                string { Length: > 0 } s => new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve }) },
                _ => new Cell { CellReference = reference, StyleIndex = style },
            };
            row.Append(cell);
        }
        _data.Append(row);
        CurrentRow = rowIndex;
    }

    public void Merge(int top, int left, int bottom, int right)
    {
        if (top == bottom && left == right) return;
        _merges.Add($"{Reference(left, top)}:{Reference(right, bottom)}");
    }

    public void ColumnWidth(int min, int max, double width) =>
        _columns.Add(new Column { Min = (uint)min, Max = (uint)max, Width = width, CustomWidth = true });

    public void FreezeBelow(int row) => _freezeBelow = row;

    public Worksheet Build()
    {
        var worksheet = new Worksheet();
        if (_freezeBelow is { } f)
            worksheet.Append(new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = f,
                TopLeftCell = Reference(1, f + 1),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
            { WorkbookViewId = 0 }));
        if (_columns.Count > 0) worksheet.Append(new Columns(_columns));
        worksheet.Append(_data);
        if (_merges.Count > 0) worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        return worksheet;
    }

    public static string Reference(int column, int row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int n)
    {
        var s = "";
        for (; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
