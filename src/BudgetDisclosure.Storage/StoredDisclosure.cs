using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;
using BudgetDisclosure.Output;

namespace BudgetDisclosure.Storage;

/// <summary>One file of a disclosure as stored: its name, the hash of its bytes, its format and its pages.</summary>
public sealed record StoredPart(string FileName, string ContentHash, string Format, int? Pages)
{
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>
/// A disclosure ready to be written in one transaction: what identifies it (the hash of its files), what it says
/// (the model, kept whole as the JSON of docs/schema.md so it can be checked again), its checks and its measures.
/// Built on a worker thread; the store's writer only writes it.
/// </summary>
public sealed record StoredDisclosure
{
    public required string ContentHash { get; init; }

    public required IReadOnlyList<StoredPart> Parts { get; init; }

    /// <summary>The disclosure as read and checked; <see cref="Model"/> is its JSON.</summary>
    public required Disclosure Disclosure { get; init; }

    /// <summary>The model's JSON, gzip.</summary>
    public required byte[] Model { get; init; }

    public required CheckReport Report { get; init; }

    public required IReadOnlyList<ReadDiagnostic> Diagnostics { get; init; }

    public required IReadOnlyList<Measure> Measures { get; init; }

    public DateTime ImportedAt { get; init; } = DateTime.UtcNow;

    public string FileName => string.Join(" + ", Parts.Select(p => p.FileName));

    public string Format => string.Join("+", Parts.Select(p => p.Format).Distinct());

    public int? Pages => Parts.All(p => p.Pages is null) ? null : Parts.Sum(p => p.Pages ?? 0);

    /// <summary>The hash of a disclosure: its one file's, or of its files' hashes in order.</summary>
    public static string HashOf(IReadOnlyList<StoredPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Count == 1 ? parts[0].ContentHash : StoredPart.Hash(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", parts.Select(p => p.ContentHash))));
    }

    /// <summary>
    /// Prepares a bound disclosure: its model as JSON (what is kept, and what a later re-check reads back), its checks
    /// (<paramref name="check"/>, with last year's disclosure when the store has it) and its measures. The checks run on
    /// the disclosure as read: its JSON reads back to a model that checks the same (StoredModelTests), so a later
    /// re-check of the stored model gives what the import gave, without reading every model back at import.
    /// </summary>
    public static StoredDisclosure Prepare(IReadOnlyList<StoredPart> parts, Disclosure disclosure, IReadOnlyList<ReadDiagnostic> diagnostics,
        Func<Disclosure, CheckReport> check)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(check);
        return new StoredDisclosure
        {
            ContentHash = HashOf(parts),
            Parts = parts,
            Disclosure = disclosure,
            Model = Compress(disclosure),
            Report = check(disclosure),
            Diagnostics = diagnostics,
            Measures = Storage.Measures.Of(disclosure),
        };
    }

    /// <summary>The model's JSON without indentation: a store holds it for every document, and nobody reads it there.</summary>
    private static readonly BudgetJsonContext Compact = new(new JsonSerializerOptions(BudgetJson.Options) { WriteIndented = false });

    public static byte[] Compress(Disclosure disclosure)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(JsonMapper.ToJson(disclosure), Compact.DisclosureJson);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(json);
        return buffer.ToArray();
    }

    public static Disclosure Decompress(byte[] model)
    {
        using var gzip = new GZipStream(new MemoryStream(model), CompressionMode.Decompress);
        var json = JsonSerializer.Deserialize(gzip, BudgetJson.Context.DisclosureJson) ?? throw new StoreException(StorageMessages.ModelUnreadable);
        return JsonModelReader.ToModel(json);
    }

    /// <summary>The worst of the tables' verdicts: one doubtful table makes the document's reading doubtful.</summary>
    public ReadingStatus ReadingStatus =>
        Report.Tables.Any(t => t.Status == Checks.ReadingStatus.Doubtful) ? Checks.ReadingStatus.Doubtful
        : Report.Tables.Any(t => t.Status == Checks.ReadingStatus.Verified) ? Checks.ReadingStatus.Verified
        : Checks.ReadingStatus.Unverifiable;

    /// <summary>The unit's matching key, or null when the document names no unit.</summary>
    public string? UnitKey => string.IsNullOrWhiteSpace(Disclosure.UnitName) ? null : UnitNames.Normalise(Disclosure.UnitName);
}
