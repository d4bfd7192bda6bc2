using BudgetDisclosure.Model;

namespace BudgetDisclosure.Writing;

/// <summary>
/// Lays a bound table out as the published documents print it: code columns 类/款/项 under 科目代码, the name, then
/// the amount columns under their multi-level headers (a group header spans its sub-columns, a header without
/// sub-headers spans down); two-sided tables (收支总表, 财政拨款收支总表) print the income and expenditure panels side
/// by side, line by line. Amounts are printed exactly as the model holds them (their printed text).
/// </summary>
internal static class TableComposer
{
    private static readonly HashSet<TableKey> FunctionCoded =
    [
        TableKey.Income, TableKey.Expenditure, TableKey.GeneralPublicExpenditure, TableKey.GeneralPublicProjectExpenditure,
        TableKey.GovernmentFundExpenditure, TableKey.StateCapitalExpenditure,
    ];

    public static ComposedTable Compose(BudgetTable table, string number, string? unitName)
    {
        ArgumentNullException.ThrowIfNull(table);
        var composed = table.Columns.Any(c => c.Panel != TablePanel.None) ? TwoSided(table) : OneSided(table);
        var notes = table.Notes.ToList();
        if (table.EmptyNote is { Length: > 0 } empty && !notes.Contains(empty)) notes.Add(empty);
        return composed with
        {
            Kind = table.Kind,
            Number = number,
            Preparer = unitName is null ? null : "编制单位：" + unitName,
            UnitCaption = "单位：" + (table.Unit == MoneyUnit.Unknown ? MoneyUnit.TenThousandYuan : table.Unit).ToChinese(),
            Notes = notes,
        };
    }

    private static int CodeLevels(BudgetTable table)
    {
        var coded = table.Rows.Select(r => r.Code).FirstOrDefault(c => c is not null);
        if (coded is not null) return coded.System == CodeSystem.Economic ? 2 : 3;
        if (table.Kind == TableKey.GeneralPublicBasicExpenditure) return 2;
        return FunctionCoded.Contains(table.Kind) ? 3 : 0;
    }

    private static string LabelHeader(TableKey kind) =>
        kind == TableKey.ThreePublicExpenses ? "“三公”经费支出内容"
        : kind == TableKey.EntrustedBusinessFees ? "项目名称"
        : "项目";

    private static ComposedTable OneSided(BudgetTable table)
    {
        var codeLevels = CodeLevels(table);
        var hasProject = table.Kind == TableKey.GeneralPublicProjectExpenditure || table.Rows.Any(r => r.Project is not null);
        var labelCount = (codeLevels > 0 ? 1 : 0) + (hasProject ? 1 : 0);
        if (labelCount == 0) labelCount = 1;
        var amountColumns = table.Columns.OrderBy(c => c.Index).ToList();
        var first = codeLevels + labelCount;
        var width = first + amountColumns.Count;
        var depth = Math.Max(amountColumns.Count == 0 ? 1 : amountColumns.Max(c => Math.Max(1, c.HeaderPath.Count)), codeLevels > 0 ? 2 : 1);

        var header = Enumerable.Range(0, depth).Select(_ => new List<GridCell>()).ToList();
        if (codeLevels > 0)
        {
            header[0].Add(new GridCell(0, "科目代码", CellRole.Header, codeLevels, depth - 1));
            string[] marks = ["类", "款", "项"];
            for (var i = 0; i < codeLevels; i++) header[depth - 1].Add(new GridCell(i, marks[i], CellRole.Header));
            header[0].Add(new GridCell(codeLevels, "科目名称", CellRole.Header, 1, depth));
            if (hasProject) header[0].Add(new GridCell(codeLevels + 1, "项目名称", CellRole.Header, 1, depth));
        }
        else
        {
            header[0].Add(new GridCell(0, LabelHeader(table.Kind), CellRole.Header, 1, depth));
        }
        AddAmountHeaders(header, [.. amountColumns.Select((c, i) => (first + i, c.HeaderPath))], 0, depth);

        var body = new List<GridRow>();
        foreach (var row in table.Rows)
        {
            var cells = new List<GridCell>();
            if (row.Code is { } code && codeLevels > 0)
            {
                var parts = SplitCode(code);
                for (var i = 0; i < parts.Count && i < codeLevels; i++) cells.Add(new GridCell(i, parts[i], CellRole.Code));
            }
            cells.Add(new GridCell(codeLevels, row.Label, CellRole.Label));
            if (hasProject && row.Project is not null) cells.Add(new GridCell(codeLevels + 1, row.Project, CellRole.Label));
            for (var i = 0; i < amountColumns.Count; i++)
                cells.Add(new GridCell(first + i, row[amountColumns[i].Index].Text, CellRole.Amount));
            body.Add(new GridRow(cells, row.Kind == RowKind.Total));
        }
        return new ComposedTable(table.Title, width, [.. header.Select(h => new GridRow(h))], body);
    }

