using System.IO.Packaging;
using System.Text;
using BudgetDisclosure.Documents;
using SourceLocation = BudgetDisclosure.Model.SourceLocation;
using BudgetDisclosure.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetDisclosure.OpenXml;

/// <summary>
/// Reads a disclosure published as Word (DOCX). Paragraphs become lines; each table row becomes one line of
/// tab-separated cells laid on the table's grid (gridBefore/gridAfter and gridSpan give empty cells, a vMerge
/// continuation is an empty cell); then the tab-layout passes the text reader uses run unchanged. Line numbers count
/// the body's paragraphs and table rows in order.
/// </summary>
public static class DocxReader
{
    /// <summary>Reads a DOCX package from a seekable stream (left open); <paramref name="path"/> names it in diagnostics.</summary>
    public static ReadResult<SourceDocument> Read(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        var at = new SourceLocation(path, 0);
        if (PackageGuard.Check(stream, path, "DOCX") is { } refused) return ReadResult.Failed<SourceDocument>(refused);
        try
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
                return ReadResult.Failed<SourceDocument>(new(DiagnosticSeverity.Error, OpenXmlMessages.CorruptFileCode, OpenXmlMessages.CorruptFile("DOCX", "没有正文"), at));
            var lines = new List<ExtractedLine>();
            foreach (var element in body.ChildElements)
                Emit(element, lines);
            return TextDocumentReader.ReadExtractedLines(lines, path);
        }
        catch (Exception ex) when (IsDamagedPackage(ex))
        {
            return ReadResult.Failed<SourceDocument>(Failure(ex, path, "DOCX"));
        }
    }

    /// <summary>
    /// What the Open XML SDK and System.IO.Packaging throw on a damaged package: besides their own exceptions, a
    /// relationship to a part that is not there (InvalidOperationException), an attribute that does not parse
    /// (FormatException), a part name or URI that is not one (ArgumentException, UriFormatException).
    /// </summary>
    internal static bool IsDamagedPackage(Exception ex) =>
        ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or UnauthorizedAccessException
            or System.Xml.XmlException or InvalidOperationException or FormatException or OverflowException or ArgumentException or UriFormatException or NotSupportedException;

    internal static ReadDiagnostic Failure(Exception ex, string path, string kind)
    {
        var at = new SourceLocation(path, 0);
        if (ex is FileNotFoundException or DirectoryNotFoundException)
            return new(DiagnosticSeverity.Error, Messages.FileNotFoundCode, Messages.FileNotFound, at);
        if (ex is FileFormatException or InvalidDataException)
            return new(DiagnosticSeverity.Error, OpenXmlMessages.NotOfficeFileCode, OpenXmlMessages.NotOfficeFile(kind), at);
        if (ex is OpenXmlPackageException && ex.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
            return new(DiagnosticSeverity.Error, OpenXmlMessages.EncryptedCode, OpenXmlMessages.Encrypted(kind), at);
        return new(DiagnosticSeverity.Error, OpenXmlMessages.CorruptFileCode, OpenXmlMessages.CorruptFile(kind, ex.Message), at);
    }

    private static void Emit(OpenXmlElement element, List<ExtractedLine> lines)
    {
        switch (element)
        {
            case Paragraph paragraph:
                lines.Add(new ExtractedLine(ParagraphText(paragraph), lines.Count + 1, 0));
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                    lines.Add(new ExtractedLine(RowText(row), lines.Count + 1, 0));
                // Two tables one after the other are two tables, not one grid.
                lines.Add(new ExtractedLine("", lines.Count + 1, 0));
                break;
            case SdtBlock sdt:
                foreach (var child in sdt.SdtContentBlock?.ChildElements ?? [])
                    Emit(child, lines);
                break;
        }
    }

    /// <summary>Word's tables have at most 63 columns; a span or skip beyond is damage, not layout.</summary>
    private const int MaxColumns = 63;

    private static string RowText(TableRow row)
    {
        var cells = new List<string>();
        var before = Math.Min(Attribute.Of(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val) ?? 0, MaxColumns);
        for (var i = 0; i < before; i++) cells.Add("");
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var continued = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            cells.Add(continued ? "" : CellText(cell));
            var span = Math.Min(Attribute.Of(properties?.GridSpan?.Val) ?? 1, MaxColumns);
            for (var i = 1; i < span; i++) cells.Add("");
        }
        var after = Math.Min(Attribute.Of(row.TableRowProperties?.GetFirstChild<GridAfter>()?.Val) ?? 0, MaxColumns);
        for (var i = 0; i < after; i++) cells.Add("");
        // A row of one cell still has to read as a table row.
        if (cells.Count == 1) cells.Add("");
        return string.Join('\t', cells);
    }

    /// <summary>A cell's paragraphs joined (a wrapped name is one name); a nested table's text is kept in the cell.</summary>
    private static string CellText(TableCell cell)
    {
        var sb = new StringBuilder();
        foreach (var element in cell.ChildElements)
        {
            if (element is Paragraph p) sb.Append(ParagraphText(p));
            else if (element is Table nested)
                foreach (var row in nested.Elements<TableRow>())
                    sb.Append(' ').Append(RowText(row).Replace('\t', ' '));
        }
        return sb.ToString().Replace('\t', ' ').Trim();
    }

    /// <summary>The visible text of a paragraph: runs, tabs as spaces (a tab is the cell separator here), breaks as spaces.</summary>
    internal static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar or Break or CarriageReturn: sb.Append("  "); break;
                case NoBreakHyphen: sb.Append('-'); break;
            }
        }
        return sb.ToString();
    }
}
