using BudgetDisclosure.Documents;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding;

/// <summary>
/// The text of a row's code and label columns, built for every body row of every table: without LINQ, and without
/// a copy when one column holds all of it.
/// </summary>
internal static class RowText
{
    /// <summary>The cells of <paramref name="columns"/> without whitespace, run together.</summary>
    public static string Squeezed(TableRowText printed, List<int> columns)
    {
        if (columns.Count == 1) return TextNormalizer.Squeeze(printed[columns[0]]);
        var parts = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++) parts[i] = TextNormalizer.Squeeze(printed[columns[i]]);
        return string.Concat(parts);
    }

    /// <summary>The trimmed, non-empty cells of <paramref name="columns"/>, joined with a space.</summary>
    public static string Joined(TableRowText printed, List<int> columns)
    {
        string? single = null;
        List<string>? several = null;
        foreach (var column in columns)
        {
            var text = printed[column].Trim();
            if (text.Length == 0) continue;
            if (single is null) { single = text; continue; }
            several ??= [single];
            several.Add(text);
        }
        return several is not null ? string.Join(' ', several) : single ?? "";
    }
}
