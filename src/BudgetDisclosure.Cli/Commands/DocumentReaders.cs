using System.IO.Compression;
using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Html;
using BudgetDisclosure.Model;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Pdf;
using BudgetDisclosure.Reading;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// Picks the reader for an input by its content, not its name: bytes that start like a PDF go to the PDF reader, a
/// document starting with &lt;!DOCTYPE html&gt; or &lt;html&gt; to the HTML reader, a ZIP holding word/document.xml or
/// xl/workbook.xml to the DOCX or XLSX reader, everything else to the text reader
/// (which itself tells encodings and layouts apart).
/// </summary>
internal static class DocumentReaders
{
    private const int SniffBytes = 1024;

    public static ReadResult<Disclosure> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return DisclosureBinder.Bind(ReadDocument(path));
    }

    /// <summary>The document level: what the file holds, before binding.</summary>
    public static ReadResult<SourceDocument> ReadDocument(string path, PdfReadOptions? pdf = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsPdf(path)) return PdfDocumentReader.ReadFile(path, pdf);
        if (IsHtml(path)) return HtmlReader.ReadFile(path);
        return OfficeKind(path) switch
        {
            Office.Word => DocxReader.ReadFile(path),
            Office.Excel => XlsxReader.ReadFile(path),
            _ => TextDocumentReader.ReadFile(path),
        };
    }

    /// <summary>A disclosure published as several files, read and bound as one; any unusable part makes it unusable.</summary>
    public static ReadResult<Disclosure> ReadTogether(IReadOnlyList<string> paths, IReadOnlyDictionary<string, ReadResult<SourceDocument>>? alreadyRead = null, PdfReadOptions? pdf = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var reads = paths.Select(p => alreadyRead?.GetValueOrDefault(p) ?? ReadDocument(p, pdf)).ToList();
        if (reads.Count == 1) return DisclosureBinder.Bind(reads[0]);
        var diagnostics = reads.SelectMany(r => r.Diagnostics).ToList();
        if (reads.Any(r => r.Value is null || !r.Success)) return new ReadResult<Disclosure>(null, diagnostics);
        var bound = DisclosureBinder.Bind([.. reads.Select(r => r.Value!)]);
        return new ReadResult<Disclosure>(bound.Value, [.. diagnostics, .. bound.Diagnostics]);
    }

    private enum Office { None, Word, Excel }


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

    private static bool IsHtml(string path) => Sniff(path, HtmlReader.LooksLikeHtml);

    private delegate bool HeadTest(ReadOnlySpan<byte> head);

    private static bool Sniff(string path, HeadTest test)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[SniffBytes];
            var read = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
            return test(head[..read]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>False for a file that cannot be opened: the text reader then reports why, as it always has.</summary>
    internal static bool IsPdf(string path) => Sniff(path, PdfDocumentReader.LooksLikePdf);
}
