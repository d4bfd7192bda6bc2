using System.Globalization;
using System.Reflection;
using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Catalog;

/// <summary>One code of the catalog with the name it carries in <see cref="FromYear"/>–<see cref="ToYear"/> and where that was read.</summary>
internal sealed record CatalogEntry(CodeSystem System, string Code, string Name, int FromYear, int ToYear, string Sources)
{
    public bool Covers(int year) => FromYear <= year && year <= ToYear;

    public string? ParentCode => Code.Length > 3 ? Code[..^2] : null;
}

/// <summary>
/// The 《政府收支分类科目》 codes and names the checks compare against: function and economic classification, shipped
/// as tab-separated data (Catalog/*.tsv, embedded). It was built from the corpus, not from the official list (see
/// docs/catalog.md), so a code missing from it proves nothing; a code it knows, printed with another name, does.
/// </summary>
internal sealed class ClassificationCatalog
{
    private static readonly Lazy<ClassificationCatalog> DefaultInstance = new(Load);

    private readonly Dictionary<(CodeSystem, string), List<CatalogEntry>> byCode = [];
    private readonly Dictionary<(CodeSystem, string), List<CatalogEntry>> byName = [];

    public ClassificationCatalog(IEnumerable<CatalogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var e in entries)
        {
            Add(byCode, (e.System, e.Code), e);
            Add(byName, (e.System, NameKey(e.Name)), e);
        }
    }

    public static ClassificationCatalog Default => DefaultInstance.Value;

    public int Count => byCode.Values.Sum(l => l.Count);

    /// <summary>
    /// The 类 that exist. They are a closed list (the 收支总表 prints every function 类; DOMAIN.md lists the economic
    /// ones), unlike 款 and 项, so a code under any other 类 cannot be valid.
    /// </summary>
    public bool IsKnownClass(CodeSystem system, string classDigits) => byCode.ContainsKey((system, classDigits));

    /// <summary>The entry for <paramref name="code"/> in <paramref name="year"/>, or failing that the one nearest in time.</summary>
    public CatalogEntry? Find(CodeSystem system, string code, int? year)
    {
        if (!byCode.TryGetValue((system, code), out var entries)) return null;
        if (year is not { } y) return entries.MaxBy(e => e.ToYear);
        return entries.FirstOrDefault(e => e.Covers(y)) ?? entries.MinBy(e => Math.Min(Math.Abs(e.FromYear - y), Math.Abs(e.ToYear - y)));
    }

    /// <summary>The entries whose name is <paramref name="name"/> (compared by <see cref="NameKey"/>).</summary>
    public IReadOnlyList<CatalogEntry> WithName(CodeSystem system, string name) =>
        byName.TryGetValue((system, NameKey(name)), out var entries) ? entries : [];

    /// <summary>Names compare without spaces, with full- and half-width brackets alike and without quotes.</summary>
    public static string NameKey(string name) => TextNormalizer.Key(name ?? "");

    public static bool SameName(string a, string b) => NameKey(a) == NameKey(b);

    /// <summary>Reads the catalog TSV format: <c>code, name, years (2025-2026), sources</c>; lines starting with # are comments.</summary>
    public static IEnumerable<CatalogEntry> Parse(CodeSystem system, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length < 4) throw new FormatException($"科目目录第 {lineNumber} 行应有 4 列：{line}");
            var years = fields[2].Split('-');
            yield return new CatalogEntry(system, fields[0], fields[1],
                int.Parse(years[0], CultureInfo.InvariantCulture), int.Parse(years[^1], CultureInfo.InvariantCulture), fields[3]);
        }
    }

    private static ClassificationCatalog Load()
    {
        var assembly = typeof(ClassificationCatalog).Assembly;
        return new ClassificationCatalog([.. Read(assembly, CodeSystem.Function, "function-codes.tsv"), .. Read(assembly, CodeSystem.Economic, "economic-codes.tsv")]);
    }

    private static List<CatalogEntry> Read(Assembly assembly, CodeSystem system, string file)
    {
        using var stream = assembly.GetManifestResourceStream("BudgetDisclosure.Catalog." + file)
            ?? throw new InvalidOperationException($"缺少内嵌的科目目录 {file}");
        using var reader = new StreamReader(stream);
        return [.. Parse(system, reader)];
    }

    private static void Add(Dictionary<(CodeSystem, string), List<CatalogEntry>> map, (CodeSystem, string) key, CatalogEntry entry)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(entry);
    }
}
