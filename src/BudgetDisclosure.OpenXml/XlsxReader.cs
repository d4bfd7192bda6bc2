using System.Globalization;
using System.IO.Packaging;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetDisclosure.OpenXml;

/// <summary>
/// Reads a disclosure published as Excel (XLSX): each visible sheet's visible rows become lines of tab-separated
/// cells; values are printed as the cell's number format prints them (cached values of formulas included); merged
/// cells keep their value in the top-left cell. Rows before a sheet's table (its title, 编制单位, 单位：万元) and after
/// it (notes) become plain text lines, so the tab-layout passes find captions and notes as they do in text. A line
/// is located by the row's number and the sheet's ordinal (as its page).
/// </summary>
public static class XlsxReader
{
    /// <summary>Reads an XLSX package from a seekable stream (left open); <paramref name="path"/> names it in diagnostics.</summary>
    public static ReadResult<SourceDocument> Read(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        if (PackageGuard.Check(stream, path, "XLSX") is { } refused) return ReadResult.Failed<SourceDocument>(refused);
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook?.Sheets is null)
                return ReadResult.Failed<SourceDocument>(new(DiagnosticSeverity.Error, OpenXmlMessages.CorruptFileCode, OpenXmlMessages.CorruptFile("XLSX", "没有工作表"), new SourceLocation(path, 0)));
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var formats = NumberFormats.From(workbook.WorkbookStylesPart?.Stylesheet);
            var lines = new List<ExtractedLine>();
            var notes = new List<ReadDiagnostic>();
            var ordinal = 0;
            foreach (var sheet in workbook.Workbook.Sheets.Elements<Sheet>())
            {
                ordinal++;
                var name = sheet.Name?.Value ?? ordinal.ToString(CultureInfo.InvariantCulture);
                if (sheet.State is { } state && state.Value != SheetStateValues.Visible)
                {
                    notes.Add(new(DiagnosticSeverity.Info, OpenXmlMessages.HiddenSheetCode, OpenXmlMessages.HiddenSheet(name), new SourceLocation(path, 0, ordinal)));
                    continue;
                }
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                if (part.Worksheet is not { } worksheet)
                {
                    // An empty or unparsable sheet part: the other sheets are still worth reading.
                    notes.Add(new(DiagnosticSeverity.Warning, OpenXmlMessages.DamagedSheetCode, OpenXmlMessages.DamagedSheet(name), new SourceLocation(path, 0, ordinal)));
                    continue;
                }
                SheetLines(worksheet, strings, formats, ordinal, name, path, lines, notes);
                lines.Add(new ExtractedLine("", 0, ordinal) { Kind = LineKind.SheetRow, Sheet = name });
            }
            var read = TextDocumentReader.ReadExtractedLines(lines, path);
            return read with { Diagnostics = [.. notes, .. read.Diagnostics] };
        }
        catch (Exception ex) when (DocxReader.IsDamagedPackage(ex))
        {
            return ReadResult.Failed<SourceDocument>(DocxReader.Failure(ex, path, "XLSX"));
        }
    }

    private static void SheetLines(Worksheet worksheet, string[] strings, NumberFormats formats, int ordinal, string name, string path,
        List<ExtractedLine> lines, List<ReadDiagnostic> notes)
    {
        var hiddenColumns = new HashSet<int>();
        foreach (var column in worksheet.GetFirstChild<Columns>()?.Elements<Column>() ?? [])
            if (Attribute.Of(column.Hidden) == true && Attribute.Of(column.Min) is { } min && Attribute.Of(column.Max) is { } max)
                for (var c = Math.Max(min, 1u); c <= max && c <= MaxColumn; c++) hiddenColumns.Add((int)c);

        var rows = new List<(int Number, SortedDictionary<int, string> Cells, int Present)>();
        var hiddenRows = 0;
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            if (Attribute.Of(row.Hidden) == true) { hiddenRows++; continue; }
            var number = Attribute.Of(row.RowIndex) is { } index && index <= MaxRow ? (int)index : rows.Count + 1;
            var cells = new SortedDictionary<int, string>();
            var next = 1;
            var present = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : next;
                next = column + 1;
                // Past XFD is no cell of a sheet Excel can show; laying rows out to such a column would cost gigabytes.
                if (column > MaxColumn || hiddenColumns.Contains(column)) continue;
                present++;
                var text = Value(cell, strings, formats).Replace('\t', ' ').Replace('\n', ' ').Trim();
                if (text.Length > 0) cells[column] = text;
            }
            rows.Add((number, cells, present));
        }
        if (hiddenRows > 0 || hiddenColumns.Count > 0)
            notes.Add(new(DiagnosticSeverity.Info, OpenXmlMessages.HiddenRowsCode, OpenXmlMessages.HiddenRows(name, hiddenRows, hiddenColumns.Count), new SourceLocation(path, 0, ordinal)));

        // The table spans from its first row that is not a caption (title, 编制单位, 单位：万元 — alone or side by side)
        // to the last row of two or more cells; what is outside it is read as lines of text.
        var first = rows.FindIndex(r => r.Cells.Count >= 2 && !r.Cells.Values.All(IsCaption));
        var last = rows.FindLastIndex(r => r.Cells.Count >= 2);
        // A total row of an empty table prints its label alone, its amount cells there but blank ("总计" over four
        // boxed empty cells): still a row of the table, not a line of text after it. A note below is never one.
        while (first >= 0 && last >= 0 && last + 1 < rows.Count && rows[last + 1].Present >= 2 && rows[last + 1].Cells.Count > 0
               && !IsNote(rows[last + 1].Cells.Values.First()))
            last++;
        var firstColumn = rows.Where(r => r.Cells.Count > 0).Select(r => r.Cells.Keys.First()).DefaultIfEmpty(1).Min();
        var lastColumn = rows.Where(r => r.Cells.Count > 0).Select(r => r.Cells.Keys.Last()).DefaultIfEmpty(1).Max();
        for (var i = 0; i < rows.Count; i++)
        {
            var (number, cells, _) = rows[i];
            string text;
            if (first < 0 || i < first || i > last)
                text = string.Join("  ", cells.Values); // a caption or a note, as a line of text
            else if (cells.Count == 0)
                text = "";
            else
                text = string.Join('\t', Enumerable.Range(firstColumn, lastColumn - firstColumn + 1).Select(c => cells.GetValueOrDefault(c, "")));
            lines.Add(new ExtractedLine(text, number, ordinal) { Kind = LineKind.SheetRow, Sheet = name });
        }
    }

    private static bool IsNote(string text) =>
        text.StartsWith('注') || text.StartsWith("备注", StringComparison.Ordinal) || text.StartsWith("说明", StringComparison.Ordinal);

    private static bool IsCaption(string text) =>
        TextPatterns.PreparerLine().IsMatch(text) || TextPatterns.UnitCaption().IsMatch(text) || TextPatterns.TableNumberLine().IsMatch(text);

    /// <summary>Excel's last column (XFD) and row.</summary>
    internal const int MaxColumn = 16384;

    private const uint MaxRow = 1_048_576;

    /// <summary>"AB12" → 28; a reference past XFD gives <see cref="MaxColumn"/> + 1 rather than overflowing.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            int digit;
            if (c is >= 'A' and <= 'Z') digit = c - 'A' + 1;
            else if (c is >= 'a' and <= 'z') digit = c - 'a' + 1;
            else break;
            column = column * 26 + digit;
            if (column > MaxColumn) return MaxColumn + 1;
        }
        return column;
    }

    private static string Value(Cell cell, string[] strings, NumberFormats formats)
    {
        var raw = cell.CellValue?.Text;
        var type = Attribute.Of(cell.DataType);
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Length ? strings[index] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.String || type == CellValues.Error) return raw ?? "";
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (raw is null) return "";
        // A number (or a formula's cached number): print it as its format prints it.
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? formats.Print(value, Attribute.Of(cell.StyleIndex) ?? 0)
            : raw;
    }
}

