using System.CommandLine;
using BudgetDisclosure.Cli.Output;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.OpenXml.Template;
using BudgetDisclosure.Writing;

namespace BudgetDisclosure.Cli.Commands;

internal enum RenderFormat
{
    Docx,
    Pdf,
    Html,
    Md,
    Xlsx,
}

/// <summary>
/// <c>budget render INPUT --to docx|pdf|html|md|xlsx [--out PATH] [--prior FILE]</c>: composes the whole four-part
/// disclosure and writes it. Missing reasons and figures are placeholders in the output and warnings on stderr.
/// Exit 0 written, 2 unusable input (or no PDF converter).
/// </summary>
internal static class RenderCommand
{
    private static readonly string[] FormatNames = ["docx", "pdf", "html", "md", "xlsx"];

    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("INPUT") { Description = CliMessages.RenderInputDescription };
        var to = new Option<string>("--to", "-t") { Description = CliMessages.RenderToDescription, Required = true, HelpName = "docx|pdf|html|md|xlsx" };
        to.AcceptOnlyFromAmong(FormatNames);
        var output = new Option<string?>("--out", "-o") { Description = CliMessages.RenderOutDescription, HelpName = "PATH" };
        var prior = new Option<string?>("--prior") { Description = CliMessages.RenderPriorDescription, HelpName = "FILE" };
        var command = new Command("render", CliMessages.RenderDescription) { input, to, output, prior };
        command.SetAction(result => Run(
            result.GetRequiredValue(input),
            Enum.Parse<RenderFormat>(result.GetRequiredValue(to), ignoreCase: true),
            result.GetValue(output),
            result.GetValue(prior),
            console));
        return command;
    }

    public static int Run(string inputPath, RenderFormat format, string? outputPath, string? priorPath, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (RenderInput.IsTemplate(inputPath))
        {
            // The input workbook: its errors name sheet and cell and stop the rendering; warnings let it go on.
            var read = TemplateReader.Read(inputPath);
            foreach (var issue in read.Issues) console.Error.WriteLine(issue.ToString());
            if (read.Input is null || read.HasErrors) return ExitCodes.InputError;
            return Render(read.Input, inputPath, format, outputPath, priorPath, console);
        }
        var (input, diagnostics) = RenderInput.Load(inputPath);
        Report(diagnostics, console);
        if (input is null || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return ExitCodes.InputError;
        return Render(input, inputPath, format, outputPath, priorPath, console);
    }

    private static int Render(WritingInput input, string inputPath, RenderFormat format, string? outputPath, string? priorPath, CliConsole console)
    {
        if (priorPath is not null)
        {
            var prior = RenderInput.ReadDisclosure(priorPath);
            Report(prior.Diagnostics, console);
            if (prior.Value is null || !prior.Success) return ExitCodes.InputError;
            input = WithPrior(input, PriorYear.FromTables(prior.Value));
        }

        var composed = Composer.Compose(input);
        foreach (var warning in composed.Warnings)
            console.Error.WriteLine($"{inputPath}: warning {warning.Code}: {warning.Message}");
        var target = outputPath ?? Path.ChangeExtension(inputPath, "." + format.ToString().ToLowerInvariant());
        if (Path.GetFullPath(target) == Path.GetFullPath(inputPath))
        {
            console.Error.WriteLine(CliMessages.RenderWouldOverwrite(target));
            return ExitCodes.InputError;
        }
        try
        {
            Write(composed, format, target, console);
        }
        catch (PdfConversionException ex)
        {
            console.Error.WriteLine($"budget: {ex.Message}");
            return ExitCodes.InputError;
        }
        if (target != "-") console.Error.WriteLine(CliMessages.Rendered(target, composed.Warnings.Count));
        return ExitCodes.Success;
    }

    /// <summary>Figures from last year's disclosure fill what the input does not already say.</summary>
    internal static WritingInput WithPrior(WritingInput input, IReadOnlyDictionary<FigureKey, decimal> figures)
    {
        var merged = new Dictionary<FigureKey, decimal>(input.Prior);
        foreach (var (key, value) in figures) merged.TryAdd(key, value);
        return input with { Prior = merged };
    }

    internal static void Write(ComposedDocument composed, RenderFormat format, string target, CliConsole console)
    {
        switch (format)
        {
            case RenderFormat.Md:
                WriteText(MarkdownWriter.Write(composed), target, console);
                break;
            case RenderFormat.Html:
                WriteText(HtmlWriter.Write(composed), target, console);
                break;
            case RenderFormat.Docx:
                DocxWriter.Write(composed, target);
                break;
            case RenderFormat.Xlsx:
                XlsxWriter.Write(composed, target);
                break;
            case RenderFormat.Pdf:
                var docx = Path.Combine(Path.GetTempPath(), $"budget-{Guid.NewGuid():N}", Path.GetFileNameWithoutExtension(target) + ".docx");
                Directory.CreateDirectory(Path.GetDirectoryName(docx)!);
                try
                {
                    DocxWriter.Write(composed, docx);
                    PdfConverter.Convert(docx, target);
                }
                finally
                {
                    Directory.Delete(Path.GetDirectoryName(docx)!, recursive: true);
                }
                break;
        }
    }

    private static void WriteText(string text, string target, CliConsole console)
    {
        if (target == "-") { console.Out.Write(text); console.Out.Flush(); return; }
        File.WriteAllText(target, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void Report(IReadOnlyList<ReadDiagnostic> diagnostics, CliConsole console)
    {
        foreach (var d in diagnostics)
            if (DiagnosticFormatter.ShouldPrint(d)) console.Error.WriteLine(DiagnosticFormatter.Format(d));
    }
}
