namespace BudgetDisclosure.Model;

/// <summary>Which classification a code belongs to.</summary>
public enum CodeSystem
{
    /// <summary>支出功能分类: 类 3 digits, 款 2, 项 2 (2080505).</summary>
    Function,
    /// <summary>支出经济分类 (部门预算): 类 3 digits, 款 2 (30101).</summary>
    Economic,
}

/// <summary>The level of a code within its classification.</summary>
public enum CodeLevel
{
    /// <summary>类</summary>
    Class = 1,
    /// <summary>款</summary>
    Section = 2,
    /// <summary>项</summary>
    Item = 3,
}

/// <summary>A classification code, digits only (<c>2080505</c>, <c>30101</c>).</summary>
public abstract record ClassificationCode
{
    private protected ClassificationCode(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        Digits = digits;
    }

    public string Digits { get; }

    public abstract CodeSystem System { get; }

    public abstract CodeLevel Level { get; }

    /// <summary>The code one level up (208 for 20805), or null for a 类.</summary>
    public abstract ClassificationCode? Parent { get; }

    /// <summary>The 3-digit 类 this code falls under.</summary>
    public string ClassDigits => Digits[..3];

    public bool IsUnder(ClassificationCode ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        return ancestor.System == System && Digits.Length > ancestor.Digits.Length && Digits.StartsWith(ancestor.Digits, StringComparison.Ordinal);
    }

    public override string ToString() => Digits;
}

/// <summary>支出功能分类科目 code: 类 (3 digits), 款 (5) or 项 (7).</summary>
public sealed record FunctionCode : ClassificationCode
{
    private FunctionCode(string digits) : base(digits) { }

    public override CodeSystem System => CodeSystem.Function;

    public override CodeLevel Level => Digits.Length switch { 3 => CodeLevel.Class, 5 => CodeLevel.Section, _ => CodeLevel.Item };

    public override ClassificationCode? Parent => Digits.Length > 3 ? new FunctionCode(Digits[..^2]) : null;

    /// <summary>Function 类 run from 201 to 234 (with gaps); the first digit is always 2.</summary>
    public static bool IsValid(string digits) =>
        digits is { Length: 3 or 5 or 7 } && !digits.AsSpan().ContainsAnyExceptInRange('0', '9') && digits[0] == '2';

    public static FunctionCode? TryCreate(string digits) => IsValid(digits) ? new FunctionCode(digits) : null;

    public static FunctionCode Create(string digits) =>
        TryCreate(digits) ?? throw new ArgumentException($"不是支出功能分类科目编码：{digits}", nameof(digits));
}

/// <summary>支出经济分类科目 code: 类 (3 digits, 301–399) or 款 (5).</summary>
public sealed record EconomicCode : ClassificationCode
{
    private EconomicCode(string digits) : base(digits) { }

    public override CodeSystem System => CodeSystem.Economic;

    public override CodeLevel Level => Digits.Length == 3 ? CodeLevel.Class : CodeLevel.Section;

    public override ClassificationCode? Parent => Digits.Length > 3 ? new EconomicCode(Digits[..3]) : null;

    public static bool IsValid(string digits) =>
        digits is { Length: 3 or 5 } && !digits.AsSpan().ContainsAnyExceptInRange('0', '9') && digits[0] == '3';

    public static EconomicCode? TryCreate(string digits) => IsValid(digits) ? new EconomicCode(digits) : null;

    public static EconomicCode Create(string digits) =>
        TryCreate(digits) ?? throw new ArgumentException($"不是支出经济分类科目编码：{digits}", nameof(digits));
}
