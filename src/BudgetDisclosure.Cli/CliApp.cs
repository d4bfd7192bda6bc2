using System.CommandLine;
using System.CommandLine.Help;
using BudgetDisclosure.Cli.Commands;

namespace BudgetDisclosure.Cli;

/// <summary>The <c>budget</c> command line: the root command and its verbs, one class per verb under Commands/.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand(CliMessages.RootDescription)
        {
            ParseCommand.Create(console),
            CheckCommand.Create(console),
            RenderCommand.Create(console),
            SynthCommand.Create(console),
            TemplateCommand.Create(console),
            TemplatesCommand.Create(console),
            ImportCommand.Create(console),
            QueryCommand.Create(console),
            ExportCommand.Create(console),
            UnitsCommand.Create(console),
        };
        return root;
    }

    /// <summary>Runs the command line against <paramref name="console"/>; never throws and never prints a stack trace.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var parsed = Build(console).Parse(args);
            // Usage mistakes get exit code 2, like an unusable input: 1 is reserved for findings.
            if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
            {
                foreach (var error in parsed.Errors) console.Error.WriteLine(CliMessages.CommandLineError(error.Message));
                console.Error.WriteLine(CliMessages.SeeHelp);
                return ExitCodes.InputError;
            }
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (IOException ex)
        {
            // Typically the reader of a pipe went away (`budget parse … | head`).
            TryWriteLine(console.Error, CliMessages.OutputFailed(ex.Message));
            return ExitCodes.InputError;
        }
#pragma warning disable CA1031 // Last resort: a fault in the tool is reported in one line, never as a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TryWriteLine(console.Error, "budget: " + CliMessages.InternalError(ex.Message));
            return ExitCodes.InternalError;
        }
    }

    private static void TryWriteLine(TextWriter writer, string line)
    {
        try
        {
            writer.WriteLine(line);
        }
        catch (IOException)
        {
            // stderr is gone too; nothing more can be said.
        }
    }
}
