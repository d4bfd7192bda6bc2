using System.CommandLine;
using BudgetDisclosure.Cli.Output;
using BudgetDisclosure.Output;

namespace BudgetDisclosure.Cli.Commands;

internal enum ParseFormat
{
    Json,
    Facts,
    Tables,
}

/// <summary>
/// <c>budget parse FILE... [--format json|facts|tables] [--lang zh|en]</c>: reads disclosures and writes what was bound
/// (the language is that of the table preview's captions; JSON and facts are data).
/// </summary>
internal static class ParseCommand
{
    private static readonly string[] FormatNames = ["json", "facts", "tables"];

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = CliMessages.FilesDescription,
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = CliMessages.FormatDescription,
            DefaultValueFactory = _ => "json",
            HelpName = "json|facts|tables",
        };
        format.AcceptOnlyFromAmong(FormatNames);

        var asOne = new Option<bool>("--as-one") { Description = CliMessages.AsOneDescription };
        var ocr = new Option<bool>("--ocr") { Description = CliMessages.OcrDescription };
        var template = new Option<string?>("--template") { Description = CliMessages.TemplateOptionDescription, HelpName = "ID" };
        var lang = LanguageOption.Create();
        var command = new Command("parse", CliMessages.ParseDescription) { files, format, asOne, ocr, template, lang };
        command.SetAction(result => Run(
            InputSources.From(result.GetRequiredValue(files), result.GetValue(asOne), result.GetValue(ocr) ? InputSources.OcrReading : null),
            ToFormat(result.GetRequiredValue(format)),
            LanguageOption.Of(result, lang),
            console,
            result.GetValue(template)));
        return command;
    }

    public static int Run(IReadOnlyList<InputSource> sources, ParseFormat format, MessageLanguage language, CliConsole console, string? template = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(console);
        // A .budgetconfig's template applies to parse as to check, so both read a document the same way.
        var (configurations, paths) = Configurations.Resolve(sources, null, template, console);
        if (configurations is null) return ExitCodes.InputError;
        int failed;
        switch (format)
        {
            case ParseFormat.Facts:
                FactsCsv.WriteHeader(console.Out);
                failed = InputBatch.Run(paths, console, (document, output) =>
                {
                    if (document.Disclosure is not null) FactsCsv.Write(output, document.Disclosure);
                });
                break;
            case ParseFormat.Tables:
                TableRenderer? renderer = null;
                TextWriter? rendererOutput = null;
                failed = InputBatch.Run(paths, console, (document, output) =>
                {
                    if (document.Disclosure is null) return;
                    if (!ReferenceEquals(rendererOutput, output))
                    {
                        rendererOutput = output;
                        // Colour and boxes only when the text really lands on the terminal, not in a held buffer.
                        renderer = new TableRenderer(output, console.OutIsTerminal && ReferenceEquals(output, console.Out), language);
                    }
                    renderer!.Render(document.Path, document.Disclosure);
                });
                break;
            default:
                JsonDocumentWriter? json = null;
                try
                {
                    failed = InputBatch.Run(paths, console, (document, output) =>
                    {
                        json ??= new JsonDocumentWriter(output);
                        json.Write(document.Path, document.Diagnostics, document.Disclosure);
                    });
                    json?.Complete();
                }
                finally
                {
                    json?.Dispose();
                }
                break;
        }
        console.Out.Flush();
        return failed > 0 ? ExitCodes.InputError : ExitCodes.Success;
    }

    private static ParseFormat ToFormat(string name) => name switch
    {
        "facts" => ParseFormat.Facts,
        "tables" => ParseFormat.Tables,
        _ => ParseFormat.Json,
    };
}
