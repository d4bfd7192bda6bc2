namespace BudgetDisclosure.Model;

public enum PerformanceScope
{
    /// <summary>部门整体绩效目标</summary>
    Overall,
    /// <summary>项目支出绩效目标</summary>
    Project,
}

/// <summary>A 绩效目标表: the funding, the goal and the indicator tree.</summary>
public sealed record PerformanceTarget(PerformanceScope Scope, string Name, SourceLocation Source)
{
    /// <summary>年度预算总额 / 资金总额.</summary>
    public Amount? Total { get; init; }

    /// <summary>Funding lines by source (财政拨款, 上级安排, 本级安排, 其他资金 …).</summary>
    public IReadOnlyList<FundingLine> Funding { get; init; } = [];

    public string? Goal { get; init; }

    public IReadOnlyList<PerformanceIndicator> Indicators { get; init; } = [];
}

public sealed record FundingLine(string Source, Amount Amount);

/// <summary>≥ ≤ = &gt; &lt;, or none when the value is qualitative (有效保障).</summary>
public enum Comparator
{
    None = 0,
    AtLeast,
    AtMost,
    Equal,
    GreaterThan,
    LessThan,
}

/// <summary>A 三级指标 with its place in the tree (一级/二级), comparator, value, unit and weight.</summary>
public sealed record PerformanceIndicator(string Level1, string Level2, string Name, SourceLocation Source)
{
    public Comparator Comparator { get; init; }

    /// <summary>The target value as printed (95, 100, 有效保障).</summary>
    public string Value { get; init; } = "";

    /// <summary>%, 次, 万元, 人 …</summary>
    public string? Unit { get; init; }

    /// <summary>指标分值权重.</summary>
    public decimal? Weight { get; init; }
}
