namespace BudgetDisclosure.Model;

/// <summary>其他重要事项.</summary>
public sealed record OtherMatters
{
    /// <summary>机关运行经费 (or 单位运行经费) and its change.</summary>
    public Claim? OperatingCosts { get; init; }

    public Procurement? Procurement { get; init; }

    public IReadOnlyList<AssetItem> Assets { get; init; } = [];
}

/// <summary>政府采购: the total, its parts and the reserves for SMEs.</summary>
public sealed record Procurement(SourceLocation Source)
{
    public Amount? Total { get; init; }

    /// <summary>货物</summary>
    public Amount? Goods { get; init; }

    /// <summary>工程</summary>
    public Amount? Works { get; init; }

    /// <summary>服务</summary>
    public Amount? Services { get; init; }

    /// <summary>面向中小企业预留</summary>
    public Amount? SmeReserved { get; init; }

    /// <summary>小微企业预留</summary>
    public Amount? SmallMicroReserved { get; init; }

    public MoneyUnit Unit { get; init; } = MoneyUnit.TenThousandYuan;
}

/// <summary>A 国有资产 item: 房屋, 车辆, 办公家具, 大型设备 …, with quantity and value as printed.</summary>
public sealed record AssetItem(string Name, SourceLocation Source)
{
    public decimal? Quantity { get; init; }

    /// <summary>辆, 台, 平方米 …</summary>
    public string? QuantityUnit { get; init; }

    public Amount? Value { get; init; }

    public MoneyUnit Unit { get; init; } = MoneyUnit.TenThousandYuan;
}

/// <summary>A term of 名词解释 and its definition.</summary>
public sealed record GlossaryEntry(string Term, string Definition, SourceLocation Source);
