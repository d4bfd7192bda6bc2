using System.Text.Json.Serialization;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Output;

// The JSON schema (docs/schema.md) as types. It is a contract with consumers outside this code base, so it is kept
// apart from the model: the model may be refactored freely, and only a change here changes the schema version.
// Nulls are omitted on output (see BudgetJsonContext); "optional" in docs/schema.md means "absent when not known".

/// <summary>The output of <c>budget parse --format json</c>: one entry per input file, in the order given.</summary>
public sealed record ParseOutputJson
{
    /// <summary>MAJOR.MINOR of this schema; see <see cref="BudgetJson.SchemaVersion"/>.</summary>
    public required string SchemaVersion { get; init; }

    public required IReadOnlyList<DocumentJson> Documents { get; init; }
}

/// <summary>One input file: what was said about it and, when it could be used, its disclosure.</summary>
public sealed record DocumentJson
{
    /// <summary>The path as given on the command line.</summary>
    public required string Path { get; init; }

    public required IReadOnlyList<DiagnosticJson> Diagnostics { get; init; }

    /// <summary>Null (written, not omitted) when the file could not be used; the diagnostics say why.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DisclosureJson? Disclosure { get; init; }
}

public sealed record DiagnosticJson
{
    public required DiagnosticSeverity Severity { get; init; }

    public required string Code { get; init; }

    public required string Message { get; init; }

    public required SourceJson Source { get; init; }
}

/// <summary>Where something was printed. <see cref="Line"/> is 0 when only the page (or nothing) is known.</summary>
public sealed record SourceJson
{
    public required string File { get; init; }

    public required int Line { get; init; }

    public int? Page { get; init; }

    /// <summary>What <see cref="Line"/> counts when not a line of a text file: layout (a PDF page's), block, sheetRow.</summary>
    public LineKind? LineKind { get; init; }

    /// <summary>The worksheet, for a sheet row.</summary>
    public string? Sheet { get; init; }
}

/// <summary>
/// An amount as printed. <see cref="Value"/> and <see cref="Decimals"/> are present only for numbers, so that a dash,
/// a blank and an unreadable cell never look like a printed zero.
/// </summary>
public sealed record AmountJson
{
    public required AmountState State { get; init; }

    /// <summary>The printed text without thousands separators, full-width forms or markup; "" when blank.</summary>
    public required string Text { get; init; }

    /// <summary>Written as a JSON number from <see cref="decimal"/>, with exactly <see cref="Decimals"/> decimals.</summary>
    public decimal? Value { get; init; }

    public int? Decimals { get; init; }
}

public sealed record PercentageJson
{
    /// <summary>Percent points: 91.27 for "91.27%".</summary>
    public required decimal Value { get; init; }

    public required int Decimals { get; init; }

    public required string Text { get; init; }
}

public sealed record CodeJson
{
    /// <summary>Digits only, leading zeros kept: "2101101", "30101".</summary>
    public required string Digits { get; init; }

    public required CodeSystem System { get; init; }

    public required CodeLevel Level { get; init; }
}

/// <summary>The template a disclosure was read under: detected from its signs, the national default, or forced.</summary>
public sealed record TemplateJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required TemplateChoice Choice { get; init; }

    /// <summary>The summed weight of the signs found; 0 for the default and for a forced template.</summary>
    public int Score { get; init; }

    /// <summary>What each sign found says.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }
}

public sealed record DisclosureJson
{
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The template it was read and checked under, and why (since 1.1).</summary>
    public TemplateJson? Template { get; init; }

    public string? UnitName { get; init; }

    public required DisclosureScope Scope { get; init; }

    public required DisclosureKind Kind { get; init; }

    public int? Year { get; init; }

    public string? Date { get; init; }

    public required IReadOnlyList<string> Contents { get; init; }

    public required ProfileJson Profile { get; init; }

    public required IReadOnlyList<TableJson> Tables { get; init; }

    public required IReadOnlyList<SectionJson> Sections { get; init; }

    public required IReadOnlyList<ClaimJson> Claims { get; init; }

    public required OtherMattersJson OtherMatters { get; init; }

    public required IReadOnlyList<PerformanceTargetJson> PerformanceTargets { get; init; }

    public required IReadOnlyList<GlossaryEntryJson> Glossary { get; init; }
}

public sealed record ProfileJson
{
    public required IReadOnlyList<string> Functions { get; init; }

    public required IReadOnlyList<string> Organisation { get; init; }

    public StaffingJson? Staffing { get; init; }
}

public sealed record StaffingJson
{
    public HeadCountJson? Authorized { get; init; }

    public HeadCountJson? Actual { get; init; }

    public HeadCountJson? InService { get; init; }

    public HeadCountJson? Retired { get; init; }

    public HeadCountJson? RetiredBefore1949 { get; init; }
}

public sealed record HeadCountJson
{
    public required int Count { get; init; }

    public int? Change { get; init; }

    public required SourceJson Source { get; init; }
}

public sealed record TableJson
{
    public required TableKey Kind { get; init; }

