using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Html;

/// <summary>HTML pages (a disclosure published on a portal, or saved from one).</summary>
public sealed class HtmlFormat : IDocumentFormat
{
    private const int SniffBytes = 1024;

    public string Name => "html";

    public bool Recognises(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var head = input.Bytes.Span;
        return HtmlReader.LooksLikeHtml(head[..Math.Min(head.Length, SniffBytes)]);
    }

    public ReadResult<SourceDocument> Read(DocumentInput input, IngestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        return HtmlReader.Read(input.Bytes.Span, input.Name);
    }
}

public static class HtmlPipelineExtensions
{
    public static DisclosurePipelineBuilder UseHtml(this DisclosurePipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new HtmlFormat());
    }
}
