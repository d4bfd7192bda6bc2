using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Pdf;

/// <summary>PDF with a text layer, read by PdfPig (scanned pages reported, or read by OCR when its options say so).</summary>
public sealed class PdfFormat(PdfReadOptions? options = null) : IDocumentFormat
{
    public PdfReadOptions Options { get; } = options ?? PdfReadOptions.Default;

    public string Name => "pdf";

    public bool Recognises(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return PdfDocumentReader.LooksLikePdf(input.Bytes.Span);
    }

    public ReadResult<SourceDocument> Read(DocumentInput input, IngestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        // PdfPig reads from an array.
        return PdfDocumentReader.Read(input.ToArray(), input.Name, Options, limits);
    }
}

public static class PdfPipelineExtensions
{
    /// <summary>Reads PDFs; <paramref name="options"/> choose OCR, ruled cells and the per-page letter limit.</summary>
    public static DisclosurePipelineBuilder UsePdf(this DisclosurePipelineBuilder builder, PdfReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new PdfFormat(options));
    }
}
