using BudgetDisclosure.Documents;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding;

/// <summary>
/// One list printed in two panels side by side — 科目编码 | 科目名称 | 金额 | 科目编码 | 科目名称 | 金额, as 基本支出 tables
/// print 工资福利支出 on the left and 商品和服务支出 on the right — is one table whose rows are the left panel's and then
/// the right panel's. Read as one row across, a right-hand row is glued to the left-hand row beside it, and where the
/// left panel ends the right panel's rows fall under the left's codes. The panels are unfolded into one list before the
/// rows are bound; tables whose panels differ (收入 | 支出) are the two-sided binder's.
/// </summary>
internal static class SidePanels
{
    /// <summary>The block with its panels unfolded into one list; null when it is not one list in two panels.</summary>
    public static TableBlock? Unfold(TableBlock block, IReadOnlyList<ColumnInfo> columns)
    {
        if (SplitAt(columns) is not { } at) return null;
        var width = columns.Count - at;
        TableRowText Half(TableRowText row, int from, int count) =>
            new([.. Enumerable.Range(from, count).Select(i => i < row.Cells.Count ? row.Cells[i] : new CellText("", row.Source))],
                row.Cells.Skip(from).FirstOrDefault(c => !c.IsEmpty)?.Source ?? row.Source);
        var header = block.HeaderRows.Select(r => Half(r, 0, at)).ToList();
        var left = block.BodyRows.Select(r => Half(r, 0, at)).Where(r => r.Cells.Any(c => !c.IsEmpty));
        var right = block.BodyRows.Select(r => Half(r, at, width)).Where(r => r.Cells.Any(c => !c.IsEmpty));
        return block with { HeaderRows = header, BodyRows = [.. left, .. right] };
    }

    /// <summary>The column where the second panel starts: its columns repeat the first panel's roles and names.</summary>
    private static int? SplitAt(IReadOnlyList<ColumnInfo> columns)
    {
        if (columns.Count < 4 || columns.Count % 2 != 0) return null;
        var at = columns.Count / 2;
        if (columns[0].Role is not (ColumnRole.Code or ColumnRole.Label) || !columns.Take(at).Any(c => c.Role == ColumnRole.Amount)) return null;
        for (var i = 0; i < at; i++)
        {
            var (a, b) = (columns[i], columns[at + i]);
            if (a.Role != b.Role && !(a.Role is ColumnRole.Code or ColumnRole.Label && b.Role is ColumnRole.Code or ColumnRole.Label)) return null;
            if (TextNormalizer.Compact(a.Leaf) != TextNormalizer.Compact(b.Leaf)) return null;
        }
        return at;
    }
}