    private static ComposedTable TwoSided(BudgetTable table)
    {
        var income = table.Columns.Where(c => c.Panel == TablePanel.Income).OrderBy(c => c.Index).ToList();
        var spending = table.Columns.Where(c => c.Panel == TablePanel.Expenditure).OrderBy(c => c.Index).ToList();
        var depth = Math.Max(1, table.Columns.Max(c => c.HeaderPath.Count));
        var header = Enumerable.Range(0, depth).Select(_ => new List<GridCell>()).ToList();
        var spendingStart = 1 + income.Count;
        var width = spendingStart + 1 + spending.Count;
        var spendingLabel = table.Kind == TableKey.IncomeExpenditureSummary ? "功能分类" : "科目名称";
        AddPanelHeader(header, income, 0, "项目", depth);
        AddPanelHeader(header, spending, spendingStart, spendingLabel, depth);

        var incomeRows = table.Rows.Where(r => r.Panel == TablePanel.Income && r.Kind != RowKind.Total).ToList();
        var spendingRows = table.Rows.Where(r => r.Panel == TablePanel.Expenditure && r.Kind != RowKind.Total).ToList();
        var body = new List<GridRow>();
        for (var i = 0; i < Math.Max(incomeRows.Count, spendingRows.Count); i++)
        {
            var cells = new List<GridCell>();
            if (i < incomeRows.Count) AddPanelCells(cells, incomeRows[i], income, 0);
            if (i < spendingRows.Count) AddPanelCells(cells, spendingRows[i], spending, spendingStart);
            body.Add(new GridRow(cells));
        }
        var totals = new List<GridCell>();
        if (table.TotalRow(TablePanel.Income) is { } incomeTotal) AddPanelCells(totals, incomeTotal, income, 0);
        if (table.TotalRow(TablePanel.Expenditure) is { } spendingTotal) AddPanelCells(totals, spendingTotal, spending, spendingStart);
        if (totals.Count > 0) body.Add(new GridRow(totals, IsTotal: true));
        return new ComposedTable(table.Title, width, [.. header.Select(h => new GridRow(h))], body);
    }

    /// <summary>A panel: its group header (收入, 财政拨款支出) over its label and amount columns, then the amount headers below.</summary>
    private static void AddPanelHeader(List<List<GridCell>> header, List<TableColumn> columns, int start, string label, int depth)
    {
        var grouped = depth > 1 && columns.Count > 0 && columns.All(c => c.HeaderPath.Count > 1) && columns.Select(c => c.HeaderPath[0]).Distinct().Count() == 1;
        var top = grouped ? 1 : 0;
        if (grouped) header[0].Add(new GridCell(start, columns[0].HeaderPath[0], CellRole.Header, columns.Count + 1));
        header[top].Add(new GridCell(start, label, CellRole.Header, 1, depth - top));
        AddAmountHeaders(header, [.. columns.Select((c, i) => (start + 1 + i, (IReadOnlyList<string>)[.. c.HeaderPath.Skip(top)]))], top, depth);
    }

    private static void AddPanelCells(List<GridCell> cells, TableRow row, List<TableColumn> columns, int start)
    {
        var label = row.Code is { } code ? code.Digits + " " + row.Label : row.Label;
        cells.Add(new GridCell(start, label, CellRole.Label));
        for (var i = 0; i < columns.Count; i++) cells.Add(new GridCell(start + 1 + i, row[columns[i].Index].Text, CellRole.Amount));
    }

    /// <summary>
    /// Header cells for amount columns from their header paths: consecutive columns sharing a prefix share the group
    /// cell above them; a path shorter than the header spans down to the last header row.
    /// </summary>
    private static void AddAmountHeaders(List<List<GridCell>> header, IReadOnlyList<(int Column, IReadOnlyList<string> Path)> leaves, int top, int depth)
    {
        var rows = depth - top;
        for (var level = 0; level < rows; level++)
        {
            var i = 0;
            while (i < leaves.Count)
            {
                var path = leaves[i].Path;
                if (path.Count <= level) { i++; continue; }
                var isLeaf = path.Count == level + 1;
                var span = 1;
                if (!isLeaf)
                    while (i + span < leaves.Count && SamePrefix(leaves[i + span].Path, path, level + 1) && leaves[i + span].Path.Count > level + 1) span++;
                header[top + level].Add(new GridCell(leaves[i].Column, path[level], CellRole.Header, span, isLeaf ? rows - level : 1));
                i += span;
            }
        }
        foreach (var row in header) row.Sort((a, b) => a.Column.CompareTo(b.Column));
    }

    private static bool SamePrefix(IReadOnlyList<string> a, IReadOnlyList<string> b, int length)
    {
        if (a.Count < length || b.Count < length) return false;
        for (var i = 0; i < length; i++)
            if (a[i] != b[i]) return false;
        return true;
    }

    /// <summary>2080505 → 208, 05, 05; 30101 → 301, 01.</summary>
    internal static List<string> SplitCode(ClassificationCode code)
    {
        var d = code.Digits;
        var parts = new List<string> { d[..3] };
        for (var i = 3; i + 2 <= d.Length; i += 2) parts.Add(d.Substring(i, 2));
        return parts;
    }
}
