using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Pdf;
using BudgetDisclosure.Reading;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// Picks the reader for an input by its content, not its name: bytes that start like a PDF go to the PDF reader,
/// everything else to the text reader (which itself tells encodings and layouts apart and refuses Office files).
/// </summary>
internal static class DocumentReaders
{
    private const int SniffBytes = 1024;

    public static ReadResult<Disclosure> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsPdf(path) ? PdfDisclosureReader.ReadFile(path) : DisclosureReader.ReadFile(path);
    }

    /// <summary>False for a file that cannot be opened: the text reader then reports why, as it always has.</summary>
    internal static bool IsPdf(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[SniffBytes];
            var read = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
            return PdfDocumentReader.LooksLikePdf(head[..read]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
