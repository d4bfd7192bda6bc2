using System.CommandLine;
using System.Text.Json;
using BudgetDisclosure.Model;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Output;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Writing.Synthesis;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// <c>budget synth --count N --seed S --out DIR [--errors RATE] [--formats md,txt,docx,xlsx]</c>: synthetic
/// disclosures, the formats taken in turn; with --errors, one injected mistake in that fraction of them and
/// <c>answers.json</c> saying what and where. Exit 0 written, 2 bad arguments.
/// </summary>
internal static class SynthCommand
{
    internal static readonly string[] Formats = ["md", "txt", "docx", "xlsx", "html", "json"];

    public static Command Create(CliConsole console)
    {
        var count = new Option<int>("--count", "-n") { Description = CliMessages.SynthCountDescription, DefaultValueFactory = _ => 10, HelpName = "N" };
        var seed = new Option<int>("--seed", "-s") { Description = CliMessages.SynthSeedDescription, DefaultValueFactory = _ => 1, HelpName = "S" };
        var output = new Option<string>("--out", "-o") { Description = CliMessages.SynthOutDescription, Required = true, HelpName = "DIR" };
        var errors = new Option<double>("--errors") { Description = CliMessages.SynthErrorsDescription, DefaultValueFactory = _ => 0, HelpName = "RATE" };
        var formats = new Option<string>("--formats") { Description = CliMessages.SynthFormatsDescription, DefaultValueFactory = _ => "md,txt,docx,xlsx", HelpName = "md,txt,docx,xlsx,…" };
        var command = new Command("synth", CliMessages.SynthDescription) { count, seed, output, errors, formats };
        command.SetAction(r => Run(r.GetValue(count), r.GetValue(seed), r.GetRequiredValue(output), r.GetValue(errors), r.GetValue(formats) ?? "md", console));
        return command;
    }

    public static int Run(int count, int seed, string dir, double errorRate, string formatList, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (errorRate is < 0 or > 1 || double.IsNaN(errorRate)) { console.Error.WriteLine(CliMessages.SynthBadRate); return ExitCodes.InputError; }
        var formats = formatList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToList();
        if (formats.Count == 0) formats.Add("md");
        if (formats.FirstOrDefault(f => !Formats.Contains(f)) is { } bad) { console.Error.WriteLine(CliMessages.SynthBadFormat(bad)); return ExitCodes.InputError; }
        Directory.CreateDirectory(dir);
        var written = Synthesize(count, seed, dir, errorRate, formats);
        var answers = Path.Combine(dir, "answers.json");
        File.WriteAllText(answers, AnswersJson(seed, errorRate, written));
        console.Error.WriteLine(CliMessages.Synthesized(written.Count, written.Count(w => w.Errors.Count > 0), dir));
        return ExitCodes.Success;
    }

    internal sealed record Written(string File, string Format, string Unit, int Year, IReadOnlyList<InjectedError> Errors);

    /// <summary>Writes the documents; which ones get an error, and which kind, follows from the seed alone.</summary>
    internal static List<Written> Synthesize(int count, int seed, string dir, double errorRate, IReadOnlyList<string> formats)
    {
        var kinds = Enum.GetValues<ErrorKind>();
        var random = new Random(seed);
        var list = new List<Written>();
        var counts = new int[kinds.Length];
        var index = 0;
        foreach (var doc in SyntheticDisclosures.Generate(count, seed))
        {
            var format = formats[index % formats.Count];
            var composed = Composer.Compose(doc.Input);
            var errors = new List<InjectedError>();
            if (random.NextDouble() < errorRate)
            {
                // The kind injected least so far that this document can carry (ties in declaration order), so every
                // kind is exercised even in a small run — also those only some documents can carry (表8/9, 11, 12).
                foreach (var k in Enumerable.Range(0, kinds.Length).OrderBy(k => counts[k]).ThenBy(k => k))
                {
                    if (ErrorInjector.Inject(composed, kinds[k], random) is { } result)
                    {
                        composed = result.Document;
                        errors.Add(result.Error);
                        counts[k]++;
                        break;
                    }
                }
            }
            var file = doc.Name + "." + format;
            var path = Path.Combine(dir, file);
            Write(composed, doc, format, path);
            list.Add(new Written(file, format, doc.Input.Disclosure.UnitName ?? "", doc.Input.Disclosure.Year ?? 0, errors));
            index++;
        }
        return list;
    }

    private static void Write(ComposedDocument composed, SyntheticDocument doc, string format, string path)
    {
        var utf8 = new System.Text.UTF8Encoding(false);
        switch (format)
        {
            case "md": File.WriteAllText(path, MarkdownWriter.Write(composed), utf8); break;
            case "txt": File.WriteAllText(path, TabTextWriter.Write(composed), utf8); break;
            case "html": File.WriteAllText(path, HtmlWriter.Write(composed), utf8); break;
            case "docx": DocxWriter.Write(composed, path); break;
            case "xlsx": XlsxWriter.Write(composed, path); break;
            // The model itself (as budget parse prints it), for tools that start from the model.
            case "json": File.WriteAllText(path, BudgetJson.Serialize(new ParseOutputJson { SchemaVersion = BudgetJson.SchemaVersion, Documents = [JsonMapper.ToJson(Path.GetFileName(path), [], doc.Input.Disclosure)] }), utf8); break;
        }
    }

    private static string AnswersJson(int seed, double rate, List<Written> written)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("seed", seed);
            w.WriteNumber("errorRate", rate);
            w.WriteStartArray("documents");
            foreach (var d in written)
            {
                w.WriteStartObject();
                w.WriteString("file", d.File);
                w.WriteString("format", d.Format);
                w.WriteString("unit", d.Unit);
                w.WriteNumber("year", d.Year);
                w.WriteStartArray("errors");
                foreach (var e in d.Errors)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", e.Kind.ToName());
                    w.WriteString("rule", e.Rule);
                    w.WriteString("location", e.Location);
                    if (e.Table is { } t) w.WriteString("table", t.ToName());
                    w.WriteString("detail", e.Detail);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
