using System.Text.RegularExpressions;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>One disclosure to read: usually one file; with --as-one, the files it was published as.</summary>
internal sealed record InputSource(IReadOnlyList<string> Paths)
{
    /// <summary>How PDFs are read (OCR on or off); null for the defaults.</summary>
    public Pdf.PdfReadOptions? Pdf { get; init; }

    /// <summary>The template to read it under (--template, or a .budgetconfig's); null to detect one.</summary>
    public string? Template { get; init; }

    /// <summary>Documents already read while pairing a folder's files, so they are not read a second time.</summary>
    public IReadOnlyDictionary<string, ReadResult<SourceDocument>>? Read { get; init; }

    public string Display => string.Join(" + ", Paths);
}

/// <summary>
/// Turns the command line's FILE arguments into the disclosures to read. A folder stands for the files in it. With
/// --as-one the files given are one disclosure; files found in a folder are paired instead — by the unit and year they
/// name (附件1 情况说明 + 附件2 报表), or failing that by their file names without 附件N, 情况说明 and 报表.
/// </summary>
internal static partial class InputSources
{
    private static readonly HashSet<string> Readable = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".pdf", ".docx", ".xlsx", ".text", ".html", ".htm" };

    /// <summary>A file a folder is read for: by its extension, since a folder also holds what is not a disclosure.</summary>
    public static bool IsReadable(string path) => Readable.Contains(Path.GetExtension(path));

    /// <summary>--ocr: scanned pages read with the OCR defaults.</summary>
    public static Pdf.PdfReadOptions OcrReading { get; } = new() { Ocr = Pdf.OcrOptions.Default };

    public static List<InputSource> From(IReadOnlyList<string> arguments, bool asOne, Pdf.PdfReadOptions? pdf = null)
    {
        var files = new List<string>();
        var fromFolders = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
                fromFolders.AddRange(Directory.GetFiles(argument).Where(IsReadable).Order(StringComparer.Ordinal));
            else
                files.Add(argument);
        }
        if (!asOne) return [.. files.Concat(fromFolders).Select(f => new InputSource([f]) { Pdf = pdf })];
        var sources = new List<InputSource>();
        if (files.Count > 0) sources.Add(new InputSource(files) { Pdf = pdf });
        sources.AddRange(Pair(fromFolders, pdf));
        return sources;
    }

    /// <summary>
    /// Groups a folder's files into disclosures. Files that name their unit and year (the 情况说明 part) form the groups;
    /// a file that does not (a 报表 part prints no unit) joins the group whose unit its file name names; what is left is
    /// grouped by file name without 附件N, 情况说明 and 报表.
    /// </summary>
    internal static IEnumerable<InputSource> Pair(IReadOnlyList<string> files, Pdf.PdfReadOptions? pdf = null)
    {
        var known = new List<(string File, string Unit, string Year)>();
        var unknown = new List<string>();
        var read = new Dictionary<string, ReadResult<SourceDocument>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            read[file] = Pipelines.For(pdf).ReadDocument(file);
            if (UnitAndYear(file, read[file]) is { } key) known.Add((file, key.Unit, key.Year));
            else unknown.Add(file);
        }
        var groups = known.GroupBy(k => (k.Unit, k.Year)).ToDictionary(g => g.Key, g => g.Select(k => k.File).ToList());
        var leftover = new List<string>();
        foreach (var file in unknown)
        {
            var core = NameCore(file);
            var year = Year().Match(Path.GetFileName(file)) is { Success: true } y ? y.Groups[1].Value : null;
            var match = core.Length >= 3
                ? groups.Keys.Where(k => (year is null || k.Year == year) && (k.Unit.Contains(core, StringComparison.Ordinal) || core.Contains(k.Unit, StringComparison.Ordinal)))
                    .OrderByDescending(k => k.Unit.Length).Cast<(string Unit, string Year)?>().FirstOrDefault()
                : null;
            if (match is { } m) groups[m].Add(file);
            else leftover.Add(file);
        }
        foreach (var group in groups.Values) yield return new InputSource(group) { Read = read, Pdf = pdf };
        foreach (var group in leftover.GroupBy(NameKey, StringComparer.Ordinal)) yield return new InputSource([.. group]) { Read = read, Pdf = pdf };
    }

    /// <summary>The unit and year a file is about: its title's, or its tables' 编制单位 and the year in its titles.</summary>
    private static (string Unit, string Year)? UnitAndYear(string file, ReadResult<SourceDocument> read)
    {
        if (read.Value is not { } document) return null;
        var bound = BudgetDisclosure.Binding.DisclosureBinder.Bind(document).Value;
        var unit = bound?.UnitName ?? document.Tables.Select(t => t.Preparer).Where(p => !string.IsNullOrWhiteSpace(p))
            .GroupBy(p => p!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var fromName = Year().Match(Path.GetFileName(file));
        var year = bound?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ?? document.Tables.Select(t => Year().Match(t.Title ?? "")).FirstOrDefault(m => m.Success)?.Groups[1].Value
            ?? (fromName.Success ? fromName.Groups[1].Value : null);
        if (unit is null || year is null) return null;
        return (UnitNames.Normalise(unit), year);
    }

    /// <summary>A file name's unit part: "城市__医疗保障局_2026年部门预算" → "医疗保障局".</summary>
    internal static string NameCore(string file)
    {
        var name = NameKey(file);
        var region = name.IndexOf("__", StringComparison.Ordinal);
        if (region >= 0) name = name[(region + 2)..];
        name = CoreNoise().Replace(name, "");
        return UnitNames.Normalise(name.Trim('_', '-', ' ', '：', ':'));
    }

    /// <summary>"…附件1：X2026年度部门预算情况说明.pdf" and "…附件2：X2026年度部门预算报表.pdf" share "…X2026年度部门预算".</summary>
    internal static string NameKey(string file) => NameNoise().Replace(Path.GetFileNameWithoutExtension(file), "");

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex Year();

    [GeneratedRegex(@"附件\s*\d+\s*[：:_\-．.、]?|情况说明|公开表|报表|说明")]
    private static partial Regex NameNoise();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*年度?|部门预算|单位预算|部门决算|单位决算|预算|决算|信息公开|公开|_")]
    private static partial Regex CoreNoise();
}
