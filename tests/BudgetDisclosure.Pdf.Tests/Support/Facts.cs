using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Pdf.Tests.Support;

/// <summary>
/// The bound amounts of a document as a multiset of (table kind, row code — or label when it has none, column key,
/// printed value): what two readers of the same file should agree on, whatever line numbers they give.
/// </summary>
public static class Facts
{
    public static HashSet<string> Of(SourceDocument document)
    {
        var disclosure = DisclosureBinder.Bind(document).Value!;
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in disclosure.Tables)
        {
            var columns = table.Columns.GroupBy(c => c.Index).ToDictionary(g => g.Key, g => g.First());
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (!cell.Amount.IsPrinted) continue;
                    var column = columns.TryGetValue(cell.Column, out var c) ? $"{c.Key ?? c.Path}/{c.Panel}" : "?";
                    var key = $"{table.Kind.ToName()}|{row.Code?.Digits ?? row.Label}|{column}|{cell.Amount.Text}";
                    // The same fact printed twice (a table continued with its total repeated) counts twice.
                    var n = 1;
                    while (!set.Add(n == 1 ? key : $"{key}#{n}")) n++;
                }
            }
        }
        return set;
    }

    /// <summary>Shared facts over all facts of either side (Jaccard); 1 when both are empty.</summary>
    public static double Agreement(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 1 : (double)a.Intersect(b).Count() / union;
    }
}
