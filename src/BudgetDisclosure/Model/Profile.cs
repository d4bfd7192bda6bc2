namespace BudgetDisclosure.Model;

/// <summary>概况: functions, organisation and staffing.</summary>
public sealed record UnitProfile
{
    /// <summary>主要职能, one entry per numbered function.</summary>
    public IReadOnlyList<string> Functions { get; init; } = [];

    /// <summary>机构设置, as printed.</summary>
    public IReadOnlyList<string> Organisation { get; init; } = [];

    public Staffing? Staffing { get; init; }
}

/// <summary>A head count and its stated change (增加 1 人 → +1, 减少 1 人 → −1).</summary>
public sealed record HeadCount(int Count, int? Change, SourceLocation Source);

/// <summary>编制数, 实有人数 and its parts.</summary>
public sealed record Staffing
{
    /// <summary>编制数</summary>
    public HeadCount? Authorized { get; init; }

    /// <summary>实有人数</summary>
    public HeadCount? Actual { get; init; }

    /// <summary>在职</summary>
    public HeadCount? InService { get; init; }

    /// <summary>退休</summary>
    public HeadCount? Retired { get; init; }

    /// <summary>离休</summary>
    public HeadCount? RetiredBefore1949 { get; init; }
}
