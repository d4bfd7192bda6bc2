using System.IO.Compression;
using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Pdf;
using BudgetDisclosure.Reading;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// Picks the reader for an input by its content, not its name: bytes that start like a PDF go to the PDF reader, a
/// ZIP holding word/document.xml or xl/workbook.xml to the DOCX or XLSX reader, everything else to the text reader
/// (which itself tells encodings and layouts apart).
/// </summary>
internal static class DocumentReaders
{
    private const int SniffBytes = 1024;

    public static ReadResult<Disclosure> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsPdf(path)) return PdfDisclosureReader.ReadFile(path);
        return OfficeKind(path) switch
        {
            Office.Word => Bind(DocxReader.ReadFile(path)),
            Office.Excel => Bind(XlsxReader.ReadFile(path)),
            _ => DisclosureReader.ReadFile(path),
        };
    }

    private enum Office { None, Word, Excel }

    private static ReadResult<Disclosure> Bind(ReadResult<SourceDocument> read)
    {
        if (read.Value is null || !read.Success) return new ReadResult<Disclosure>(null, read.Diagnostics);
        var bound = DisclosureBinder.Bind(read.Value);
        return new ReadResult<Disclosure>(bound.Value, [.. read.Diagnostics, .. bound.Diagnostics]);
    }

    /// <summary>An Office Open XML package, told apart by its main part; None for anything else (or a broken ZIP).</summary>
    private static Office OfficeKind(string path)
    {
        try
        {
            using (var stream = File.OpenRead(path))
            {
                Span<byte> head = stackalloc byte[4];
                if (stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) < 4 || !head.SequenceEqual("PK\u0003\u0004"u8)) return Office.None;
            }
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry("word/document.xml") is not null) return Office.Word;
            if (zip.GetEntry("xl/workbook.xml") is not null) return Office.Excel;
            return Office.None;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Office.None;
        }
    }

    /// <summary>False for a file that cannot be opened: the text reader then reports why, as it always has.</summary>
    internal static bool IsPdf(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[SniffBytes];
            var read = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
            return PdfDocumentReader.LooksLikePdf(head[..read]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
