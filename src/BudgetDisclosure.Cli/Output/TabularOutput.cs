using System.Globalization;
using System.Text.Json;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Output;
using Spectre.Console;

namespace BudgetDisclosure.Cli.Output;

internal enum TabularFormat
{
    Table,
    Csv,
    Json,
    Xlsx,
}

/// <summary>
/// What the store verbs print: one header and rows, as a terminal table, CSV (RFC 4180, LF, no BOM — as facts CSV),
/// JSON (an array of objects keyed by the CSV header) or XLSX (to <c>--out</c>, or to a redirected stdout).
/// </summary>
internal static class TabularOutput
{
    public static readonly string[] FormatNames = ["table", "csv", "json", "xlsx"];

    public static TabularFormat Parse(string? name) => name switch
    {
        "csv" => TabularFormat.Csv,
        "json" => TabularFormat.Json,
        "xlsx" => TabularFormat.Xlsx,
        _ => TabularFormat.Table,
    };

    /// <summary>Writes the rows; <paramref name="headings"/> are the terminal table's column titles (the CSV header otherwise).</summary>
    public static int Write(CliConsole console, TabularFormat format, string sheet, IReadOnlyList<string> header, IReadOnlyList<string> headings,
        IReadOnlyList<IReadOnlyList<object?>> rows, string? outPath)
    {
        switch (format)
        {
            case TabularFormat.Csv:
                using (var writer = OpenText(console, outPath)) WriteCsv(writer, header, rows);
                break;
            case TabularFormat.Json:
                using (var writer = OpenText(console, outPath))
                {
                    using var stream = new MemoryStream();
                    using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    {
                        json.WriteStartArray();
                        foreach (var row in rows)
                        {
                            json.WriteStartObject();
                            for (var i = 0; i < header.Count; i++)
                            {
                                json.WritePropertyName(header[i]);
                                switch (row[i])
                                {
                                    case null: json.WriteNullValue(); break;
                                    case decimal d: json.WriteNumberValue(d); break;
                                    case int n: json.WriteNumberValue(n); break;
                                    case long n: json.WriteNumberValue(n); break;
                                    default: json.WriteStringValue(Show(row[i])); break;
                                }
                            }
                            json.WriteEndObject();
                        }
                        json.WriteEndArray();
                    }
                    writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                    writer.Write('\n');
                }
                break;
            case TabularFormat.Xlsx:
                if (outPath is null && console.OutIsTerminal)
                {
                    console.Error.WriteLine(CliMessages.XlsxNeedsOut);
                    return ExitCodes.InputError;
                }
                using (var file = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath))
                using (var buffer = new MemoryStream())
                {
                    TabularXlsx.Write(buffer, [new TabularSheet(sheet, header, rows)]);
                    buffer.Position = 0;
                    buffer.CopyTo(file);
                }
                break;
            default:
                // Redirected, the table goes through a buffer so the padding Spectre leaves at line ends and the blank lines around it can go.
                var plain = console.OutIsTerminal ? null : new StringWriter(CultureInfo.InvariantCulture);
                var ansi = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(plain ?? console.Out),
                    Ansi = console.OutIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                    ColorSystem = console.OutIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                });
                if (!console.OutIsTerminal) ansi.Profile.Width = 1000;
                var table = new Table().Border(console.OutIsTerminal ? TableBorder.Rounded : TableBorder.Markdown);
                foreach (var heading in headings) table.AddColumn(new TableColumn(Markup.Escape(heading)));
                for (var c = 0; c < headings.Count; c++)
                    if (rows.Count > 0 && rows.All(r => r[c] is null or decimal or int or long)) table.Columns[c].RightAligned();
                foreach (var row in rows) table.AddRow([.. row.Select(v => Markup.Escape(Show(v)))]);
                ansi.Write(table);
                if (plain is not null)
                    foreach (var line in plain.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
                        console.Out.WriteLine(line);
                console.Out.WriteLine(CliMessages.RowCount(rows.Count));
                console.Out.Flush();
                break;
        }
        return ExitCodes.Success;
    }

    /// <summary>A header and rows as CSV; returns the number of rows. Rows are written as they come, for exports larger than memory.</summary>
    public static int WriteCsv(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        writer.Write(string.Join(",", header.Select(FactsCsv.Quote)));
        writer.Write('\n');
        var count = 0;
        foreach (var row in rows)
        {
            writer.Write(string.Join(",", row.Select(v => FactsCsv.Quote(Show(v)))));
            writer.Write('\n');
            count++;
        }
        return count;
    }

    private static TextWriter OpenText(CliConsole console, string? outPath) =>
        outPath is null ? new NonClosing(console.Out) : new StreamWriter(outPath, false, new System.Text.UTF8Encoding(false));

    public static string Show(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The console's writer, flushed but never closed when a using block ends.</summary>
    private sealed class NonClosing(TextWriter inner) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(string? value) => inner.Write(value);

        protected override void Dispose(bool disposing)
        {
            inner.Flush();
            base.Dispose(disposing);
        }
    }
}
