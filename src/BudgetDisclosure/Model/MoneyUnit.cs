namespace BudgetDisclosure.Model;

/// <summary>The unit a table or sentence states its amounts in.</summary>
public enum MoneyUnit
{
    Unknown = 0,
    /// <summary>元</summary>
    Yuan,
    /// <summary>万元</summary>
    TenThousandYuan,
    /// <summary>亿元</summary>
    HundredMillionYuan,
}

public static class MoneyUnits
{
    public static string ToChinese(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.TenThousandYuan => "万元",
        MoneyUnit.HundredMillionYuan => "亿元",
        _ => "",
    };

    /// <summary>The unit as a message names it: 万元, "ten thousand yuan"; nothing when unknown.</summary>
    public static LocalizedText ToText(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => new("元", "yuan"),
        MoneyUnit.TenThousandYuan => new("万元", "ten thousand yuan"),
        MoneyUnit.HundredMillionYuan => new("亿元", "hundred million yuan"),
        _ => LocalizedText.Empty,
    };

    /// <summary>Finds the unit in a caption such as <c>单位：万元</c> or <c>金额单位: 元</c>.</summary>
    public static MoneyUnit FromCaption(string caption)
    {
        ArgumentNullException.ThrowIfNull(caption);
        if (caption.Contains("亿元", StringComparison.Ordinal)) return MoneyUnit.HundredMillionYuan;
        if (caption.Contains("万元", StringComparison.Ordinal)) return MoneyUnit.TenThousandYuan;
        if (caption.Contains('元', StringComparison.Ordinal)) return MoneyUnit.Yuan;
        return MoneyUnit.Unknown;
    }
}
