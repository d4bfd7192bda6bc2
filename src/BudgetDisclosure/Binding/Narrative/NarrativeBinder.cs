using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Binding;

/// <summary>
/// Binds everything that is not a budget table: metadata, the section tree, the claims the narrative makes about the
/// tables, the unit profile, other matters, performance targets and the glossary. Each is a pass over the same flow
/// of blocks; none throws, and what a pass cannot read it reports as a diagnostic and leaves out.
/// </summary>
internal static class NarrativeBinder
{
    public static NarrativeBinding Bind(SourceDocument document, IReadOnlyList<BudgetTable> tables, List<ReadDiagnostic> diagnostics, Template template)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var items = Flow.From(document);
        var where = items.Count > 0 ? items[0].Source : new SourceLocation(document.Path, 0);
        var metadata = MetadataPass.Run(items);
        // A file of tables only (the 报表 half of a two-file disclosure) has no narrative to miss; only prose without
        // a title or without recognisable sections is worth a warning.
        var hasProse = items.OfType<TextItem>().Count(t => t.Text.EndsWith('。')) >= 3;
        if (metadata.Year is null && MetadataPass.FromFileName(document.Path) is { } named)
        {
            metadata = metadata with
            {
                UnitName = metadata.UnitName ?? named.UnitName,
                Year = named.Year,
                Kind = named.Kind,
                Scope = metadata.Scope == DisclosureScope.Unknown ? named.Scope : metadata.Scope,
            };
            diagnostics.Add(new ReadDiagnostic(DiagnosticSeverity.Info, Messages.TitleFromFileNameCode, Messages.TitleFromFileName(Path.GetFileName(document.Path)), where));
        }
        else if (metadata.Year is null && hasProse)
            diagnostics.Add(new ReadDiagnostic(DiagnosticSeverity.Warning, Messages.NoTitleCode, Messages.NoTitle, where));

        var body = Flow.JoinBroken([.. items.Skip(metadata.BodyStart).Take(metadata.BodyEnd - metadata.BodyStart)]);
        var sections = SectionPass.Run(body, template);
        if (!sections.Any(s => s.Topic is SectionTopic.Income or SectionTopic.Expenditure or SectionTopic.Overview or SectionTopic.GeneralPublicCurrentYear) && hasProse)
            diagnostics.Add(new ReadDiagnostic(DiagnosticSeverity.Warning, Messages.NoNarrativeSectionsCode, Messages.NoNarrativeSections, where));

        var claims = ClaimPass.Run(sections, metadata.UnitName, tables, diagnostics, template);
        return new NarrativeBinding
        {
            UnitName = metadata.UnitName,
            Scope = metadata.Scope,
            Kind = metadata.Kind,
            Year = metadata.Year,
            Date = metadata.Date,
            Contents = metadata.Contents,
            Profile = ProfilePass.Run(sections),
            Sections = [.. sections.Select(s => s.ToModel())],
            Claims = claims,
            OtherMatters = OtherMattersPass.Run(sections, claims),
            PerformanceTargets = PerformancePass.Run(body, diagnostics, template),
            Glossary = GlossaryPass.Run(sections),
        };
    }
}
