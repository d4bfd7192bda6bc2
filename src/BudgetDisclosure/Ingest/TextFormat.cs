using BudgetDisclosure.Documents;
using BudgetDisclosure.Reading;

namespace BudgetDisclosure.Ingest;

/// <summary>
/// Text extractions (Markdown with tabs, tab-separated, pdftotext with or without -layout; UTF-8, UTF-16 or
/// GB18030): the pipeline's last resort, so it recognises everything; the text reader itself reports binary data.
/// </summary>
public sealed class TextFormat(TextReadOptions? options = null) : IDocumentFormat
{
    public TextReadOptions Options { get; } = options ?? TextReadOptions.Default;

    public string Name => "text";

    public bool Recognises(DocumentInput input) => true;

    public ReadResult<SourceDocument> Read(DocumentInput input, IngestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TextDocumentReader.Read(input.Bytes.Span, input.Name, Options);
    }
}
