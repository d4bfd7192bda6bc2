using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Checks;

/// <summary>
/// A project's check configuration, as Roslyn's analyzers are configured by <c>.editorconfig</c>: a
/// <c>.budgetconfig</c> file (JSON) beside the documents or in a folder above them, or one given with <c>--config</c>.
/// It turns rules off or changes their default severity over what the template says, and may name the template the
/// documents follow:
/// <code>{ "template": "xinjiang-budget", "rules": { "BD3005": "warning", "BD6001": "off" } }</code>
/// </summary>
public sealed record CheckConfiguration
{
    public const string FileName = ".budgetconfig";

    /// <summary>Where it was read from; null for one built in code.</summary>
    public string? Path { get; init; }

    /// <summary>The template the documents are read under instead of detecting one; null to detect.</summary>
    public string? Template { get; init; }

    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>();

    /// <summary>The nearest <c>.budgetconfig</c> in the input's folder or any folder above it; null when there is none.</summary>
    public static string? Find(string inputPath)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(inputPath));
        while (!string.IsNullOrEmpty(folder))
        {
            var candidate = System.IO.Path.Combine(folder, FileName);
            if (File.Exists(candidate)) return candidate;
            folder = System.IO.Path.GetDirectoryName(folder);
        }
        return null;
    }

    /// <summary>Reads and validates a configuration file; every problem is named (unknown rules, templates, severities).</summary>
    public static (CheckConfiguration? Configuration, IReadOnlyList<string> Problems) Load(string path, TemplateCatalog? templates = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        templates ??= TemplateCatalog.Embedded;
        ConfigurationJson? json;
        try
        {
            json = JsonSerializer.Deserialize(File.ReadAllText(path), CheckConfigurationJsonContext.Default.ConfigurationJson);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, [$"{path}：无法读取：{ex.Message}"]);
        }
        catch (JsonException ex)
        {
            return (null, [$"{path}：不是有效的检查配置（第 {ex.LineNumber + 1} 行）：{ex.Message}"]);
        }
        var problems = new List<string>();
        var known = RuleCatalog.All.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in json?.Rules?.Keys.AsEnumerable() ?? [])
            if (!known.Contains(id)) problems.Add($"{path}：没有规则“{id}”（budget check 的规则见 docs/rules.md）");
        if (json?.Template is { } template && templates.Find(template) is null)
            problems.Add($"{path}：没有模板“{template}”（可用：{string.Join("、", templates.All.Select(t => t.Id))}）");
        if (problems.Count > 0) return (null, problems);
        return (new CheckConfiguration { Path = path, Template = json?.Template, Rules = json?.Rules ?? new Dictionary<string, RuleSetting>() }, []);
    }

    /// <summary>What the configuration changes, for the line the CLI prints: "BD3005 → warning，BD6001 → off".</summary>
    public string Describe() =>
        string.Join("，", (Template is null ? [] : new[] { "模板 " + Template }).Concat(Rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} → {r.Value.ToString().ToLowerInvariant()}")));

    internal sealed record ConfigurationJson
    {
        public string? Template { get; init; }

        public Dictionary<string, RuleSetting>? Rules { get; init; }
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CheckConfiguration.ConfigurationJson))]
internal sealed partial class CheckConfigurationJsonContext : JsonSerializerContext;
