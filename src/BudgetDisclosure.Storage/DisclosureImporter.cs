using System.Threading.Channels;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Storage;

/// <summary>One file of a disclosure to import: where its bytes come from, and its reading when a caller already has it.</summary>
public sealed record ImportPart(string Name, Func<ReadResult<DocumentInput>> Load)
{
    /// <summary>The document already read (while pairing a folder's files), so it is not read twice.</summary>
    public ReadResult<SourceDocument>? Read { get; init; }

    public static ImportPart FromFile(string path, IngestLimits limits, ReadResult<SourceDocument>? read = null) =>
        new(path, () => DocumentInput.FromFile(path, limits)) { Read = read };

    public static ImportPart FromBytes(string name, ReadOnlyMemory<byte> bytes) =>
        new(name, () => new ReadResult<DocumentInput>(DocumentInput.FromBytes(bytes, name), []));
}

/// <summary>A disclosure to import: one file, or the files it was published as (情况说明 and 报表 apart), or a document of an archive.</summary>
public sealed record ImportItem(IReadOnlyList<ImportPart> Parts)
{
    /// <summary>A document of a store's archive (<see cref="StoreArchive"/>): already read, stored as it was, checked again here.</summary>
    public ArchivedDocument? Archived { get; init; }

    public string Display => Archived?.FileName ?? string.Join(" + ", Parts.Select(p => p.Name));

    public static ImportItem FromArchive(ArchivedDocument document) => new([]) { Archived = document };
}

public enum ImportOutcome
{
    Imported,
    Unchanged,
    NewVersion,
    Failed,
}

/// <summary>What became of one item, with the reading's diagnostics; for a failure, why.</summary>
public sealed record ImportResult(ImportItem Item, ImportOutcome Outcome, long? DocumentId, IReadOnlyList<ReadDiagnostic> Diagnostics)
{
    /// <summary>The documents of the year after checked again against this one ("比上年" now has its prior).</summary>
    public int Rechecked { get; init; }

    /// <summary>For a failure, the first error: what to tell the user.</summary>
    public string? Reason => Outcome == ImportOutcome.Failed
        ? Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.Message ?? (Diagnostics.Count > 0 ? Diagnostics[0].Message : null)
        : null;
}

public sealed record ImportOptions
{
    /// <summary>Workers reading and checking at once; the writer is one more. One per core by default.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    public static ImportOptions Default { get; } = new();
}

/// <summary>
/// Imports disclosures into a store through the one ingest pipeline: workers read, bind and check on every core; one
/// writer commits each document in its own transaction, so an interrupted import (Ctrl-C, a killed process) keeps
/// every document it committed whole and none in part, and running it again skips them by their content hash.
/// "比上年" is checked against the stored disclosure of the year before, whichever of the two arrives first: the
/// writer checks a document again when its prior year is stored after it, or was stored while it was being read.
/// </summary>
public sealed class DisclosureImporter
{
    private readonly BudgetStore store;
    private readonly DisclosurePipeline pipeline;
    private readonly ImportOptions options;

    // The models of documents this import committed, by id: the year before of the next document is usually among
    // them, and reading it back from the store costs more than checking (docs/benchmarks.md). Cleared when full.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, Disclosure> committed = new();
    private const int CommittedLimit = 1024;

