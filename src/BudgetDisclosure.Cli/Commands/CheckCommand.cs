using System.CommandLine;
using System.Reflection;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Cli.Output;
using BudgetDisclosure.Model;
using BudgetDisclosure.Output;

namespace BudgetDisclosure.Cli.Commands;

internal enum CheckFormat
{
    Text,
    Json,
    Sarif,
}

/// <summary>
/// <c>budget check FILE... [--prior FILE] [--format text|json|sarif] [--min-severity LEVEL] [--lang zh|en]</c>: every
/// identity and every restated figure, rounding-aware. Exit 1 on any error finding, 2 when an input could not be used.
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] FormatNames = ["text", "json", "sarif"];
    private static readonly string[] SeverityNames = ["error", "warning", "info"];

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = CliMessages.CheckFilesDescription, Arity = ArgumentArity.OneOrMore };
        var prior = new Option<string?>("--prior") { Description = CliMessages.PriorDescription, HelpName = "FILE" };
        var format = new Option<string>("--format", "-f")
        {
            Description = CliMessages.CheckFormatDescription,
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        format.AcceptOnlyFromAmong(FormatNames);
        var minimum = new Option<string>("--min-severity")
        {
            Description = CliMessages.MinSeverityDescription,
            DefaultValueFactory = _ => "info",
            HelpName = "error|warning|info",
        };
        minimum.AcceptOnlyFromAmong(SeverityNames);

        var asOne = new Option<bool>("--as-one") { Description = CliMessages.AsOneDescription };
        var ocr = new Option<bool>("--ocr") { Description = CliMessages.OcrDescription };
        var template = new Option<string?>("--template") { Description = CliMessages.TemplateOptionDescription, HelpName = "ID" };
        var config = new Option<string?>("--config") { Description = CliMessages.ConfigOptionDescription, HelpName = "FILE" };
        var lang = LanguageOption.Create();
        var db = new Option<string?>("--db") { Description = CliMessages.CheckDatabaseDescription, HelpName = "FILE|CONNECTION" };
        var command = new Command("check", CliMessages.CheckDescription) { files, prior, format, minimum, asOne, ocr, template, config, lang, db };
        command.SetAction(result => Run(
            InputSources.From(result.GetRequiredValue(files), result.GetValue(asOne), result.GetValue(ocr) ? InputSources.OcrReading : null),
            result.GetValue(prior),
            result.GetRequiredValue(format) switch { "json" => CheckFormat.Json, "sarif" => CheckFormat.Sarif, _ => CheckFormat.Text },
            Severities.Parse(result.GetRequiredValue(minimum)) ?? Severity.Info,
            LanguageOption.Of(result, lang),
            console,
            result.GetValue(config),
            result.GetValue(template),
            result.GetValue(db)));
        return command;
    }

    public static int Run(IReadOnlyList<InputSource> sources, string? priorPath, CheckFormat format, Severity minimum, MessageLanguage language, CliConsole console,
        string? configPath = null, string? template = null, string? database = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(console);
        var (configurations, paths) = Configurations.Resolve(sources, configPath, template, console);
        if (configurations is null) return ExitCodes.InputError;
        Disclosure? prior = null;
        if (priorPath is not null)
        {
            var read = InputBatch.Read(priorPath);
            foreach (var d in read.Diagnostics.Where(DiagnosticFormatter.ShouldPrint)) console.Error.WriteLine(DiagnosticFormatter.Format(d));
            if (!read.Usable) return ExitCodes.InputError;
            prior = read.Disclosure;
        }

        // With a store, each document's year before is the store's, unless --prior names one for all.
        Storage.BudgetStore? store = null;
        if (database is not null && (store = StoreOptions.OpenStore(database, console)) is null) return ExitCodes.InputError;

        var defaults = new CheckOptions { MinimumSeverity = minimum };
        CheckOptions OptionsFor(InputDocument document) => defaults with { Rules = configurations.RulesFor(document.Path) };
        var errors = 0;
        int failed;
        // Checked on every core as the inputs are read; written in their order.
        CheckReport? Check(InputDocument document) =>
            document.Usable ? Checker.Check(document.Disclosure!, prior ?? store?.Prior(document.Disclosure!)?.Disclosure, OptionsFor(document)) : null;
        switch (format)
        {
            case CheckFormat.Json:
                using (var json = new CheckJsonWriter(console.Out, language))
                {
                    failed = InputBatch.Run(paths, console, Check, (document, report, _) =>
                    {
                        if (report?.HasErrors == true) errors++;
                        json.Write(document.Path, document.Diagnostics, report);
                    });
                    json.Complete();
                }
                break;
            case CheckFormat.Sarif:
                var reports = new List<(string, CheckReport?)>();
                failed = InputBatch.Run(paths, console, Check, (document, report, _) =>
                {
                    if (report?.HasErrors == true) errors++;
                    reports.Add((document.Path, report));
                });
                SarifWriter.Write(console.Out, reports, Version(), language);
                break;
            default:
                failed = InputBatch.Run(paths, console, Check, (document, report, output) =>
                {
                    if (report is null) return;
                    if (report.HasErrors) errors++;
                    FindingTextWriter.Write(output, document.Path, report, language);
                });
                break;
        }
        console.Out.Flush();
        if (failed > 0) return ExitCodes.InputError;
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string Version() =>
        typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
