using BudgetDisclosure.Cli.Output;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Model;
using Spectre.Console;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>One input after reading: its path as given, what was said about it and the disclosure when it could be used.</summary>
internal sealed record InputDocument(string Path, IReadOnlyList<ReadDiagnostic> Diagnostics, Disclosure? Disclosure)
{
    /// <summary>False when the reader gave nothing back or reported an error: the file could not be used as it is.</summary>
    public bool Usable => Disclosure is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Reads the inputs of a verb one after another, prints their diagnostics to stderr and hands each to the verb,
/// whatever happened to the others. Shared by every verb that takes files.
/// </summary>
internal static class InputBatch
{
    /// <summary>Reads every file and calls the handler with each, writing to its writer. Returns the number of unusable inputs.</summary>
    public static int Run(IReadOnlyList<string> paths, CliConsole console, Action<InputDocument, TextWriter> handle) =>
        Run([.. paths.Select(p => new InputSource([p]))], console, handle);

    /// <summary>Reads every disclosure (one file, or the files of one disclosure read as one) and calls the handler with each.</summary>
    public static int Run(IReadOnlyList<InputSource> sources, CliConsole console, Action<InputDocument, TextWriter> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return Run(sources, console, static _ => 0, (document, _, output) => handle(document, output));
    }

    /// <summary>
    /// Reads every disclosure and works on it (<paramref name="prepare"/>: a check) on every core, then hands each to
    /// <paramref name="handle"/> in the order given, on this thread: the output reads as if one file were done after
    /// another, while a batch takes the time of its work shared over the cores.
    /// </summary>
    public static int Run<T>(IReadOnlyList<InputSource> sources, CliConsole console, Func<InputDocument, T> prepare, Action<InputDocument, T, TextWriter> handle)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(handle);
        var done = Prepared(sources, prepare);
        if (sources.Count > 1 && console.ErrorIsTerminal) return RunWithProgress(sources.Count, done, console, handle);

        var failed = 0;
        foreach (var (_, document, work) in done)
        {
            Report(document, console.Error.WriteLine);
            if (!document.Usable) failed++;
            handle(document, work, console.Out);
        }
        console.Out.Flush();
        return failed;
    }

    /// <summary>
    /// The sources read and prepared on every core, yielded in their order as each and those before it are done. At
    /// most two per core are in hand at once: a batch's memory stays that of a few documents (an unbounded parallel
    /// query ran ahead of the writer and held 450 MB for 1,800 texts, and its collections cost more than it won).
    /// </summary>
    private static IEnumerable<(InputSource Source, InputDocument Document, T Work)> Prepared<T>(IReadOnlyList<InputSource> sources, Func<InputDocument, T> prepare)
    {
        (InputSource, InputDocument, T) One(InputSource source)
        {
            var document = Read(source);
            return (source, document, prepare(document));
        }
        if (sources.Count <= 1)
        {
            foreach (var source in sources) yield return One(source);
            yield break;
        }
        var limit = 2 * Environment.ProcessorCount;
        var window = new Queue<Task<(InputSource, InputDocument, T)>>(limit);
        foreach (var source in sources)
        {
            window.Enqueue(Task.Run(() => One(source)));
            if (window.Count >= limit) yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0) yield return window.Dequeue().GetAwaiter().GetResult();
    }

    private static int RunWithProgress<T>(int count, IEnumerable<(InputSource Source, InputDocument Document, T Work)> done, CliConsole console, Action<InputDocument, T, TextWriter> handle)
    {
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        // Output going to the same terminal as the progress bar would be torn by its redraws; hold it until the end.
        var output = console.OutIsTerminal ? new StringWriter() : console.Out;
        var failed = 0;
        stderr.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(CliMessages.Reading, maxValue: count);
                foreach (var (source, document, work) in done)
                {
                    task.Description = Markup.Escape(CliMessages.Reading + " " + string.Join(" + ", source.Paths.Select(Path.GetFileName)));
                    // Written through the progress console so the lines land above the bar instead of through it.
                    Report(document, line => stderr.WriteLine(line));
                    if (!document.Usable) failed++;
                    handle(document, work, output);
                    task.Increment(1);
                }
            });
        if (output != console.Out) console.Out.Write(output.ToString());
        console.Out.Flush();
        return failed;
    }

    internal static InputDocument Read(string path) => Read(new InputSource([path]));

    internal static InputDocument Read(InputSource source)
    {
        var path = source.Display;
        try
        {
            var pipeline = Pipelines.For(source.Pdf, source.Template);
            var result = pipeline.Bind([.. source.Paths.Select(p => source.Read?.GetValueOrDefault(p) ?? pipeline.ReadDocument(p))]);
            return new InputDocument(path, result.Diagnostics, result.Value);
        }
#pragma warning disable CA1031 // A fault on one file must not stop the batch; it is reported for that file instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var diagnostic = new ReadDiagnostic(DiagnosticSeverity.Error, CliMessages.InternalErrorCode, CliMessages.InternalError(ex.Message), new SourceLocation(path, 0));
            return new InputDocument(path, [diagnostic], null);
        }
    }

    private static void Report(InputDocument document, Action<string> writeLine)
    {
        foreach (var diagnostic in document.Diagnostics)
            if (DiagnosticFormatter.ShouldPrint(diagnostic)) writeLine(DiagnosticFormatter.Format(diagnostic));
    }
}
