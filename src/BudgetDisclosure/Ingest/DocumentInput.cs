using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Ingest;

/// <summary>
/// One document's bytes and the name it is known by (a path as given, an upload's file name): what every format
/// reads, whether it came from a file, a stream or a string. Loaded once, so sniffing and reading never touch the
/// file system twice.
/// </summary>
public sealed class DocumentInput
{
    private DocumentInput(string name, ReadOnlyMemory<byte> bytes)
    {
        Name = name;
        Bytes = bytes;
    }

    /// <summary>The name diagnostics and source locations carry.</summary>
    public string Name { get; }

    public ReadOnlyMemory<byte> Bytes { get; }

    public static DocumentInput FromBytes(ReadOnlyMemory<byte> bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new DocumentInput(name, bytes);
    }

    /// <summary>Text as its UTF-8 bytes: the text format decodes them back to the same string.</summary>
    public static DocumentInput FromText(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromBytes(Encoding.UTF8.GetBytes(text), name);
    }

    /// <summary>The file's bytes, or why there are none: not found, unreadable, or over <see cref="IngestLimits.MaxFileBytes"/>.</summary>
    public static ReadResult<DocumentInput> FromFile(string path, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= IngestLimits.Default;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Failed(path, Messages.FileNotFoundCode, Messages.FileNotFound);
            if (info.Length > limits.MaxFileBytes) return Failed(path, Messages.FileTooLargeCode, Messages.FileTooLarge(info.Length, limits.MaxFileBytes));
            return new ReadResult<DocumentInput>(new DocumentInput(path, File.ReadAllBytes(path)), []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, Messages.IoErrorCode, Messages.IoError(ex.Message));
        }
    }

    /// <summary>A stream's bytes up to the size limit (an upload, a database blob); the stream is read, not closed.</summary>
    public static ReadResult<DocumentInput> FromStream(Stream stream, string name, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        limits ??= IngestLimits.Default;
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > limits.MaxFileBytes)
                return Failed(name, Messages.FileTooLargeCode, Messages.FileTooLarge(stream.Length - stream.Position, limits.MaxFileBytes));
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                // A stream of unknown length is refused as soon as it passes the limit, not after it has all arrived.
                if (total > limits.MaxFileBytes)
                    return Failed(name, Messages.FileTooLargeCode, Messages.FileTooLarge(total, limits.MaxFileBytes, atLeast: true));
                copy.Write(buffer, 0, read);
            }
            return new ReadResult<DocumentInput>(new DocumentInput(name, copy.ToArray()), []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            return Failed(name, Messages.IoErrorCode, Messages.IoError(ex.Message));
        }
    }

    /// <summary>The bytes as one array: the input's own when it holds a whole one (a file's), so a large PDF is not copied.</summary>
    public byte[] ToArray() =>
        MemoryMarshal.TryGetArray(Bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : Bytes.ToArray();

    /// <summary>A read-only stream over the bytes, without copying them (for readers that take a stream).</summary>
    public Stream OpenRead() =>
        MemoryMarshal.TryGetArray(Bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(Bytes.ToArray(), writable: false);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Bytes.Length} B)");

    private static ReadResult<DocumentInput> Failed(string name, string code, string message) =>
        ReadResult.Failed<DocumentInput>(new(DiagnosticSeverity.Error, code, message, new SourceLocation(name, 0)));
}
