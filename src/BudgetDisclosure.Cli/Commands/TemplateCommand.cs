using System.CommandLine;
using BudgetDisclosure.Cli.Output;
using BudgetDisclosure.OpenXml.Template;
using BudgetDisclosure.Writing;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// <c>budget template --out data.xlsx [--prior FILE] [--from FILE]</c>: writes the input workbook, empty or started
/// from a published disclosure, with last year's figures filled in from last year's disclosure.
/// Exit 0 written, 2 an input could not be read.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out", "-o") { Description = CliMessages.TemplateOutDescription, Required = true, HelpName = "data.xlsx" };
        var prior = new Option<string?>("--prior") { Description = CliMessages.TemplatePriorDescription, HelpName = "FILE" };
        var from = new Option<string?>("--from") { Description = CliMessages.TemplateFromDescription, HelpName = "FILE" };
        var command = new Command("template", CliMessages.TemplateDescription) { output, prior, from };
        command.SetAction(r => Run(r.GetRequiredValue(output), r.GetValue(prior), r.GetValue(from), console));
        return command;
    }

    public static int Run(string outputPath, string? priorPath, string? fromPath, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        WritingInput? from = null;
        if (fromPath is not null)
        {
            var (input, diagnostics) = RenderInput.Load(fromPath);
            foreach (var d in diagnostics.Where(DiagnosticFormatter.ShouldPrint)) console.Error.WriteLine(DiagnosticFormatter.Format(d));
            if (input is null || diagnostics.Any(d => d.Severity == Documents.DiagnosticSeverity.Error)) return ExitCodes.InputError;
            from = input;
        }
        Dictionary<FigureKey, decimal>? prior = null;
        if (priorPath is not null)
        {
            var read = RenderInput.ReadDisclosure(priorPath);
            foreach (var d in read.Diagnostics.Where(DiagnosticFormatter.ShouldPrint)) console.Error.WriteLine(DiagnosticFormatter.Format(d));
            if (read.Value is null || !read.Success) return ExitCodes.InputError;
            prior = PriorYear.FromTables(read.Value);
        }
        TemplateWriter.Write(outputPath, from, prior);
        console.Error.WriteLine(CliMessages.TemplateWritten(outputPath));
        return ExitCodes.Success;
    }
}
