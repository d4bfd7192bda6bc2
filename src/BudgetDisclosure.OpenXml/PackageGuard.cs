using System.IO.Compression;
using System.Xml;
using BudgetDisclosure.Documents;
using SourceLocation = BudgetDisclosure.Model.SourceLocation;

namespace BudgetDisclosure.OpenXml;

/// <summary>
/// Looks at a package's XML parts before the Open XML SDK builds them into trees: the SDK walks up to the root for
/// every element it adds, so a part nested thousands deep (a damaged file's unclosed rows) costs minutes and, deeper
/// still, the stack; a part that inflates to gigabytes costs the memory. Streaming over the XML once is cheap next to
/// building the tree, and lets such a file be refused with a diagnostic instead.
/// </summary>
internal static class PackageGuard
{
    /// <summary>Word nests a table in a cell in a table…: real documents stay under a hundred levels.</summary>
    public const int MaxDepth = 256;

    /// <summary>Far above any disclosure's part (a few megabytes), far below what would exhaust memory.</summary>
    public const long MaxPartBytes = 256L * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };

    /// <summary>Why the package cannot be read safely, or null; the stream is left where it was.</summary>
    public static ReadDiagnostic? Check(Stream stream, string path, string kind)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) continue;
                if (entry.Length > MaxPartBytes)
                    return Refuse(path, kind, OpenXmlMessages.PartTooLarge(entry.FullName, entry.Length, MaxPartBytes));
                if (DeepestLevel(entry) > MaxDepth)
                    return Refuse(path, kind, OpenXmlMessages.PartTooDeep(entry.FullName, MaxDepth));
            }
            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            // Not for this pass to judge: the SDK reports a damaged ZIP in its own words.
            return null;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static int DeepestLevel(ZipArchiveEntry entry)
    {
        using var part = entry.Open();
        var deepest = 0;
        try
        {
            // Inside the try: the reader decodes its first bytes as soon as it is created.
            using var reader = XmlReader.Create(part, Settings);
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > deepest)
                {
                    deepest = reader.Depth;
                    if (deepest > MaxDepth) break;
                }
        }
        catch (XmlException)
        {
            // Malformed XML is the SDK's to report; only its depth up to the error matters here.
        }
        return deepest;
    }

    private static ReadDiagnostic Refuse(string path, string kind, string reason) =>
        new(DiagnosticSeverity.Error, OpenXmlMessages.CorruptFileCode, OpenXmlMessages.CorruptFile(kind, reason), new SourceLocation(path, 0));
}
