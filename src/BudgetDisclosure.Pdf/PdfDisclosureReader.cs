using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Pdf;

/// <summary>Reads a PDF and binds it: the PDF counterpart of <c>DisclosureReader.ReadFile</c>.</summary>
public static class PdfDisclosureReader
{
    public static ReadResult<Disclosure> ReadFile(string path, PdfReadOptions? options = null) =>
        Bind(PdfDocumentReader.ReadFile(path, options));

    public static ReadResult<Disclosure> Read(byte[] bytes, string path, PdfReadOptions? options = null) =>
        Bind(PdfDocumentReader.Read(bytes, path, options));

    private static ReadResult<Disclosure> Bind(ReadResult<SourceDocument> read)
    {
        if (read.Value is null || !read.Success) return new ReadResult<Disclosure>(null, read.Diagnostics);
        var bound = DisclosureBinder.Bind(read.Value);
        return new ReadResult<Disclosure>(bound.Value, [.. read.Diagnostics, .. bound.Diagnostics]);
    }
}
