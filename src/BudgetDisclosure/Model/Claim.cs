namespace BudgetDisclosure.Model;

public enum ChangeDirection
{
    /// <summary>增加 / 增长</summary>
    Increase,
    /// <summary>减少 / 下降</summary>
    Decrease,
    /// <summary>持平 / 无变化</summary>
    Flat,
}

/// <summary>A year-on-year change as stated: "比上年预算增加 A 万元，增长 B%".</summary>
public sealed record YearOnYearChange(ChangeDirection Direction, Amount? Delta, Percentage? Rate)
{
    /// <summary>The comparison base as printed (上年预算, 2024 年预算, 上年年初预算 …).</summary>
    public string? Basis { get; init; }
}

/// <summary>What a claim restates: a table row or total, by table kind, code and column key; or a named figure.</summary>
public sealed record ClaimSubject(string Name)
{
    public TableKey? Table { get; init; }

    /// <summary>Classification code digits, when the subject is a coded row.</summary>
    public string? Code { get; init; }

    /// <summary>Column key in <see cref="Table"/> (total, basic, project, general_public …), when known.</summary>
    public string? Column { get; init; }

    /// <summary>A named figure that is not a table cell: staffing, procurement, operating costs …</summary>
    public string? Figure { get; init; }

    public override string ToString() => Name;
}

/// <summary>
/// A figure stated in the narrative: an amount, a share ("占 X%") and/or a year-on-year change,
/// tied to its subject and its section.
/// </summary>
public sealed record Claim(ClaimSubject Subject, string Section, SectionTopic Topic, string Text, SourceLocation Source)
{
    public Amount? Value { get; init; }

    public MoneyUnit Unit { get; init; }

    public Percentage? Share { get; init; }

    public YearOnYearChange? Change { get; init; }
}
