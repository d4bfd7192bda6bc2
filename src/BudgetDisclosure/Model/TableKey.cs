using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetDisclosure.Model;

/// <summary>
/// Which table a bound table is: a key its template defines (<c>income</c>, <c>three_public_expenses</c> …), the same
/// name in facts CSV, JSON and findings. The national template's tables have names here so the rules about them can
/// be written; a regional template may define more (docs/templates.md) and they are read, keyed and written the same
/// way. The default value is <see cref="Other"/>: a table the binder did not recognise, kept, never dropped.
/// </summary>
[JsonConverter(typeof(TableKeyJsonConverter))]
public readonly struct TableKey : IEquatable<TableKey>, IComparable<TableKey>
{
    private const string OtherName = "other";
    private readonly string? name;

    /// <summary>A key as templates write it: lower-case ASCII letters, digits and underscores, a letter first.</summary>
    /// <exception cref="ArgumentException">The name is not such a key.</exception>
    public TableKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name)) throw new ArgumentException($"“{name}”不是表的键（小写字母、数字和下划线，以字母开头）。", nameof(name));
        this.name = name == OtherName ? null : name;
    }

    public static TableKey Other => default;
    /// <summary>收支总体情况表 / 收支总表</summary>
    public static TableKey IncomeExpenditureSummary { get; } = new("income_expenditure_summary");
    /// <summary>收入总体情况表 / 收入总表</summary>
    public static TableKey Income { get; } = new("income");
    /// <summary>支出总体情况表 / 支出总表</summary>
    public static TableKey Expenditure { get; } = new("expenditure");
    /// <summary>财政拨款收支预算总体情况表 / 财政拨款收支总表</summary>
    public static TableKey FiscalAppropriationSummary { get; } = new("fiscal_appropriation_summary");
    /// <summary>一般公共预算支出情况表 (by function)</summary>
    public static TableKey GeneralPublicExpenditure { get; } = new("general_public_expenditure");
    /// <summary>一般公共预算基本支出情况表 (by economic classification)</summary>
    public static TableKey GeneralPublicBasicExpenditure { get; } = new("general_public_basic_expenditure");
    /// <summary>一般公共预算项目支出情况表</summary>
    public static TableKey GeneralPublicProjectExpenditure { get; } = new("general_public_project_expenditure");
    /// <summary>政府性基金预算支出情况表</summary>
    public static TableKey GovernmentFundExpenditure { get; } = new("government_fund_expenditure");
    /// <summary>国有资本经营预算支出情况表</summary>
    public static TableKey StateCapitalExpenditure { get; } = new("state_capital_expenditure");
    /// <summary>财政拨款"三公"经费支出情况表</summary>
    public static TableKey ThreePublicExpenses { get; } = new("three_public_expenses");
    /// <summary>财政拨款委托业务费支出情况表</summary>
    public static TableKey EntrustedBusinessFees { get; } = new("entrusted_business_fees");
    /// <summary>上年结转结余情况（明细）表</summary>
    public static TableKey PriorYearCarryover { get; } = new("prior_year_carryover");

    /// <summary>The national template's tables, in its order: what the writer composes and the rules know by name.</summary>
    public static IReadOnlyList<TableKey> Standard { get; } =
    [
        IncomeExpenditureSummary, Income, Expenditure, FiscalAppropriationSummary, GeneralPublicExpenditure,
        GeneralPublicBasicExpenditure, GeneralPublicProjectExpenditure, GovernmentFundExpenditure, StateCapitalExpenditure,
        ThreePublicExpenses, EntrustedBusinessFees, PriorYearCarryover,
    ];

    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["income_expenditure_summary"] = "收支总体情况表",
        ["income"] = "收入总体情况表",
        ["expenditure"] = "支出总体情况表",
        ["fiscal_appropriation_summary"] = "财政拨款收支预算总体情况表",
        ["general_public_expenditure"] = "一般公共预算支出情况表",
        ["general_public_basic_expenditure"] = "一般公共预算基本支出情况表",
        ["general_public_project_expenditure"] = "一般公共预算项目支出情况表",
        ["government_fund_expenditure"] = "政府性基金预算支出情况表",
        ["state_capital_expenditure"] = "国有资本经营预算支出情况表",
        ["three_public_expenses"] = "财政拨款“三公”经费支出情况表",
        ["entrusted_business_fees"] = "财政拨款委托业务费支出情况表",
        ["prior_year_carryover"] = "上年结转结余情况表",
    };

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["income_expenditure_summary"] = "the income and expenditure summary table",
        ["income"] = "the income summary table",
        ["expenditure"] = "the expenditure summary table",
        ["fiscal_appropriation_summary"] = "the fiscal appropriation summary table",
        ["general_public_expenditure"] = "the general public budget expenditure table",
        ["general_public_basic_expenditure"] = "the general public budget basic expenditure table",
        ["general_public_project_expenditure"] = "the general public budget project expenditure table",
        ["government_fund_expenditure"] = "the government fund budget expenditure table",
        ["state_capital_expenditure"] = "the state capital operations budget expenditure table",
        ["three_public_expenses"] = "the three public expenses table",
        ["entrusted_business_fees"] = "the entrusted business fees table",
        ["prior_year_carryover"] = "the prior-year carry-over and balance table",
    };

    /// <summary>The stable name used in facts CSV, JSON and findings.</summary>
    public string Name => name ?? OtherName;

    public bool IsOther => name is null;

    /// <summary>One of the national template's tables.</summary>
    public bool IsStandard => name is not null && Chinese.ContainsKey(name);

    /// <summary>The stable name (as <see cref="Name"/>).</summary>
    public string ToName() => Name;

    /// <summary>
    /// The conventional Chinese name of a national table; for a table another template defines, its key (the template
    /// names it: <c>Template.NameOf</c>).
    /// </summary>
    public string ToChinese() => ToText().ToString(MessageLanguage.Chinese);

    /// <summary>The conventional name of a national table in both languages (<see cref="ToChinese"/>); another table's key.</summary>
    public LocalizedText ToText() =>
        name is null ? new("其他表", "another table")
        : Chinese.TryGetValue(name, out var chinese) ? new(chinese, English[name])
        : LocalizedText.Verbatim(name);

    /// <summary>The key a template or an output names, or null when the text is not a key.</summary>
    public static TableKey? Parse(string? text) => text is not null && IsValidName(text) ? new TableKey(text) : null;

    /// <summary>The key of a national table, or null: what a template may refer to without defining it.</summary>
    public static TableKey? ParseStandard(string? text) =>
        text is not null && Chinese.ContainsKey(text) ? new TableKey(text) : null;

    private static bool IsValidName(string text)
    {
        if (text.Length == 0 || text[0] is < 'a' or > 'z') return false;
        foreach (var c in text)
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')) return false;
        return true;
    }

    /// <summary>True when this is one of the keys given.</summary>
    public bool IsAny(params ReadOnlySpan<TableKey> keys)
    {
        foreach (var key in keys)
            if (this == key) return true;
        return false;
    }

    public bool Equals(TableKey other) => string.Equals(name, other.name, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is TableKey other && Equals(other);

    public override int GetHashCode() => name is null ? 0 : StringComparer.Ordinal.GetHashCode(name);

    /// <summary>National tables in the template's order, then other templates' keys by name, then <see cref="Other"/>.</summary>
    public int CompareTo(TableKey other)
    {
        var (a, b) = (Rank(this), Rank(other));
        return a != b ? a.CompareTo(b) : a == Standard.Count ? string.CompareOrdinal(name, other.name) : 0;
    }

    private static int Rank(TableKey key)
    {
        if (key.name is null) return int.MaxValue;
        for (var i = 0; i < Standard.Count; i++)
            if (Standard[i].name == key.name) return i;
        return Standard.Count;
    }

    public static bool operator ==(TableKey left, TableKey right) => left.Equals(right);
    public static bool operator !=(TableKey left, TableKey right) => !left.Equals(right);
    public static bool operator <(TableKey left, TableKey right) => left.CompareTo(right) < 0;
    public static bool operator >(TableKey left, TableKey right) => left.CompareTo(right) > 0;
    public static bool operator <=(TableKey left, TableKey right) => left.CompareTo(right) <= 0;
    public static bool operator >=(TableKey left, TableKey right) => left.CompareTo(right) >= 0;

    public override string ToString() => Name;
}

/// <summary>Writes a table key as its name and reads it back; a name that is not a key is a JSON error.</summary>
public sealed class TableKeyJsonConverter : JsonConverter<TableKey>
{
    public override TableKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TableKey.Parse(reader.GetString()) ?? throw new JsonException($"“{reader.GetString()}”不是表的键。");

    public override void Write(Utf8JsonWriter writer, TableKey value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Name);
    }
}
