using System.Text.Json.Serialization;

namespace BudgetDisclosure.Templates;

/// <summary>What a document is: the approved budget, or the final accounts a year later.</summary>
public enum DocumentKind
{
    /// <summary>部门/单位预算</summary>
    [JsonStringEnumMemberName("budget")]
    Budget,
    /// <summary>部门/单位决算</summary>
    [JsonStringEnumMemberName("final_accounts")]
    FinalAccounts,
}

/// <summary>How a severity is configured for a rule: one of the severities, or off.</summary>
public enum RuleSetting
{
    [JsonStringEnumMemberName("off")]
    Off,
    [JsonStringEnumMemberName("info")]
    Info,
    [JsonStringEnumMemberName("warning")]
    Warning,
    [JsonStringEnumMemberName("error")]
    Error,
}

/// <summary>
/// A template's knowledge of one table: the stable key used in facts CSV, JSON and findings, its conventional name,
/// whether the template requires it, and how it is keyed. Null fields in an overlay leave what it extends unchanged.
/// </summary>
public sealed record TableDefinition
{
    /// <summary>The stable key: <c>income_expenditure_summary</c> … (docs/schema.md).</summary>
    public required string Key { get; init; }

    /// <summary>The conventional Chinese name, as findings name the table.</summary>
    public string? Name { get; init; }

    /// <summary>The template requires the table to be published (an empty one with its note).</summary>
    public bool? Required { get; init; }

    /// <summary>The classification its rows are keyed by: <c>function</c>, <c>economic</c>, <c>project</c> or <c>none</c>.</summary>
    public string? Codes { get; init; }

    /// <summary>1 for a plain table, 2 for one printed as 收入 | 支出 side by side.</summary>
    public int? Sides { get; init; }

    /// <summary>
    /// Column groups whose leaves repeat (基本支出 / 人员经费 / 公用经费 / 项目支出 under 财政拨款 and 非财政拨款): such a
    /// leaf's key is prefixed with its group's token, and a group's 小计 stays a subtotal.
    /// </summary>
    public IReadOnlyList<string>? ColumnGroups { get; init; }

    /// <summary>The 情况说明 section topic that explains the table (BD4004 asks for it); null when none must.</summary>
    public string? Topic { get; init; }

    /// <summary>Why the template says so (a circular, a region's practice): shown by <c>budget templates</c>.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// One entry of an ordered list of tests (table titles, column headers, section headings): the first entry whose
/// <see cref="Match"/> holds decides. In an overlay an entry is placed by <see cref="Before"/> or <see cref="After"/>
/// another entry's id, replaces the entry of the same id, or removes it — the way a Markdig extension inserts its
/// parser into the pipeline.
/// </summary>
public sealed record MatchRule
{
    /// <summary>Unique within its list; what overlays refer to.</summary>
    public required string Id { get; init; }

    public TextMatch? Match { get; init; }

    /// <summary>Table titles: the table key a matching title names, or null for "not a standard table".</summary>
    public string? Table { get; init; }

    /// <summary>Column headers: the column key (or group token) a matching header names, or null for none.</summary>
    public string? Column { get; init; }

    /// <summary>Column headers: only in these tables (keys); empty for every table.</summary>
    public IReadOnlyList<string> Tables { get => field ?? []; init; }

    /// <summary>Column roles: what a matching leaf header's column holds — <c>code</c>, <c>label</c>, <c>project_name</c> or <c>unit_name</c>.</summary>
    public string? Role { get; init; }

    /// <summary>
    /// Section headings: the topic a matching heading names, or <c>parent</c> for its parent's. Claim subjects: the
    /// topic of the section the entry reads claims in.
    /// </summary>
    public string? Topic { get; init; }

    /// <summary>Claim subjects: the figure that is not a table cell (<c>three_public_total</c>, <c>procurement_goods</c> …).</summary>
    public string? Figure { get; init; }

    /// <summary>
    /// Claim subjects: how the row is found beyond the words — <c>class_code</c> (the name is a 类 of the tables in
    /// <see cref="From"/>; the entry is passed over when it is none), <c>code_path</c> (a （类）（款）（项） path resolved in
    /// <see cref="From"/>, a warning when it resolves to none), <c>project</c> (the project the paragraph is about).
    /// </summary>
    public string? Resolve { get; init; }

    /// <summary>Claim subjects: the tables a <see cref="Resolve"/> looks in, first first.</summary>
    public IReadOnlyList<string> From { get => field ?? []; init; }

