namespace BudgetDisclosure.Model;

/// <summary>部门 (a department and its subordinate units, consolidated) or 单位 (one unit).</summary>
public enum DisclosureScope
{
    Unknown = 0,
    /// <summary>部门</summary>
    Department,
    /// <summary>单位</summary>
    Unit,
}

/// <summary>预算 (approved budget) or 决算 (final accounts).</summary>
public enum DisclosureKind
{
    Unknown = 0,
    /// <summary>预算</summary>
    Budget,
    /// <summary>决算</summary>
    FinalAccounts,
}

/// <summary>A disclosure bound from a read document: the semantic model every check works on.</summary>
public sealed record Disclosure
{
    /// <summary>The file(s) it was read from.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    public string? UnitName { get; init; }

    public DisclosureScope Scope { get; init; }

    public DisclosureKind Kind { get; init; }

    /// <summary>The budget year (2025 in "2025 年部门预算公开").</summary>
    public int? Year { get; init; }

    /// <summary>The date printed at the end, as printed.</summary>
    public string? Date { get; init; }

    /// <summary>The table and section titles listed in 目录, as printed.</summary>
    public IReadOnlyList<string> Contents { get; init; } = [];

    public UnitProfile Profile { get; init; } = new();

    public IReadOnlyList<BudgetTable> Tables { get; init; } = [];

    /// <summary>The narrative sections (情况说明 and the other parts), in order.</summary>
    public IReadOnlyList<NarrativeSection> Sections { get; init; } = [];

    /// <summary>Every figure the narrative states, tied to what it restates.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    public OtherMatters OtherMatters { get; init; } = new();

    public IReadOnlyList<PerformanceTarget> PerformanceTargets { get; init; } = [];

    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];

    /// <summary>The pages of its files read by OCR: their figures are checked as read, and a failed sum there is a likely misread.</summary>
    public IReadOnlyList<OcrPage> OcrPages { get; init; } = [];

    /// <summary>The template it was read and is checked under; null only for a disclosure built by hand (the national one applies).</summary>
    public TemplateMatch? Template { get; init; }

    public BudgetTable? Table(TableKey kind) => Tables.FirstOrDefault(t => t.Kind == kind);
}

/// <summary>A narrative section: its heading, its place in the heading tree and its paragraphs.</summary>
public sealed record NarrativeSection(string Heading, int Level, IReadOnlyList<string> Path, IReadOnlyList<Sentence> Paragraphs, SourceLocation Source)
{
    /// <summary>What the section is about, when recognised (收入, 支出, 一般公共预算当年拨款, 三公 …).</summary>
    public SectionTopic Topic { get; init; }
}

/// <summary>A paragraph or sentence with its source.</summary>
public sealed record Sentence(string Text, SourceLocation Source);

/// <summary>The recognised topics of narrative sections; they set the scope a claim is checked in.</summary>
public enum SectionTopic
{
    Other = 0,
    Functions,
    Organisation,
    Overview,
    Income,
    Expenditure,
    FiscalAppropriation,
    GeneralPublicCurrentYear,
    GeneralPublicBasic,
    GeneralPublicProject,
    GovernmentFund,
    StateCapital,
    ThreePublicExpenses,
    EntrustedBusinessFees,
    PriorYearCarryover,
    OtherMatters,
    OperatingCosts,
    Procurement,
    Assets,
    Performance,
    Glossary,
}

/// <summary>How the template a disclosure was read under was chosen.</summary>
public enum TemplateChoice
{
    /// <summary>The document showed a regional template's signs.</summary>
    Detected,
    /// <summary>No regional template matched: the national one, which every document is read under at least.</summary>
    Default,
    /// <summary>The caller named it (<c>budget parse --template ID</c>).</summary>
    Forced,
}

/// <summary>The template a disclosure was read and checked under, and why: its score and the signs that decided it.</summary>
public sealed record TemplateMatch(string Id, string Name, TemplateChoice Choice, int Score, IReadOnlyList<string> Evidence);
