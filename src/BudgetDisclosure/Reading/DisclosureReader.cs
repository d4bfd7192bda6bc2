using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Reading;

/// <summary>Reads a text extraction and binds it: the one call most callers need.</summary>
public static class DisclosureReader
{
    public static ReadResult<Disclosure> ReadFile(string path, TextReadOptions? options = null)
    {
        return DisclosureBinder.Bind(TextDocumentReader.ReadFile(path, options));
    }

    public static ReadResult<Disclosure> ReadText(string text, string path, TextReadOptions? options = null)
    {
        return DisclosureBinder.Bind(TextDocumentReader.ReadText(text, path, options));
    }

}
