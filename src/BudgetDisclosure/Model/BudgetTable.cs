namespace BudgetDisclosure.Model;

/// <summary>Which side of a two-sided table (收支总表, 财政拨款收支总表) a row or column belongs to.</summary>
public enum TablePanel
{
    /// <summary>A one-sided table.</summary>
    None = 0,
    /// <summary>收入 side.</summary>
    Income,
    /// <summary>支出 side.</summary>
    Expenditure,
}

/// <summary>
/// A column of a bound table: its header path as printed (outermost first) and, when recognised, a stable key
/// such as <c>total</c>, <c>basic</c>, <c>project</c>, <c>personnel</c>, <c>public_funds</c>, <c>general_public</c>.
/// </summary>
public sealed record TableColumn(int Index, IReadOnlyList<string> HeaderPath, string? Key, TablePanel Panel = TablePanel.None)
{
    /// <summary>The header path joined with '/', as used in facts.</summary>
    public string Path => string.Join('/', HeaderPath);

    public override string ToString() => Path;
}

/// <summary>What a row is.</summary>
public enum RowKind
{
    /// <summary>A row keyed by a classification code (or, on the 收支总表 income side, an income line).</summary>
    Item,
    /// <summary>The table's grand total (总计/合计).</summary>
    Total,
    /// <summary>A subtotal or grouping row without a code (a unit name in a department table, 小计, 其中).</summary>
    Group,
    /// <summary>A project row of the project expenditure table.</summary>
    Project,
}

/// <summary>An amount cell of a bound row.</summary>
public sealed record TableCell(int Column, Amount Amount, SourceLocation Source);

/// <summary>A row of a bound table.</summary>
public sealed record TableRow(
    RowKind Kind,
    ClassificationCode? Code,
    string Label,
    TablePanel Panel,
    IReadOnlyList<TableCell> Cells,
    SourceLocation Source)
{
    /// <summary>The project name, for project rows of the project expenditure table.</summary>
    public string? Project { get; init; }

    /// <summary>
    /// The code exactly as printed (digits only) when it differs from <see cref="Code"/>: a level was dropped
    /// ("210 行政事业单位医疗" under 210, read as 21011 from the rows below it). Checks report the difference.
    /// </summary>
    public string? PrintedCode { get; init; }

    /// <summary>The amount in column <paramref name="column"/>, or <see cref="Amount.Blank"/>.</summary>
    public Amount this[int column]
    {
        get
        {
            // Every identity reads cells this way: a plain loop, no enumerator or closure per read.
            for (var i = 0; i < Cells.Count; i++)
                if (Cells[i].Column == column) return Cells[i].Amount;
            return Amount.Blank;
        }
    }
}

/// <summary>A table of the disclosure bound to its kind, its named columns and its coded rows.</summary>
public sealed record BudgetTable(
    TableKey Kind,
    string? Number,
    string Title,
    MoneyUnit Unit,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    SourceLocation Source)
{
    /// <summary>True when the document publishes the table empty, with <see cref="EmptyNote"/> saying so.</summary>
    public bool IsDeclaredEmpty { get; init; }

    public string? EmptyNote { get; init; }

    /// <summary>Notes printed under the table (注：…).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public TableColumn? Column(string key, TablePanel panel = TablePanel.None) =>
        Columns.FirstOrDefault(c => c.Key == key && (panel == TablePanel.None || c.Panel == panel));

    public TableRow? TotalRow(TablePanel panel = TablePanel.None) =>
        Rows.FirstOrDefault(r => r.Kind == RowKind.Total && (panel == TablePanel.None || r.Panel == panel));

    public TableRow? Row(string codeDigits) => Rows.FirstOrDefault(r => r.Code?.Digits == codeDigits);
}