    public string? Number { get; init; }

    public required string Title { get; init; }

    public required MoneyUnit Unit { get; init; }

    public required bool IsDeclaredEmpty { get; init; }

    public string? EmptyNote { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required SourceJson Source { get; init; }

    public required IReadOnlyList<ColumnJson> Columns { get; init; }

    public required IReadOnlyList<RowJson> Rows { get; init; }
}

public sealed record ColumnJson
{
    public required int Index { get; init; }

    public required IReadOnlyList<string> HeaderPath { get; init; }

    /// <summary>The header path joined with '/', as in facts.</summary>
    public required string Path { get; init; }

    public string? Key { get; init; }

    public required TablePanel Panel { get; init; }
}

public sealed record RowJson
{
    public required RowKind Kind { get; init; }

    public CodeJson? Code { get; init; }

    public required string Label { get; init; }

    public string? Project { get; init; }

    /// <summary>The code's digits exactly as printed when they differ from <see cref="Code"/> (a level dropped; since 1.3).</summary>
    public string? PrintedCode { get; init; }

    public required TablePanel Panel { get; init; }

    public required SourceJson Source { get; init; }

    public required IReadOnlyList<CellJson> Cells { get; init; }
}

public sealed record CellJson
{
    /// <summary>The <see cref="ColumnJson.Index"/> of the cell's column.</summary>
    public required int Column { get; init; }

    public required AmountJson Amount { get; init; }

    public required SourceJson Source { get; init; }
}

public sealed record SectionJson
{
    public required string Heading { get; init; }

    public required int Level { get; init; }

    public required IReadOnlyList<string> Path { get; init; }

    public required SectionTopic Topic { get; init; }

    public required IReadOnlyList<SentenceJson> Paragraphs { get; init; }

    public required SourceJson Source { get; init; }
}

public sealed record SentenceJson
{
    public required string Text { get; init; }

    public required SourceJson Source { get; init; }
}

public sealed record ClaimJson
{
    public required SubjectJson Subject { get; init; }

    public required string Section { get; init; }

    public required SectionTopic Topic { get; init; }

    public required string Text { get; init; }

    public AmountJson? Value { get; init; }

    public required MoneyUnit Unit { get; init; }

    public PercentageJson? Share { get; init; }

    public ChangeJson? Change { get; init; }

    public required SourceJson Source { get; init; }
}

public sealed record SubjectJson
{
    public required string Name { get; init; }

    public TableKey? Table { get; init; }

    /// <summary>Classification code digits.</summary>
    public string? Code { get; init; }

    /// <summary>A column key such as <c>total</c>.</summary>
    public string? Column { get; init; }

    public string? Figure { get; init; }
}

public sealed record ChangeJson
{
    public required ChangeDirection Direction { get; init; }

    public AmountJson? Delta { get; init; }

    public PercentageJson? Rate { get; init; }

    public string? Basis { get; init; }
}

public sealed record OtherMattersJson
{
    public ClaimJson? OperatingCosts { get; init; }

    public ProcurementJson? Procurement { get; init; }

    public required IReadOnlyList<AssetJson> Assets { get; init; }
}

public sealed record ProcurementJson
{
    public AmountJson? Total { get; init; }

    public AmountJson? Goods { get; init; }

    public AmountJson? Works { get; init; }

    public AmountJson? Services { get; init; }

    public AmountJson? SmeReserved { get; init; }

    public AmountJson? SmallMicroReserved { get; init; }

    public required MoneyUnit Unit { get; init; }

    public required SourceJson Source { get; init; }
}

public sealed record AssetJson
{
    public required string Name { get; init; }

    public decimal? Quantity { get; init; }

    public string? QuantityUnit { get; init; }

    public AmountJson? Value { get; init; }

    public required MoneyUnit Unit { get; init; }

    public required SourceJson Source { get; init; }
}

public sealed record PerformanceTargetJson
{
    public required PerformanceScope Scope { get; init; }

    public required string Name { get; init; }

    public AmountJson? Total { get; init; }

    public required IReadOnlyList<FundingLineJson> Funding { get; init; }

    public string? Goal { get; init; }

    public required IReadOnlyList<IndicatorJson> Indicators { get; init; }

    public required SourceJson Source { get; init; }
}

/// <summary>A funding line; <see cref="Name"/> is the model's FundingLine.Source, renamed because "source" means a location everywhere else.</summary>
public sealed record FundingLineJson
{
    public required string Name { get; init; }

    public required AmountJson Amount { get; init; }
}

public sealed record IndicatorJson
{
    public required string Level1 { get; init; }

    public required string Level2 { get; init; }

    public required string Name { get; init; }

    public required Comparator Comparator { get; init; }

    public required string Value { get; init; }

    public string? Unit { get; init; }

    public decimal? Weight { get; init; }

    public required SourceJson Source { get; init; }
}

public sealed record GlossaryEntryJson
{
    public required string Term { get; init; }

    public required string Definition { get; init; }

    public required SourceJson Source { get; init; }
}
