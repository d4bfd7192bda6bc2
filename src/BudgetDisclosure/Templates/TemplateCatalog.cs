using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetDisclosure.Templates;

/// <summary>A template file that does not say what it must: every problem, each naming the file and the entry.</summary>
public sealed class TemplateException(IReadOnlyList<string> problems)
    : Exception("模板定义有误：\n" + string.Join("\n", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// The known templates: the data files embedded in the core (Templates/Data/*.json, one per template) resolved into
/// complete templates, overlays applied over what they extend. Loading validates everything a file says — names of
/// tables, columns, topics and rules, ids an overlay refers to, cycles — and refuses the whole set with every problem
/// listed, so a mistake in a template is found when it is loaded, not when a document happens to need it.
/// </summary>
public sealed class TemplateCatalog
{
    public const string NationalBudgetId = "national-budget";

    private static readonly Lazy<TemplateCatalog> EmbeddedCatalog = new(LoadEmbedded);

    private readonly Dictionary<string, Template> byId;

    private TemplateCatalog(IReadOnlyList<Template> templates)
    {
        All = templates;
        byId = templates.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The templates this build carries.</summary>
    public static TemplateCatalog Embedded => EmbeddedCatalog.Value;

    /// <summary>The national 部门预算 template (财预〔2016〕143号) of the embedded catalog.</summary>
    public static Template National => Embedded.Get(NationalBudgetId);

    /// <summary>Roots first, then overlays, each after what it extends.</summary>
    public IReadOnlyList<Template> All { get; }

    public Template Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"没有模板“{id}”。已知模板：{string.Join("、", byId.Keys)}"));

    public Template? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Loads and resolves template files given as (file name, JSON text).</summary>
    public static TemplateCatalog Load(IEnumerable<(string File, string Json)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<string>();
        var parsed = new List<(string File, TemplateDefinition Definition)>();
        foreach (var (file, json) in files)
        {
            try
            {
                var definition = JsonSerializer.Deserialize(json, TemplateJsonContext.Default.TemplateDefinition);
                if (definition is null) problems.Add($"{file}：文件是空的");
                else parsed.Add((file, definition));
            }
            catch (JsonException ex)
            {
                problems.Add($"{file}：不是有效的模板 JSON（{ex.Path}，第 {ex.LineNumber + 1} 行）：{ex.Message}");
            }
        }
        foreach (var duplicate in parsed.GroupBy(p => p.Definition.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"{string.Join("、", duplicate.Select(d => d.File))}：模板 id “{duplicate.Key}”重复");
        var files_ = parsed.GroupBy(p => p.Definition.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (file, definition) in parsed) TemplateValidator.CheckFile(file, definition, problems);
        // Resolving builds lookups from the names just checked: only worth doing when they are all known.
        if (problems.Count > 0) throw new TemplateException(problems);

        var resolved = new Dictionary<string, Template>(StringComparer.Ordinal);
        var order = new List<Template>();
        foreach (var id in files_.Keys.Order(StringComparer.Ordinal))
            Resolve(id, files_, resolved, order, [], problems);
        if (problems.Count > 0) throw new TemplateException(problems);
        return new TemplateCatalog(order);
    }

    private static Template? Resolve(string id, Dictionary<string, (string File, TemplateDefinition Definition)> files, Dictionary<string, Template> resolved,
        List<Template> order, List<string> visiting, List<string> problems)
    {
        if (resolved.TryGetValue(id, out var done)) return done;
        var (file, definition) = files[id];
        if (visiting.Contains(id))
        {
            problems.Add($"{file}：模板继承成环：{string.Join(" → ", visiting)} → {id}");
            return null;
        }
        Template? template;
        if (definition.Extends is null)
        {
            template = TemplateValidator.CheckResolved(file, definition, problems) ? new Template(definition, [id]) : null;
        }
        else if (!files.ContainsKey(definition.Extends))
        {
            problems.Add($"{file}：继承的模板“{definition.Extends}”不存在");
            return null;
        }
        else
        {
            visiting.Add(id);
            var parent = Resolve(definition.Extends, files, resolved, order, visiting, problems);
            visiting.Remove(id);
            if (parent is null) return null;
            var merged = Overlay.Apply(file, parent.Definition, definition, problems);
            template = merged is not null && TemplateValidator.CheckResolved(file, merged, problems) ? new Template(merged, [id, .. parent.Lineage]) : null;
        }
        if (template is null) return null;
        resolved[id] = template;
        order.Add(template);
        return template;
    }

    private static TemplateCatalog LoadEmbedded()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        const string prefix = "BudgetDisclosure.Templates.Data.";
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add((name[prefix.Length..], reader.ReadToEnd()));
        }
        return Load(files);
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(TemplateDefinition))]
internal sealed partial class TemplateJsonContext : JsonSerializerContext;