    public DisclosureImporter(BudgetStore store, DisclosurePipeline pipeline, ImportOptions? options = null)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        this.options = options ?? ImportOptions.Default;
    }

    /// <summary>Imports the items; <paramref name="done"/> hears of each as it is committed or fails, on the writer's thread.</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(IEnumerable<ImportItem> items, Action<ImportResult>? done = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var workers = Math.Max(1, options.Workers);
        var prepared = Channel.CreateBounded<Prepared>(new BoundedChannelOptions(2 * workers) { SingleReader = true });
        var results = new List<ImportResult>();

        var writer = Task.Run(async () =>
        {
            await foreach (var item in prepared.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var result = Commit(item);
                results.Add(result);
                done?.Invoke(result);
            }
        }, CancellationToken.None);

        try
        {
            await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellation },
                async (item, token) => await prepared.Writer.WriteAsync(Prepare(item), token).ConfigureAwait(false)).ConfigureAwait(false);
        }
        finally
        {
            // What was prepared before a cancellation is still committed: it costs milliseconds, and the user asked to stop, not to lose.
            prepared.Writer.Complete();
            await writer.ConfigureAwait(false);
        }
        return results;
    }

    /// <summary>Imports one item now, on this thread.</summary>
    public ImportResult Import(ImportItem item) => Commit(Prepare(item));

    private sealed record Prepared(ImportItem Item, StoredDisclosure? Document, long? PriorId, ImportResult? Early);

    private Prepared Prepare(ImportItem item)
    {
        try
        {
            if (item.Archived is { } archived)
            {
                if (store.Find(archived.ContentHash) is { } already) return new Prepared(item, null, null, new ImportResult(item, ImportOutcome.Unchanged, already, []));
                var before = Prior(archived.Disclosure);
                var restored = StoredDisclosure.Prepare(archived.Parts, archived.Disclosure, archived.Diagnostics, d => pipeline.Check(d, before?.Disclosure))
                    with { ImportedAt = archived.ImportedAt };
                return new Prepared(item, restored, before?.Id, null);
            }
            var inputs = new List<DocumentInput>(item.Parts.Count);
            var diagnostics = new List<ReadDiagnostic>();
            foreach (var part in item.Parts)
            {
                var loaded = part.Load();
                diagnostics.AddRange(loaded.Diagnostics);
                if (loaded.Value is null) return Fail(item, diagnostics);
                inputs.Add(loaded.Value);
            }
            var hashes = inputs.Select(i => StoredPart.Hash(i.Bytes.Span)).ToList();
            var hash = StoredDisclosure.HashOf([.. hashes.Select(h => new StoredPart("", h, "", null))]);
            if (store.Find(hash) is { } known) return new Prepared(item, null, null, new ImportResult(item, ImportOutcome.Unchanged, known, []));

            var documents = item.Parts.Select((part, i) => part.Read ?? pipeline.ReadDocument(inputs[i])).ToList();
            var bound = pipeline.Bind(documents);
            if (bound.Value is not { } disclosure || !bound.Success) return Fail(item, [.. diagnostics, .. bound.Diagnostics]);
            if (!LooksLikeDisclosure(disclosure))
                return Fail(item, [.. diagnostics, .. bound.Diagnostics, new ReadDiagnostic(DiagnosticSeverity.Error, NotADisclosureCode, StorageMessages.NotADisclosure, new SourceLocation(item.Display, 0))]);
            var parts = item.Parts.Select((part, i) => new StoredPart(Path.GetFileName(part.Name), hashes[i], pipeline.FormatOf(inputs[i]).Name, documents[i].Value?.PageCount)).ToList();
            var prior = Prior(disclosure);
            var stored = StoredDisclosure.Prepare(parts, disclosure, [.. diagnostics, .. bound.Diagnostics], d => pipeline.Check(d, prior?.Disclosure));
            return new Prepared(item, stored, prior?.Id, null);
        }
#pragma warning disable CA1031 // one file's fault is that file's failure; the import goes on
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Fail(item, [new ReadDiagnostic(DiagnosticSeverity.Error, ImportFailedCode, ex.Message, new SourceLocation(item.Display, 0))]);
        }
    }

    private (long Id, Disclosure Disclosure)? Prior(Disclosure disclosure) =>
        store.PriorId(disclosure) is { } id && Model(id) is { } model ? (id, model) : null;

    private Disclosure? Model(long id) => committed.TryGetValue(id, out var model) ? model : store.Model(id);

    /// <summary>
    /// Something a store should not hold as a disclosure: no title (unit or year), no table of a known kind or with rows, no figure
    /// in a narrative and no performance target — a README or a letter in a folder of disclosures.
    /// </summary>
    internal static bool LooksLikeDisclosure(Disclosure disclosure) =>
        disclosure.Year is not null || disclosure.UnitName is not null || disclosure.Tables.Any(t => !t.Kind.IsOther || t.Rows.Count > 0)
        || disclosure.Claims.Count > 0 || disclosure.PerformanceTargets.Count > 0;

    /// <summary>The file was read but is not a disclosure.</summary>
    public const string NotADisclosureCode = "BD0096";

    /// <summary>A fault in storing a document, as a diagnostic of it.</summary>
    public const string ImportFailedCode = "BD0095";

    private static Prepared Fail(ImportItem item, IReadOnlyList<ReadDiagnostic> diagnostics) =>
        new(item, null, null, new ImportResult(item, ImportOutcome.Failed, null, diagnostics));

    private ImportResult Commit(Prepared prepared)
    {
        if (prepared.Early is { } early) return early;
        var document = prepared.Document!;
        try
        {
            var saved = store.Save(document);
            if (saved.Outcome == SaveOutcome.Unchanged)
                return new ImportResult(prepared.Item, ImportOutcome.Unchanged, saved.DocumentId, document.Diagnostics);
            if (committed.Count >= CommittedLimit) committed.Clear();
            committed[saved.DocumentId] = document.Disclosure;
            // Its prior year may have been committed while it was read: check it against that one now.
            if (Prior(document.Disclosure) is { } prior && prior.Id != prepared.PriorId)
                store.ReplaceChecks(saved.DocumentId, pipeline.Check(document.Disclosure, prior.Disclosure));
            var rechecked = 0;
            foreach (var next in store.Successors(saved.DocumentId))
            {
                if (Model(next) is not { } later) continue;
                store.ReplaceChecks(next, pipeline.Check(later, document.Disclosure));
                rechecked++;
            }
            return new ImportResult(prepared.Item, saved.Outcome == SaveOutcome.NewVersion ? ImportOutcome.NewVersion : ImportOutcome.Imported,
                saved.DocumentId, document.Diagnostics) { Rechecked = rechecked };
        }
#pragma warning disable CA1031 // a document the database refuses is that document's failure
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new ImportResult(prepared.Item, ImportOutcome.Failed, null,
                [.. document.Diagnostics, new ReadDiagnostic(DiagnosticSeverity.Error, ImportFailedCode, ex.Message, new SourceLocation(prepared.Item.Display, 0))]);
        }
    }
}
