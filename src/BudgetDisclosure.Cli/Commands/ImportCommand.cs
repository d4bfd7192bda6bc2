using System.CommandLine;
using BudgetDisclosure.Cli.Output;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Storage;
using Spectre.Console;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// <c>budget import PATH... [--db FILE|CONNECTION] [--jobs N]</c>: files and folders (recursively) into the store, one
/// transaction per document, idempotent by content hash. Exit 2 only when nothing could be imported.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = CliMessages.ImportPathsDescription, Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Database();
        var jobs = new Option<int>("--jobs", "-j") { Description = CliMessages.JobsDescription, DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var ocr = new Option<bool>("--ocr") { Description = CliMessages.OcrDescription };
        var command = new Command("import", CliMessages.ImportDescription) { paths, db, jobs, ocr };
        command.SetAction(result => Run(result.GetRequiredValue(paths), result.GetValue(db), result.GetValue(jobs), result.GetValue(ocr), console));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? database, int jobs, bool ocr, CliConsole console, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(console);
        if (StoreOptions.OpenStore(database, console) is not { } store) return ExitCodes.InputError;
        var pdf = ocr ? InputSources.OcrReading : null;
        var pipeline = Pipelines.For(pdf);
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing) console.Error.WriteLine(CliMessages.ImportMissing(path));
        var items = ImportSources.From([.. paths.Except(missing)], pdf, pipeline.Limits);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            // The first Ctrl-C stops after the documents in hand are committed; a second one ends the process.
            if (stop.IsCancellationRequested) return;
            e.Cancel = true;
            stop.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        try
        {
            var importer = new DisclosureImporter(store, pipeline, new ImportOptions { Workers = Math.Max(1, jobs) });
            IReadOnlyList<ImportResult> results;
            var interrupted = false;
            try
            {
                results = console.ErrorIsTerminal ? WithProgress(importer, items, console, stop.Token) : Quiet(importer, items, console, stop.Token);
            }
            catch (OperationCanceledException)
            {
                interrupted = true;
                results = [];
            }
            return Summarise(results, missing.Count, interrupted || stop.IsCancellationRequested, store, console);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    private static List<ImportResult> Quiet(DisclosureImporter importer, IReadOnlyList<ImportItem> items, CliConsole console, CancellationToken cancellation)
    {
        var results = new List<ImportResult>();
        try
        {
            importer.ImportAsync(items, r => { results.Add(r); Report(r, console.Error.WriteLine); }, cancellation).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Every document committed before the interruption is kept, and in the results.
        }
        return results;
    }

    private static List<ImportResult> WithProgress(DisclosureImporter importer, IReadOnlyList<ImportItem> items, CliConsole console, CancellationToken cancellation)
    {
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        var results = new List<ImportResult>();
        stderr.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(CliMessages.Importing, maxValue: Math.Max(1, items.Count));
                try
                {
                    importer.ImportAsync(items, r =>
                    {
                        results.Add(r);
                        task.Description = Markup.Escape(CliMessages.Importing + " " + Path.GetFileName(r.Item.Parts[0].Name));
                        Report(r, line => stderr.WriteLine(line));
                        task.Increment(1);
                    }, cancellation).GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    // Kept: what was committed.
                }
            });
        return results;
    }

    private static void Report(ImportResult result, Action<string> writeLine)
    {
        if (result.Outcome != ImportOutcome.Failed) return;
        writeLine(CliMessages.ImportFailed(result.Item.Display, result.Reason ?? ""));
    }

    private static int Summarise(IReadOnlyList<ImportResult> results, int missing, bool interrupted, BudgetStore store, CliConsole console)
    {
        var imported = results.Count(r => r.Outcome == ImportOutcome.Imported);
        var unchanged = results.Count(r => r.Outcome == ImportOutcome.Unchanged);
        var versions = results.Count(r => r.Outcome == ImportOutcome.NewVersion);
        var failed = results.Where(r => r.Outcome == ImportOutcome.Failed).ToList();
        var rechecked = results.Sum(r => r.Rechecked);
        console.Error.WriteLine(CliMessages.ImportSummary(store.Location.Display, imported, unchanged, versions, failed.Count + missing, rechecked));
        if (failed.Count > 0)
        {
            console.Error.WriteLine(CliMessages.ImportFailures);
            foreach (var f in failed) console.Error.WriteLine("  " + f.Item.Display + "：" + f.Reason);
        }
        if (interrupted) console.Error.WriteLine(CliMessages.ImportInterrupted);
        console.Error.Flush();
        return imported + unchanged + versions == 0 && (failed.Count + missing > 0 || results.Count == 0) ? ExitCodes.InputError : ExitCodes.Success;
    }
}

/// <summary>
/// The items an import reads: every readable file under the paths, recursively; the files of a folder paired into the
/// disclosures they publish (情况说明 and 报表 apart) as <c>budget check</c> pairs them. A folder of more than
/// <see cref="PairedFolderLimit"/> files is paired by file name only: pairing by the units the files name reads every
/// file first and holds them all.
/// </summary>
internal static class ImportSources
{
    public const int PairedFolderLimit = 500;

    public static IReadOnlyList<ImportItem> From(IReadOnlyList<string> paths, Pdf.PdfReadOptions? pdf, IngestLimits limits)
    {
        var items = new List<ImportItem>();
        foreach (var path in paths)
        {
            if (File.Exists(path) && Path.GetExtension(path).ToUpperInvariant() is ".JSON" or ".JSONL")
            {
                // A store's archive (budget export --format json): its documents, read as the import goes.
                if (!StoreArchive.IsArchive(path)) { items.Add(Failed(path, CliMessages.NotAnArchive(path))); continue; }
                try
                {
                    items.AddRange([.. StoreArchive.Read(path).Select(ImportItem.FromArchive)]);
                }
                catch (Exception ex) when (ex is System.Text.Json.JsonException or StoreException or IOException or InvalidOperationException or KeyNotFoundException)
                {
                    items.Add(Failed(path, ex.Message));
                }
                continue;
            }
            if (File.Exists(path)) { items.Add(new ImportItem([ImportPart.FromFile(path, limits)])); continue; }
            foreach (var folder in Folders(path))
            {
                var files = Directory.GetFiles(folder).Where(InputSources.IsReadable).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0) continue;
                var sources = files.Count <= PairedFolderLimit
                    ? InputSources.Pair(files, pdf)
                    : files.GroupBy(InputSources.NameKey, StringComparer.Ordinal).Select(g => new InputSource([.. g]));
                foreach (var source in sources)
                    items.Add(new ImportItem([.. source.Paths.Select(p => ImportPart.FromFile(p, limits, source.Read?.GetValueOrDefault(p)))]));
            }
        }
        return items;
    }

    /// <summary>An item that fails with the reason when imported, so it is reported with the others.</summary>
    private static ImportItem Failed(string path, string reason) =>
        new([new ImportPart(path, () => BudgetDisclosure.Documents.ReadResult.Failed<DocumentInput>(
            new BudgetDisclosure.Documents.ReadDiagnostic(BudgetDisclosure.Documents.DiagnosticSeverity.Error, DisclosureImporter.ImportFailedCode, reason,
                new BudgetDisclosure.Model.SourceLocation(path, 0))))]);

    private static IEnumerable<string> Folders(string root)
    {
        yield return root;
        foreach (var folder in Directory.EnumerateDirectories(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Order(StringComparer.Ordinal))
            yield return folder;
    }
}
