using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Pdf;

/// <summary>Reads a PDF and binds it: the PDF counterpart of <c>DisclosureReader.ReadFile</c>.</summary>
public static class PdfDisclosureReader
{
    public static ReadResult<Disclosure> ReadFile(string path, PdfReadOptions? options = null) =>
        DisclosureBinder.Bind(PdfDocumentReader.ReadFile(path, options));

    public static ReadResult<Disclosure> Read(byte[] bytes, string path, PdfReadOptions? options = null) =>
        DisclosureBinder.Bind(PdfDocumentReader.Read(bytes, path, options));

}
