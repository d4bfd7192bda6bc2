using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>Names of the figures that are not table cells (the <see cref="ClaimSubject.Figure"/> values).</summary>
internal static class Figures
{
    public const string ThreePublicTotal = "three_public_total";
    public const string OverseasTravel = "overseas_travel";
    public const string Reception = "reception";
    public const string VehiclePurchase = "vehicle_purchase";
    public const string VehicleOperation = "vehicle_operation";
    public const string VehicleTotal = "vehicle_total";
    public const string OperatingCosts = "operating_costs";
    public const string ProcurementTotal = "procurement_total";
    public const string ProcurementGoods = "procurement_goods";
    public const string ProcurementWorks = "procurement_works";
    public const string ProcurementServices = "procurement_services";
    public const string SmeReserved = "sme_reserved";
    public const string SmallMicroReserved = "small_micro_reserved";
    public const string ProjectBudget = "project_budget";
    public const string CarryoverFiscal = "carryover_fiscal";
    public const string CarryoverNonFiscal = "carryover_nonfiscal";
    public const string PerformanceOverallAmount = "performance_overall_amount";
    public const string PerformanceFiscalProjects = "performance_fiscal_projects_amount";
    public const string PerformanceNonFiscalProjects = "performance_nonfiscal_projects_amount";

    /// <summary>Every figure name: what a template's subject entry may name (<c>figure</c>).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ThreePublicTotal, OverseasTravel, Reception, VehiclePurchase, VehicleOperation, VehicleTotal, OperatingCosts,
        ProcurementTotal, ProcurementGoods, ProcurementWorks, ProcurementServices, SmeReserved, SmallMicroReserved,
        ProjectBudget, CarryoverFiscal, CarryoverNonFiscal, PerformanceOverallAmount, PerformanceFiscalProjects,
        PerformanceNonFiscalProjects,
    ];
}

/// <summary>
/// What a claim's subject is tied from: the section's topic, the printed name and the running context. The sentence is
/// kept as printed: only one topic looks into it, so it is keyed there rather than for every claim.
/// </summary>
internal sealed record TieRequest(SectionTopic Topic, string Name, string Key, bool IntroducesList, string? ColumnContext, string? ProjectName, string Sentence, SourceLocation Source);

/// <summary>
/// Ties a claim's printed name to what it restates, by the template's subject entries (<see cref="Template.SubjectsOf"/>):
/// the section's topic chooses the entries, the name's key and the claim's context choose the first that holds, and the
/// entry names the table, column, figure — or how to find the row (a 类 of the tables, a （类）（款）（项） path, the
/// paragraph's project). A name no entry of its topic takes is left untied.
/// </summary>
internal sealed class SubjectTies(IReadOnlyList<BudgetTable> tables, List<ReadDiagnostic> diagnostics, Template template)
{
    private BudgetTable? Table(TableKey kind) => tables.FirstOrDefault(t => t.Kind == kind);

    // Every figure of a sentence asks with the same sentence: its key once, not once per figure and entry, which on a
    // damaged paragraph of hundreds of kilobytes without a full stop made binding quadratic.
    private string? keyedSentence;
    private string keyedSentenceKey = "";

    private string SentenceKey(string sentence)
    {
        if (!string.Equals(sentence, keyedSentence, StringComparison.Ordinal))
        {
            keyedSentenceKey = TextNormalizer.Key(sentence);
            keyedSentence = sentence;
        }
        return keyedSentenceKey;
    }

    public ClaimSubject Tie(TieRequest r)
    {
        // "行政运行（项）支出" names a row of the classification: only an entry that finds the row may take it, never one
        // that stands for a table's total, or the item's figures are checked against the department's. A name citing a
        // table by its title (《财政拨款支出预算表（功能科目）》增加了……科目分流) explains the table; it does not restate its total.
        var namesRow = CodeResolver.HasLevelMarkers(r.Name) || r.Name.Contains('《', StringComparison.Ordinal);
        foreach (var entry in template.SubjectsOf(r.Topic))
        {
            if (namesRow && entry.Resolve is null && entry.Figure is null) continue;
            if (entry.Match is { } match && !match.Matches(r.Key)) continue;
            if (entry.When == "list" && !r.IntroducesList) continue;
            if (entry.When == "level_markers" && !CodeResolver.HasLevelMarkers(r.Name)) continue;
            if (entry.Sentence is { } sentence && !sentence.Matches(SentenceKey(r.Sentence))) continue;
            string? code = null;
            if (entry.Resolve == "class_code")
            {
                code = CodeResolver.Resolve([StripClassMarker(r.Key)], entry.From.Select(k => Table(new TableKey(k))));
                if (code is null) continue;
            }
            else if (entry.Resolve == "code_path")
            {
                // A （类）（款）（项） path names a row; one that names no row (or no table to find it in) is left untied:
                // without its code the subject would be the table's total, and an item's figures would be checked against it.
                code = ResolvePath(r, [.. entry.From.Select(k => new TableKey(k))]);
                if (code is null) return new ClaimSubject(r.Name);
            }
            return new ClaimSubject(entry.Resolve == "project" ? r.ProjectName ?? r.Name : r.Name)
            {
                Table = entry.Table is { } table ? new TableKey(table) : null,
                Column = entry.ColumnFromContext ? r.ColumnContext ?? entry.Column : entry.Column,
                Code = code,
                Figure = entry.Figure,
            };
        }
        return new ClaimSubject(r.Name);
    }

    private string? ResolvePath(TieRequest r, TableKey[] kinds)
    {
        var path = CodeResolver.SplitPath(r.Name);
        var candidates = kinds.Select(Table).ToList();
        var code = CodeResolver.Resolve(path, candidates, CodeResolver.FirstLevel(r.Name));
        if (code is null && candidates.Any(t => t is { Rows.Count: > 0 }))
            diagnostics.Add(new ReadDiagnostic(DiagnosticSeverity.Warning, Messages.UnresolvedClaimCodeCode, Messages.UnresolvedClaimCode(r.Name, template.NameOf(kinds[0]).ToString(MessageLanguage.Chinese)), r.Source));
        return code;
    }

    /// <summary>The figure of the 三公 table a row label (keyed) names, by the national template's entries; writing asks.</summary>
    internal static string? ThreePublicFigure(string key) =>
        TemplateCatalog.National.SubjectsOf(SectionTopic.ThreePublicExpenses).FirstOrDefault(e => e.Match?.Matches(key) == true)?.Figure;

    private static string StripClassMarker(string key) => key.Replace("(类)", "", StringComparison.Ordinal);
}
