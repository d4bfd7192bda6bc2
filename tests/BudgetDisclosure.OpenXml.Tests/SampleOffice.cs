using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetDisclosure.OpenXml.Tests;

/// <summary>
/// Builds Word and Excel files from the repository's sample disclosure (samples/, tab-separated text), the way a clerk's
/// files look: paragraphs and real tables; a workbook with a sheet per table, numbers as numbers with a number format.
/// </summary>
internal static class SampleOffice
{
    public static string SamplePath() => Repository.SampleText;

    public static string[] SampleLines() => File.ReadAllLines(SamplePath());

    /// <summary>Consecutive tab lines are one table; everything else a paragraph.</summary>
    public static IEnumerable<(bool IsTable, List<string> Lines)> Blocks(string[] lines)
    {
        List<string>? table = null;
        foreach (var line in lines)
        {
            if (line.Contains('\t', StringComparison.Ordinal)) { (table ??= []).Add(line); continue; }
            if (table is not null) { yield return (true, table); table = null; }
            if (line.Trim().Length > 0) yield return (false, [line]);
        }
        if (table is not null) yield return (true, table);
    }

    /// <summary>
    /// A DOCX of the sample. With <paramref name="merge"/>, a header cell followed by empty cells becomes one cell with
    /// gridSpan, and an empty cell under a header cell becomes a vMerge continuation, as Word writes merged headers.
    /// </summary>
    public static void WriteDocx(string path, string[] lines, bool merge)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new W.Body();
        foreach (var (isTable, block) in Blocks(lines))
        {
            if (!isTable) { body.Append(Paragraph(block[0])); continue; }
            var table = new W.Table(new W.TableProperties(new W.TableBorders(new W.TopBorder { Val = W.BorderValues.Single })));
            var headerRows = block.TakeWhile(l => !l.Split('\t').Any(c => decimal.TryParse(c.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out _))).Count();
            for (var r = 0; r < block.Count; r++)
            {
                var cells = block[r].Split('\t');
                var row = new W.TableRow();
                if (r < headerRows) row.Append(new W.TableRowProperties(new W.TableHeader()));
                for (var c = 0; c < cells.Length; c++)
                {
                    var span = 1;
                    if (merge && r < headerRows && cells[c].Length > 0)
                        while (c + span < cells.Length && cells[c + span].Length == 0 && r + 1 < headerRows && r + 1 < block.Count && CellAt(block[r + 1], c + span).Length > 0) span++;
                    var cell = new W.TableCell();
                    var props = new W.TableCellProperties();
                    if (span > 1) props.Append(new W.GridSpan { Val = span });
                    if (merge && r > 0 && r < headerRows && cells[c].Length == 0 && CellAt(block[r - 1], c).Length > 0 && c < 3)
                        props.Append(new W.VerticalMerge());
                    cell.Append(props);
                    // A wrapped name: the clerk pressed Enter inside the cell.
                    var text = cells[c];
                    if (text.Length > 12 && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                    {
                        cell.Append(Paragraph(text[..8]));
                        cell.Append(Paragraph(text[8..]));
                    }
                    else cell.Append(Paragraph(text));
                    row.Append(cell);
                    c += span - 1;
                }
                table.Append(row);
            }
            body.Append(table);
            body.Append(Paragraph(""));
        }
        main.Document = new W.Document(body);
        main.Document.Save();
    }

    private static string CellAt(string line, int index)
    {
        var cells = line.Split('\t');
        return index < cells.Length ? cells[index] : "";
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>An XLSX of the sample: a sheet per table (caption rows above it, its note below), numbers with "#,##0.00".</summary>
    public static void WriteXlsx(string path, string[] lines, bool hiddenNoise)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new X.Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new X.Stylesheet(
            new X.NumberingFormats(new X.NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
            new X.Fonts(new X.Font()) { Count = 1 },
            new X.Fills(new X.Fill()) { Count = 1 },
            new X.Borders(new X.Border()) { Count = 1 },
            new X.CellFormats(new X.CellFormat(), new X.CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
        var sheets = workbook.Workbook.AppendChild(new X.Sheets());
        var blocks = Blocks(lines).ToList();
        uint sheetId = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (!blocks[b].IsTable) continue;
            // Captions: the text lines just above the table (title, 编制单位, 单位); the note just below.
            var captions = new List<string>();
            for (var k = b - 1; k >= 0 && !blocks[k].IsTable && captions.Count < 4; k--)
            {
                var t = blocks[k].Lines[0];
                if (t.StartsWith('第') || t.Length > 40) break;
                captions.Insert(0, t);
            }
            var note = b + 1 < blocks.Count && !blocks[b + 1].IsTable && blocks[b + 1].Lines[0].Contains("空表", StringComparison.Ordinal) ? blocks[b + 1].Lines[0] : null;
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new X.SheetData();
            uint rowIndex = 0;
            foreach (var caption in captions) data.Append(Row(++rowIndex, [caption]));
            foreach (var line in blocks[b].Lines)
            {
                data.Append(Row(++rowIndex, line.Split('\t')));
                if (hiddenNoise && rowIndex == (uint)captions.Count + 1)
                {
                    var hidden = Row(++rowIndex, ["隐藏的辅助行", "999.99"]);
                    hidden.Hidden = true;
                    data.Append(hidden);
                }
            }
            if (note is not null) data.Append(Row(++rowIndex, [note]));
            part.Worksheet = new X.Worksheet(data);
            if (captions.Count > 0)
            {
                var width = blocks[b].Lines.Max(l => l.Split('\t').Length);
                part.Worksheet.Append(new X.MergeCells(new X.MergeCell { Reference = $"A1:{Column(width)}1" }));
            }
            sheets.Append(new X.Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++sheetId, Name = $"表{sheetId}" });
        }
        if (hiddenNoise)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new X.Worksheet(new X.SheetData(Row(1, ["草稿", "1", "2", "3"])));
            sheets.Append(new X.Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++sheetId, Name = "草稿", State = X.SheetStateValues.Hidden });
        }
        workbook.Workbook.Save();
    }

    private static X.Row Row(uint index, string[] cells)
    {
        var row = new X.Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c].Length == 0) continue;
            var reference = Column(c + 1) + index.ToString(CultureInfo.InvariantCulture);
            var plain = cells[c].Replace(",", "", StringComparison.Ordinal);
            if (decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && plain.Contains('.', StringComparison.Ordinal))
            {
                // Stored as Excel stores it: a double, which may not print back exactly without its format.
                var stored = ((double)value).ToString("R", CultureInfo.InvariantCulture);
                row.Append(new X.Cell { CellReference = reference, StyleIndex = 1, CellValue = new X.CellValue(stored) });
            }
            else
                row.Append(new X.Cell { CellReference = reference, DataType = X.CellValues.InlineString, InlineString = new X.InlineString(new X.Text(cells[c])) });
        }
        return row;
    }

    private static string Column(int n)
    {
        var s = "";
        for (; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
