using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Binding;

/// <summary>
/// Binds a read document to the semantic model: tables recognised and typed, the narrative's sections, claims,
/// profile, other matters, performance targets and glossary. Never throws; what it cannot bind it reports and keeps.
/// </summary>
public static class DisclosureBinder
{
    public static ReadResult<Disclosure> Bind(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new List<ReadDiagnostic>();
        var tables = TableBinder.BindAll(document, diagnostics);
        var narrative = NarrativeBinder.Bind(document, tables, diagnostics);
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
