using BudgetDisclosure.Documents;

namespace BudgetDisclosure.Ingest;

/// <summary>
/// One way a disclosure is published (text, PDF, DOCX, XLSX, HTML): told by its bytes, not its name, and read into a
/// <see cref="SourceDocument"/>. Adapters register theirs on a <see cref="DisclosurePipelineBuilder"/>; reading never
/// throws on a bad document, it returns an error diagnostic naming the input and the reason.
/// </summary>
public interface IDocumentFormat
{
    /// <summary>A short stable name: <c>text</c>, <c>pdf</c>, <c>docx</c>, <c>xlsx</c>, <c>html</c>.</summary>
    string Name { get; }

    /// <summary>True when the bytes are this format (a signature in the first bytes, or a package's main part).</summary>
    bool Recognises(DocumentInput input);

    ReadResult<SourceDocument> Read(DocumentInput input, IngestLimits limits);
}
