using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>The words several rules put into their messages, in both languages.</summary>
internal static class Phrases
{
    /// <summary>The last argument of a sum's message when the difference is within the rounding tolerance.</summary>
    public static LocalizedText WithinRounding { get; } = new("（在舍入误差范围内）", " (within rounding)");

    /// <summary><see cref="WithinRounding"/> when <paramref name="within"/>, else nothing.</summary>
    public static LocalizedText Rounding(bool within) => within ? WithinRounding : LocalizedText.Empty;

    /// <summary>A cell with nothing printed in it.</summary>
    public static LocalizedText Blank { get; } = new("（空）", "(blank)");

    /// <summary>A figure the text does not give.</summary>
    public static LocalizedText NotListed { get; } = new("（未列）", "(not given)");

    public static LocalizedText Total { get; } = new("合计", "total");

    public static LocalizedText GrandTotal { get; } = new("总计", "grand total");

    /// <summary>A printed amount as printed, or <see cref="Blank"/>.</summary>
    public static LocalizedText Printed(Amount amount) => amount.IsPrinted ? LocalizedText.Verbatim(amount.Text) : Blank;

    /// <summary>"表3 " before a title, nothing for a table without a number.</summary>
    public static LocalizedText TableNumber(BudgetTable table) => table.Number is null ? LocalizedText.Empty : new("表{0}", "Table {0} ", table.Number);

    /// <summary>"表3 单位支出总体情况表", or the title alone.</summary>
    public static LocalizedText TableName(BudgetTable table) =>
        table.Number is null ? LocalizedText.Verbatim(table.Title) : new("表{0} {1}", "Table {0} {1}", table.Number, table.Title);

    /// <summary>"机关运行经费（支出预算/公用经费）": a row and the column of a cell.</summary>
    public static LocalizedText InColumn(object row, string column) => new("{0}（{1}）", "{0} ({1})", row, column);

    /// <summary>预算 or 决算, as the document is.</summary>
    public static LocalizedText KindOf(DisclosureKind kind) => kind == DisclosureKind.FinalAccounts ? new("决算", "final accounts") : new("预算", "budget");
}