    /// <summary>
    /// Claim subjects: a condition beyond the name — <c>list</c> (the claim introduces a list), <c>level_markers</c> (the
    /// name carries （类）（款）（项） markers).
    /// </summary>
    public string? When { get; init; }

    /// <summary>Claim subjects: what the claim's sentence (keyed) must hold as well.</summary>
    public TextMatch? Sentence { get; init; }

    /// <summary>Claim subjects: the column is the one the running text names (其中：…的), else <see cref="Column"/>.</summary>
    public bool ColumnFromContext { get; init; }

    /// <summary>Why the entry is there, and where it was seen.</summary>
    public string? Note { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    /// <summary>An overlay's entry that takes another's place and id.</summary>
    public string? Replace { get; init; }

    /// <summary>An overlay's entry that removes the entry of its id.</summary>
    public bool Remove { get; init; }
}

/// <summary>
/// A sign that a document follows a template: a text the document prints in one of its parts. Weights add up; the
/// template with the highest score above zero wins, the national one when none scores.
/// </summary>
public sealed record DetectionEvidence
{
    public required string Id { get; init; }

    /// <summary>
    /// Where to look: <c>outline</c> (目录 entries and top-level headings), <c>titles</c> (table titles), <c>text</c> (any
    /// line), <c>issuer</c> (the cover and the tables' 编制单位 captions: who issued the document).
    /// </summary>
    public required string In { get; init; }

    public required TextMatch Match { get; init; }

    /// <summary>How much the sign counts; 1 when not given.</summary>
    public int? Weight { get; init; }

    /// <summary>What the evidence says, in the JSON and in `budget templates`.</summary>
    public required string Says { get; init; }
}

/// <summary>
/// A template as its data file states it (docs/templates.md): the national template of 财政部, or a region's or a
/// document kind's overlay of the template it <see cref="Extends"/>. <see cref="TemplateCatalog"/> resolves overlays
/// into complete templates.
/// </summary>
public sealed record TemplateDefinition
{
    private static readonly IReadOnlyDictionary<string, RuleSetting> EmptyRules = new Dictionary<string, RuleSetting>();

    public required string Id { get; init; }

    /// <summary>How people call it: 全国部门预算公开模板, a region's 部门预算公开模板.</summary>
    public required string Name { get; init; }

    /// <summary>How findings cite it: 财预〔2016〕143号, or the region's name.</summary>
    public string? Citation { get; init; }

    public DocumentKind Kind { get; init; } = DocumentKind.Budget;

    /// <summary>部门 or 单位 where the template differs between them; null for both.</summary>
    public string? Scope { get; init; }

    /// <summary>The issuing region (省级 name) of a regional template; null for the national one.</summary>
    public string? Region { get; init; }

    /// <summary>The template this one overlays; null for a root.</summary>
    public string? Extends { get; init; }

    /// <summary>What the template changes, in a sentence.</summary>
    public string? Description { get; init; }

    public IReadOnlyList<TableDefinition> Tables { get => field ?? []; init; }

    /// <summary>Table title → table key, first match wins (after squeezing).</summary>
    public IReadOnlyList<MatchRule> TableTitles { get => field ?? []; init; }

    /// <summary>Column header → column key or group token, first match wins (brackets folded to ASCII).</summary>
    public IReadOnlyList<MatchRule> ColumnHeaders { get => field ?? []; init; }

    /// <summary>Leaf column header → what the column holds (squeezed); a header no entry matches is an amount column.</summary>
    public IReadOnlyList<MatchRule> ColumnRoles { get => field ?? []; init; }

    /// <summary>
    /// What a claim restates, by the topic of its section and its keyed name: the first entry of the topic whose
    /// conditions hold decides the table, column, figure or row (an entry without <c>match</c> takes any name).
    /// </summary>
    public IReadOnlyList<MatchRule> Subjects { get => field ?? []; init; }

    /// <summary>Section heading → topic, first match wins (keyed by the narrative's normaliser).</summary>
    public IReadOnlyList<MatchRule> Sections { get => field ?? []; init; }

    /// <summary>Signs that a document follows this template (not inherited by overlays).</summary>
    public IReadOnlyList<DetectionEvidence> Detection { get => field ?? []; init; }

    /// <summary>Rule id → its default severity under this template, or off.</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules { get => field ?? EmptyRules; init; }
}
