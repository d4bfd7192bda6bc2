using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;

namespace BudgetDisclosure.Testing;

/// <summary>
/// Shared by the extraction tests: the printed amounts of a document's bound tables as a multiset of (table, row code,
/// value) — rows without a code under an empty one — and the share of one reading's cells another gives too.
/// </summary>
public static class TableCells
{
    public static Dictionary<string, int> Of(SourceDocument document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var disclosure = DisclosureBinder.Bind(document).Value;
        if (disclosure is null) return counts;
        foreach (var table in disclosure.Tables)
            foreach (var row in table.Rows)
                foreach (var cell in row.Cells)
                {
                    if (!cell.Amount.IsPrinted) continue;
                    var key = $"{table.Kind.ToName()}|{row.Code?.Digits}|{cell.Amount.Text.Replace(",", "", StringComparison.Ordinal)}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
        return counts;
    }

    /// <summary>The share of <paramref name="reference"/>'s cells that <paramref name="got"/> has too (1 when the reference has none).</summary>
    public static double Share(Dictionary<string, int> reference, Dictionary<string, int> got)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(got);
        var total = reference.Values.Sum();
        var shared = reference.Sum(r => Math.Min(r.Value, got.GetValueOrDefault(r.Key)));
        return total == 0 ? 1 : (double)shared / total;
    }
}
