using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Output;

namespace BudgetDisclosure.Storage;

/// <summary>A stored document as an archive carries it: what identifies it, its files, its reading diagnostics and its model.</summary>
public sealed record ArchivedDocument(string ContentHash, IReadOnlyList<StoredPart> Parts, DateTime ImportedAt, IReadOnlyList<ReadDiagnostic> Diagnostics, Disclosure Disclosure)
{
    public string FileName => string.Join(" + ", Parts.Select(p => p.FileName));
}

/// <summary>
/// <c>budget export --format json</c>: the store's documents, losslessly, as JSON Lines — a first line naming the
/// format, then one document per line (its hash, files, import time, diagnostics and the disclosure as docs/schema.md's
/// JSON). <c>budget import</c> reads it back into any store, SQLite or PostgreSQL, and checks every document again
/// there (against that store's prior years): moving a store between databases, or merging two, is an export and an
/// import.
/// </summary>
public static class StoreArchive
{
    public const string FormatName = "budget-store-archive";

    public const int Version = 1;

    public static int Write(BudgetStore store, ExportFilter filter, Stream output)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(output);
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var header = new Utf8JsonWriter(output, options))
        {
            header.WriteStartObject();
            header.WriteString("format", FormatName);
            header.WriteNumber("version", Version);
            header.WriteString("exported", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            header.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
        var count = 0;
        foreach (var id in store.DocumentIds(filter))
        {
            var record = store.ArchiveRecord(id);
            if (record is null) continue;
            using (var line = new Utf8JsonWriter(output, options))
            {
                line.WriteStartObject();
                line.WriteString("contentHash", record.Value.Hash);
                line.WriteString("importedAt", record.Value.ImportedAt.ToString("O", CultureInfo.InvariantCulture));
                line.WriteStartArray("parts");
                foreach (var p in record.Value.Parts)
                {
                    line.WriteStartObject();
                    line.WriteString("fileName", p.FileName);
                    line.WriteString("contentHash", p.ContentHash);
                    line.WriteString("format", p.Format);
                    if (p.Pages is { } pages) line.WriteNumber("pages", pages);
                    line.WriteEndObject();
                }
                line.WriteEndArray();
                line.WriteStartArray("diagnostics");
                foreach (var d in record.Value.Diagnostics)
                {
                    line.WriteStartObject();
                    line.WriteString("severity", Names.Of(d.Severity));
                    line.WriteString("code", d.Code);
                    line.WriteString("message", d.Message);
                    line.WriteString("file", d.Source.File);
                    line.WriteNumber("line", d.Source.Line);
                    if (d.Source.Page is { } page) line.WriteNumber("page", page);
                    line.WriteEndObject();
                }
                line.WriteEndArray();
                line.WritePropertyName("disclosure");
                // Written again compact: the stored JSON is indented, and a line of JSON Lines holds no line break.
                using (var gzip = new GZipStream(new MemoryStream(record.Value.Model), CompressionMode.Decompress))
                using (var model = JsonDocument.Parse(gzip))
                    model.RootElement.WriteTo(line);
                line.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
            count++;
        }
        output.Flush();
        return count;
    }

    /// <summary>True when the file begins as an archive does.</summary>
    public static bool IsArchive(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            var first = reader.ReadLine();
            if (first is null) return false;
            using var header = JsonDocument.Parse(first);
            return header.RootElement.ValueKind == JsonValueKind.Object
                && header.RootElement.TryGetProperty("format", out var format) && format.GetString() == FormatName;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The archive's documents, read one line at a time.</summary>
    /// <exception cref="StoreException">The file is not an archive of a version this build reads.</exception>
    public static IEnumerable<ArchivedDocument> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var first = reader.ReadLine() ?? throw new StoreException(StorageMessages.NotAnArchive(path));
        using (var header = JsonDocument.Parse(first))
        {
            if (!header.RootElement.TryGetProperty("format", out var format) || format.GetString() != FormatName)
                throw new StoreException(StorageMessages.NotAnArchive(path));
            if (header.RootElement.TryGetProperty("version", out var version) && version.GetInt32() > Version)
                throw new StoreException(StorageMessages.NewerArchive(path, version.GetInt32(), Version));
        }
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            if (text.Length == 0) continue;
            yield return Parse(text);
        }
    }

    private static ArchivedDocument Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var parts = root.GetProperty("parts").EnumerateArray().Select(p => new StoredPart(
            p.GetProperty("fileName").GetString()!, p.GetProperty("contentHash").GetString()!, p.GetProperty("format").GetString()!,
            p.TryGetProperty("pages", out var pages) ? pages.GetInt32() : null)).ToList();
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().Select(d => new ReadDiagnostic(
            Names.Parse<DiagnosticSeverity>(d.GetProperty("severity").GetString()), d.GetProperty("code").GetString()!, d.GetProperty("message").GetString()!,
            new SourceLocation(d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.TryGetProperty("page", out var page) ? page.GetInt32() : null))).ToList();
        var model = root.GetProperty("disclosure").Deserialize(BudgetJson.Context.DisclosureJson) ?? throw new StoreException(StorageMessages.ModelUnreadable);
        var imported = DateTime.Parse(root.GetProperty("importedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return new ArchivedDocument(root.GetProperty("contentHash").GetString()!, parts, imported, diagnostics, JsonModelReader.ToModel(model));
    }
}

public sealed partial class BudgetStore
{
    internal (string Hash, DateTime ImportedAt, IReadOnlyList<StoredPart> Parts, IReadOnlyList<ReadDiagnostic> Diagnostics, byte[] Model)? ArchiveRecord(long id)
    {
        var parts = Read("SELECT file_name, content_hash, format, pages FROM document_parts WHERE document_id = @id ORDER BY ordinal",
            r => new StoredPart(r.GetString(0), r.GetString(1), r.GetString(2), Int(r, 3)), ("@id", id));
        var diagnostics = Read("SELECT severity, code, message, file, line, page FROM diagnostics WHERE document_id = @id ORDER BY ordinal",
            r => new ReadDiagnostic(Names.Parse<DiagnosticSeverity>(r.GetString(0)), r.GetString(1), r.GetString(2), new SourceLocation(r.GetString(3), r.GetInt32(4), Int(r, 5))),
            ("@id", id));
        var rows = Read("SELECT content_hash, imported_at, model FROM documents WHERE id = @id",
            r => (r.GetString(0), Timestamp(r, 1), (byte[])r.GetValue(2)), ("@id", id));
        return rows.Count == 0 ? null : (rows[0].Item1, rows[0].Item2, parts, diagnostics, rows[0].Item3);
    }
}
