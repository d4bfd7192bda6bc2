using System.IO.Compression;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.OpenXml;

/// <summary>
/// Office Open XML packages, told apart by their main part (word/document.xml, xl/workbook.xml) rather than by the
/// file's extension, which uploads and mail attachments lose.
/// </summary>
public abstract class OfficeFormat : IDocumentFormat
{
    private protected OfficeFormat() { }

    public abstract string Name { get; }

    /// <summary>The package part that makes a ZIP this format.</summary>
    private protected abstract string MainPart { get; }

    public bool Recognises(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.Bytes.Span.StartsWith("PK\u0003\u0004"u8)) return false;
        try
        {
            using var zip = new ZipArchive(input.OpenRead(), ZipArchiveMode.Read);
            return zip.GetEntry(MainPart) is not null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return false;
        }
    }

    public ReadResult<SourceDocument> Read(DocumentInput input, IngestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var stream = input.OpenRead();
        return Read(stream, input.Name);
    }

    private protected abstract ReadResult<SourceDocument> Read(Stream stream, string name);
}

/// <summary>Word (DOCX).</summary>
public sealed class DocxFormat : OfficeFormat
{
    public override string Name => "docx";

    private protected override string MainPart => "word/document.xml";

    private protected override ReadResult<SourceDocument> Read(Stream stream, string name) => DocxReader.Read(stream, name);
}

/// <summary>Excel (XLSX).</summary>
public sealed class XlsxFormat : OfficeFormat
{
    public override string Name => "xlsx";

    private protected override string MainPart => "xl/workbook.xml";

    private protected override ReadResult<SourceDocument> Read(Stream stream, string name) => XlsxReader.Read(stream, name);
}

public static class OpenXmlPipelineExtensions
{
    /// <summary>Reads DOCX and XLSX.</summary>
    public static DisclosurePipelineBuilder UseOpenXml(this DisclosurePipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new DocxFormat()).Use(new XlsxFormat());
    }
}