/// <summary>
/// An attribute's value, or null when it is missing or its text does not parse: the SDK's <c>Value</c> throws on
/// "4294967296" in a uint, and one damaged attribute must not cost the whole file.
/// </summary>
internal static class Attribute
{
    public static T? Of<T>(DocumentFormat.OpenXml.OpenXmlSimpleValue<T>? value) where T : struct
    {
        try
        {
            return value?.Value;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return null;
        }
    }
}

/// <summary>The number formats of a workbook, enough to print amounts and percentages with their printed decimals.</summary>
internal sealed class NumberFormats
{
    private readonly Dictionary<uint, string> custom = [];
    private readonly List<uint> styleFormat = [];

    public static NumberFormats From(Stylesheet? stylesheet)
    {
        var formats = new NumberFormats();
        foreach (var nf in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            if (Attribute.Of(nf.NumberFormatId) is { } id) formats.custom[id] = nf.FormatCode?.Value ?? "";
        foreach (var xf in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
            formats.styleFormat.Add(Attribute.Of(xf.NumberFormatId) ?? 0);
        return formats;
    }

    public string Print(decimal value, uint style)
    {
        var id = style < styleFormat.Count ? styleFormat[(int)style] : 0u;
        var code = id switch
        {
            1 => "0",
            2 => "0.00",
            3 => "#,##0",
            4 => "#,##0.00",
            9 => "0%",
            10 => "0.00%",
            _ => custom.GetValueOrDefault(id, ""),
        };
        if (code.Length == 0 || code.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            // Excel stores binary doubles ("996.43000000000006"): 15 significant digits is what it shows.
            var rounded = Math.Round(value, Math.Max(0, 14 - (int)Math.Floor(Math.Log10((double)Math.Max(Math.Abs(value), 1m)))));
            return rounded.ToString("0.##############", CultureInfo.InvariantCulture);
        }
        var section = code.Split(';')[0];
        var percent = section.Contains('%', StringComparison.Ordinal);
        var point = section.IndexOf('.', StringComparison.Ordinal);
        var decimals = 0;
        if (point >= 0)
            for (var i = point + 1; i < section.Length && section[i] is '0' or '#'; i++) decimals++;
        // A percentage too large to multiply by 100 is no percentage a disclosure prints: show the stored number.
        if (percent && Math.Abs(value) > decimal.MaxValue / 100m) percent = false;
        var shown = percent ? value * 100m : value;
        var grouped = section.Contains(',', StringComparison.Ordinal);
        var text = shown.ToString((grouped ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }
}
