using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Binding;

/// <summary>
/// Binds a read document to the semantic model: tables recognised and typed, the narrative's sections, claims,
/// profile, other matters, performance targets and glossary. Never throws; what it cannot bind it reports and keeps.
/// </summary>
public static class DisclosureBinder
{
    /// <summary>
    /// Binds a disclosure published as several files (附件1 情况说明 + 附件2 报表) as one: the parts' blocks are read in
    /// order — the parts with narrative first, so the title and 目录 come before the tables — and every block keeps
    /// its own file and place.
    /// </summary>
    public static ReadResult<Disclosure> Bind(IReadOnlyList<SourceDocument> parts, TemplateOptions? templates = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 1) return Bind(parts[0], templates);
        var ordered = parts.OrderByDescending(HasNarrative).ToList();
        var merged = new SourceDocument(string.Join(" + ", ordered.Select(p => p.Path)), ordered[0].Layout,
            [.. ordered.SelectMany(p => p.Blocks)], ordered.Sum(p => p.PageCount))
        {
            OcrPages = [.. ordered.SelectMany(p => p.OcrPages)],
        };
        var bound = Bind(merged, templates);
        return bound with { Value = bound.Value is null ? null : bound.Value with { Sources = [.. ordered.Select(p => p.Path)] } };
    }

    private static bool HasNarrative(SourceDocument document) =>
        document.Blocks.OfType<ParagraphBlock>().Count(p => p.Text.Contains('。', StringComparison.Ordinal)) >= 3;

    /// <summary>Binds what a reader returned: nothing to bind when the input could not be used; the diagnostics of both.</summary>
    public static ReadResult<Disclosure> Bind(ReadResult<SourceDocument> read, TemplateOptions? templates = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.Value is null || !read.Success) return new ReadResult<Disclosure>(null, read.Diagnostics);
        var bound = Bind(read.Value, templates);
        return new ReadResult<Disclosure>(bound.Value, [.. read.Diagnostics, .. bound.Diagnostics]);
    }

    /// <summary>Binds under the template the document shows (or the one <paramref name="templates"/> forces).</summary>
    public static ReadResult<Disclosure> Bind(SourceDocument document, TemplateOptions? templates = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new List<ReadDiagnostic>();
        var (template, match) = TemplateDetector.Choose(document, templates);
        if (match.Choice == TemplateChoice.Default)
            diagnostics.Add(new(DiagnosticSeverity.Info, Messages.NationalTemplateCode, Messages.NationalTemplate(template.Name, template.Citation), new SourceLocation(document.Path, 0)));
        var tables = TableBinder.BindAll(document, diagnostics, template);
        var narrative = NarrativeBinder.Bind(document, tables, diagnostics, template);
        var disclosure = new Disclosure
        {
            Sources = [document.Path],
            UnitName = narrative.UnitName,
            Scope = narrative.Scope,
            Kind = narrative.Kind,
            Year = narrative.Year,
            Date = narrative.Date,
            Contents = narrative.Contents,
            Profile = narrative.Profile,
            Tables = tables,
            Sections = narrative.Sections,
            Claims = narrative.Claims,
            OtherMatters = narrative.OtherMatters,
            PerformanceTargets = narrative.PerformanceTargets,
            Glossary = narrative.Glossary,
            OcrPages = document.OcrPages,
            Template = match,
        };
        return new ReadResult<Disclosure>(disclosure, diagnostics);
    }
}

/// <summary>What the narrative binder found; the parts of <see cref="Disclosure"/> that are not tables.</summary>
internal sealed record NarrativeBinding
{
    public string? UnitName { get; init; }
    public DisclosureScope Scope { get; init; }
    public DisclosureKind Kind { get; init; }
    public int? Year { get; init; }
    public string? Date { get; init; }
    public IReadOnlyList<string> Contents { get; init; } = [];
    public UnitProfile Profile { get; init; } = new();
    public IReadOnlyList<NarrativeSection> Sections { get; init; } = [];
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    public OtherMatters OtherMatters { get; init; } = new();
    public IReadOnlyList<PerformanceTarget> PerformanceTargets { get; init; } = [];
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];
}
