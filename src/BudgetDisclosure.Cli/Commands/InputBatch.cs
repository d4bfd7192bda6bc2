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
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(handle);
        if (sources.Count > 1 && console.ErrorIsTerminal) return RunWithProgress(sources, console, handle);

        var failed = 0;
        foreach (var source in sources)
        {
            var document = Read(source);
            Report(document, console.Error.WriteLine);
            if (!document.Usable) failed++;
            handle(document, console.Out);
        }
        console.Out.Flush();
        return failed;
    }

    private static int RunWithProgress(IReadOnlyList<InputSource> sources, CliConsole console, Action<InputDocument, TextWriter> handle)
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
                var task = context.AddTask(CliMessages.Reading, maxValue: sources.Count);
                foreach (var source in sources)
                {
                    task.Description = Markup.Escape(CliMessages.Reading + " " + string.Join(" + ", source.Paths.Select(Path.GetFileName)));
                    var document = Read(source);
                    // Written through the progress console so the lines land above the bar instead of through it.
                    Report(document, line => stderr.WriteLine(line));
                    if (!document.Usable) failed++;
                    handle(document, output);
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
