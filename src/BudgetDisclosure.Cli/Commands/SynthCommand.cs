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
    internal static readonly string[] Formats = ["md", "txt", "docx", "xlsx", "html", "json", "pdf", "pdftotext", "pdftotext-layout"];

    /// <summary>Formats that go through the PDF LibreOffice makes from the DOCX.</summary>
    private static readonly string[] PdfFormats = ["pdf", "pdftotext", "pdftotext-layout"];

    /// <summary>The file name ending of each format (the readers tell formats by content; the name is for people).</summary>
    private static string Extension(string format) => format switch
    {
        "pdftotext" => ".pdftotext.txt",
        "pdftotext-layout" => ".layout.txt",
        _ => "." + format,
    };

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
        List<Written> written;
        try { written = Synthesize(count, seed, dir, errorRate, formats, console.Error); }
        catch (PdfConversionException e) { console.Error.WriteLine("budget: " + e.Message); return ExitCodes.InputError; }
        var answers = Path.Combine(dir, "answers.json");
        File.WriteAllText(answers, AnswersJson(seed, errorRate, written));
        console.Error.WriteLine(CliMessages.Synthesized(written.Count, written.Count(w => w.Errors.Count > 0), dir));
        return ExitCodes.Success;
    }

    internal sealed record Written(string File, string Format, string Unit, int Year, IReadOnlyList<InjectedError> Errors);

    /// <summary>Writes the documents; which ones get an error, and which kind, follows from the seed alone.</summary>
    internal static List<Written> Synthesize(int count, int seed, string dir, double errorRate, IReadOnlyList<string> formats, TextWriter? messages = null)
    {
        using var work = new PdfBatch();
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
            var file = doc.Name + Extension(format);
            var path = Path.Combine(dir, file);
            if (PdfFormats.Contains(format)) work.Add(composed, path, format);
            else Write(composed, doc, format, path);
            list.Add(new Written(file, format, doc.Input.Disclosure.UnitName ?? "", doc.Input.Disclosure.Year ?? 0, errors));
            index++;
        }
        var skipped = work.Finish(messages ?? TextWriter.Null);
        return [.. list.Where(w => !skipped.Contains(Path.Combine(dir, w.File)))];
    }

    /// <summary>
    /// The PDF formats: the DOCX of each is written to a scratch folder and LibreOffice converts them all in one run;
    /// pdftotext then reads the PDFs that are wanted as text, exactly as someone extracting a published PDF would.
    /// Without LibreOffice (or pdftotext) those files are skipped with a message — never replaced by something else.
    /// </summary>
    private sealed class PdfBatch : IDisposable
    {
        private readonly List<(string Docx, string Pdf, string Target, string Format)> files = [];
        private DirectoryInfo? scratch;

        public void Add(ComposedDocument composed, string target, string format)
        {
            scratch ??= Directory.CreateTempSubdirectory("budget-synth-");
            var name = Path.GetFileNameWithoutExtension(target.EndsWith(".txt", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(target) : target);
            var docx = Path.Combine(scratch.FullName, name + ".docx");
            DocxWriter.Write(composed, docx);
            files.Add((docx, format == "pdf" ? target : Path.Combine(scratch.FullName, name + ".pdf"), target, format));
        }

        /// <summary>Converts and extracts; returns the targets that could not be written.</summary>
        public HashSet<string> Finish(TextWriter messages)
        {
            var skipped = new HashSet<string>(StringComparer.Ordinal);
            if (files.Count == 0) return skipped;
            if (PdfConverter.FindConverter() is null)
            {
                messages.WriteLine(CliMessages.SynthSkipped(files.Count, "LibreOffice（soffice）", "apt-get install libreoffice-writer-nogui fonts-noto-cjk"));
                foreach (var f in files) skipped.Add(f.Target);
                return skipped;
            }
            PdfConverter.ConvertMany([.. files.Select(f => (f.Docx, f.Pdf))]);
            var text = files.Where(f => f.Format != "pdf").ToList();
            if (text.Count > 0 && !Pdftotext.IsInstalled())
            {
                messages.WriteLine(CliMessages.SynthSkipped(text.Count, "pdftotext", "apt-get install poppler-utils"));
                foreach (var f in text) skipped.Add(f.Target);
                return skipped;
            }
            foreach (var f in text) Pdftotext.Extract(f.Pdf, f.Target, layout: f.Format == "pdftotext-layout");
            return skipped;
        }

        public void Dispose()
        {
            try { scratch?.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>poppler's pdftotext, run as a user would: the text layer of a PDF, plain or with -layout.</summary>
    private static class Pdftotext
    {
        public static bool IsInstalled() =>
            (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(d => File.Exists(Path.Combine(d, "pdftotext")));

        public static void Extract(string pdf, string target, bool layout)
        {
            var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { UseShellExecute = false, RedirectStandardError = true };
            if (layout) start.ArgumentList.Add("-layout");
            foreach (var arg in new[] { "-enc", "UTF-8", pdf, target }) start.ArgumentList.Add(arg);
            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new PdfConversionException("pdftotext: " + error.Trim());
        }
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
