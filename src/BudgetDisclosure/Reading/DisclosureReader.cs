using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Reading;

/// <summary>Reads a text extraction and binds it: the one call most callers need.</summary>
public static class DisclosureReader
{
    public static ReadResult<Disclosure> ReadFile(string path, TextReadOptions? options = null)
    {
        var read = TextDocumentReader.ReadFile(path, options);
        return BindRead(read);
    }

    public static ReadResult<Disclosure> ReadText(string text, string path, TextReadOptions? options = null)
    {
        var read = TextDocumentReader.ReadText(text, path, options);
        return BindRead(read);
    }

    private static ReadResult<Disclosure> BindRead(ReadResult<SourceDocument> read)
    {
        if (read.Value is null || !read.Success) return new ReadResult<Disclosure>(null, read.Diagnostics);
        var bound = DisclosureBinder.Bind(read.Value);
        return new ReadResult<Disclosure>(bound.Value, [.. read.Diagnostics, .. bound.Diagnostics]);
    }
}
