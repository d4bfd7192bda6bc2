using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Output;

/// <summary>
/// Findings as SARIF 2.1.0, so they open in any SARIF viewer: one run in one language, the rules as the driver's
/// reportingDescriptors with their message formats (<c>messageStrings</c>), one result per finding with its message
/// both formatted (<c>text</c>) and as the format's ID and arguments, its physical location (file, line) and logical
/// location (表/code/column).
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter output, IReadOnlyList<(string Path, CheckReport? Report)> documents, string toolVersion, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documents);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, toolVersion, language);
            json.WriteStartArray("artifacts");
            foreach (var (path, _) in documents)
            {
                json.WriteStartObject();
                json.WriteStartObject("location");
                json.WriteString("uri", Uri(path));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("results");
            var ruleIndex = RuleCatalog.Descriptors.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            foreach (var (_, report) in documents)
                foreach (var finding in report?.Findings ?? [])
                    WriteResult(json, finding, ruleIndex, language);
            json.WriteEndArray();
            json.WriteString("language", language.ToTag());
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    private static void WriteTool(Utf8JsonWriter json, string version, MessageLanguage language)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "budget");
        json.WriteString("fullName", language == MessageLanguage.English ? "BudgetDisclosure budget disclosure checker" : "BudgetDisclosure 预算公开检查");
        json.WriteString("version", version);
        json.WriteString("informationUri", ProjectLinks.Repository);
        json.WriteString("language", language.ToTag());
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.Descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.TitleEnglish);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.GetTitle(language));
            json.WriteEndObject();
            json.WriteStartObject("messageStrings");
            foreach (var message in rule.Messages)
            {
                json.WriteStartObject(message.Id);
                json.WriteString("text", Sentence(message.GetFormat(language)));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, Dictionary<string, int> ruleIndex, MessageLanguage language)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        if (ruleIndex.TryGetValue(finding.Rule.Id, out var index)) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(finding.Severity));
        // The text for viewers that format nothing themselves (GitHub code scanning requires it); the ID and arguments
        // for those that do, and for consumers that re-format. The text alone carries the checker's note.
        json.WriteStartObject("message");
        json.WriteString("text", Sentence(finding.GetMessage(language)));
        json.WriteString("id", finding.MessageId);
        json.WriteStartArray("arguments");
        foreach (var argument in finding.Arguments) json.WriteStringValue(LocalizedText.ArgumentText(argument, language));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(finding.Location.Source.File));
        json.WriteEndObject();
        if (finding.Location.Source.FileLine > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Location.Source.FileLine);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        var logical = LogicalName(finding.Location);
        if (logical.Length > 0)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", logical);
            json.WriteString("kind", finding.Location.Table is null ? "section" : "table cell");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        if (finding.Expected is { } e) json.WriteNumber("expected", e);
        if (finding.Actual is { } a) json.WriteNumber("actual", a);
        if (finding.Difference is { } d) json.WriteNumber("difference", d);
        if (finding.Tolerance is { } t) json.WriteNumber("tolerance", t);
        if (finding.LikelyCell is { } cell) json.WriteString("likelyCell", cell);
        if (finding.Note is { } note) json.WriteString("note", note.ToString(language));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string LogicalName(FindingLocation at)
    {
        var parts = new List<string>();
        if (at.TableNumber is not null) parts.Add("表" + at.TableNumber);
        else if (at.Table is { } t) parts.Add(t.ToName());
        if (at.Code is not null) parts.Add(at.Code);
        else if (at.Label is not null) parts.Add(at.Label);
        if (at.Column is not null) parts.Add(at.Column);
        if (at.Section is not null) parts.Add(at.Section);
        return string.Join("/", parts);
    }

    /// <summary>
    /// SARIF asks for plain-text messages as sentences ending in a full stop (the validator's SARIF2001 checks for "."),
    /// which the compiler-style messages are not; the log gets one, in both languages, and its texts and formats agree.
    /// </summary>
    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Relative paths stay relative (SARIF resolves them against the run's working directory); absolute ones become file URIs.</summary>
    private static string Uri(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path.Replace('\\', '/');
}
