using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Output;

/// <summary>
/// Findings as SARIF 2.1.0, so they open in any SARIF viewer: one run, the rules as the driver's reportingDescriptors,
/// one result per finding with its physical location (file, line) and logical location (表/code/column).
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter output, IReadOnlyList<(string Path, CheckReport? Report)> documents, string toolVersion)
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
            WriteTool(json, toolVersion);
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
                    WriteResult(json, finding, ruleIndex);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    private static void WriteTool(Utf8JsonWriter json, string version)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "budget");
        json.WriteString("fullName", "BudgetDisclosure 预算公开检查");
        json.WriteString("version", version);
        json.WriteString("language", "zh-CN");
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.Descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.TitleEnglish);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.TitleEnglish);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
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

    private static void WriteResult(Utf8JsonWriter json, Finding finding, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        if (ruleIndex.TryGetValue(finding.Rule.Id, out var index)) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
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
