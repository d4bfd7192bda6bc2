using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Templates;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding;

/// <summary>
/// Binds each printed table: its kind from title and headers, named columns, and rows keyed by classification code
/// (or project, or label). Two-sided tables (收支总表, 财政拨款收支总表) are split into an income and an expenditure panel.
/// Unrecognised tables are kept as <see cref="TableKey.Other"/> with their rows as printed.
/// </summary>
internal static class TableBinder
{
    public static IReadOnlyList<BudgetTable> BindAll(SourceDocument document, List<ReadDiagnostic> diagnostics, Template template)
    {
        var tables = new List<BudgetTable>();
        foreach (var block in document.Tables)
        {
            // 绩效目标表 are forms, not amount tables: the narrative binder reads them into PerformanceTargets.
            if (block.Title?.Contains("绩效目标", StringComparison.Ordinal) == true) continue;
            tables.Add(Bind(block, diagnostics, template));
        }
        return tables;
    }

    public static BudgetTable Bind(TableBlock block, List<ReadDiagnostic> diagnostics, Template template)
    {
        var kind = TableClassifier.Classify(block, template);
        var title = block.Title ?? "";
        if (kind == TableKey.Other && title.Length > 0 && !title.Contains("绩效目标", StringComparison.Ordinal))
            diagnostics.Add(new(DiagnosticSeverity.Info, Messages.UnrecognisedTableCode, Messages.UnrecognisedTable(title), block.Source));
        if (block.Unit == MoneyUnit.Unknown && kind != TableKey.Other)
            diagnostics.Add(new(DiagnosticSeverity.Warning, Messages.TableWithoutUnitCode, Messages.TableWithoutUnit(title), block.Source));

        var columns = HeaderAnalysis.Analyse(block, template);
        var twoSided = template.IsTwoSided(kind);
        if (!twoSided && SidePanels.Unfold(block, columns) is { } unfolded)
        {
            block = unfolded;
            columns = HeaderAnalysis.Analyse(block, template);
        }
        var bound = twoSided ? BindTwoSided(block, kind, columns, diagnostics, template) : BindOneSided(block, kind, columns, diagnostics, template);
        return new BudgetTable(kind, block.Number, title, block.Unit, bound.Columns, bound.Rows, block.Source)
        {
            // The note first: few tables have one, and looking at every cell of the others costs an enumerator a row.
            IsDeclaredEmpty = block.Notes.Any(n => TextPatterns.EmptyTableNote().IsMatch(n)) && bound.Rows.All(r => r.Cells.All(c => !c.Amount.IsPrinted)),
            EmptyNote = block.Notes.FirstOrDefault(n => TextPatterns.EmptyTableNote().IsMatch(n)),
            Notes = block.Notes,
        };
    }

    /// <summary>
    /// Which level a lone two-digit part stands for when the code is printed over 类 | 款 | 项 columns: the column it
    /// stands in (1 款, 2 项); null when the columns do not say (one code column, or several parts printed).
    /// </summary>
    private static int? BarePartLevel(TableRowText printed, List<int> codeColumns)
    {
        if (codeColumns.Count < 3) return null;
        int? level = null;
        for (var i = 0; i < codeColumns.Count; i++)
        {
            if (printed[codeColumns[i]].Trim().Length == 0) continue;
            if (level is not null) return null;
            level = i;
        }
        return level is 1 or 2 ? level : null;
    }

    private sealed record Bound(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows);

    // ---- one-sided tables ---------------------------------------------------------------------------------

    private static Bound BindOneSided(TableBlock block, TableKey kind, List<ColumnInfo> columns, List<ReadDiagnostic> diagnostics, Template template)
    {
        var amountColumns = columns.Where(c => c.Role == ColumnRole.Amount && HasHeaderOrValues(block, c)).ToList();
        var tableColumns = amountColumns.Select(c => new TableColumn(c.Index, c.Path, ColumnKeyer.KeyOf(c.Path, kind, template))).ToList();
        var codeColumns = columns.Where(c => c.Role == ColumnRole.Code).Select(c => c.Index).ToList();
        var labelColumns = columns.Where(c => c.Role is ColumnRole.Label or ColumnRole.UnitName).Select(c => c.Index).ToList();
        var projectColumn = columns.FirstOrDefault(c => c.Role == ColumnRole.ProjectName)?.Index;
        var system = template.CodesOf(kind) ?? CodeSystem.Function;
        var codes = new CodeContext(system);

        var rows = new List<TableRow>();
        var completedAsItem = new List<bool>();
        foreach (var printed in block.BodyRows)
        {
            if (printed.IsEmpty || TabLayoutParser.IsColumnNumberRow(printed)) continue;
            var codeText = RowText.Squeezed(printed, codeColumns);
            var label = TextPatterns.JoinWrappedCjk(RowText.Joined(printed, labelColumns));
            var project = projectColumn is { } p ? TextPatterns.JoinWrappedCjk(printed[p].Trim()) : "";
            if (label.Length == 0 && project.Length > 0 && IsTotalLabel(project)) { label = project; project = ""; }
            // A table listed by 项目名称 alone (表11 委托业务费) has no other label: outside the project table the name is the row's label.
            if (label.Length == 0 && project.Length > 0 && kind != TableKey.GeneralPublicProjectExpenditure) { label = project; project = ""; }
            // "合计" printed across the code columns (a merged cell) is the row's label.
            if (label.Length == 0 && codeText.Length > 0 && !codeText.Any(char.IsAsciiDigit)) { label = codeText; codeText = ""; }

            var code = codes.Resolve(codeText, ref label, out var printedCode, BarePartLevel(printed, codeColumns));
            var rowKind = IsTotalLabel(label) && code is null ? RowKind.Total
                : project.Length > 0 && kind == TableKey.GeneralPublicProjectExpenditure ? RowKind.Project
                : code is null && kind != TableKey.Other && template.IsCoded(kind) ? RowKind.Group
                : RowKind.Item;
            var cells = Cells(printed, tableColumns, kind == TableKey.Other ? null : diagnostics);
            rows.Add(new TableRow(rowKind, code, label, TablePanel.None, cells, printed.Source)
            {
                Project = rowKind == RowKind.Project ? project : null,
                PrintedCode = printedCode,
            });
            completedAsItem.Add(codes.CompletedAsItem);
        }
        SettleBareParts(rows, completedAsItem);
        InferDroppedLevels(rows);
        return new Bound(tableColumns, rows);
    }

    private static bool HasHeaderOrValues(TableBlock block, ColumnInfo column) =>
        column.Path.Count > 0 || block.BodyRows.Any(r => r[column.Index].Trim().Length > 0);

    internal static bool IsTotalLabel(string label)
    {
        var s = TextNormalizer.Squeeze(label);
        return s is "合计" or "总计" or "收入总计" or "支出总计" or "合计数" or "总计数" || s.StartsWith("合计", StringComparison.Ordinal) && s.Length <= 4;
    }

    private static List<TableCell> Cells(TableRowText printed, List<TableColumn> columns, List<ReadDiagnostic>? diagnostics)
    {
        var cells = new List<TableCell>(columns.Count);
        foreach (var column in columns)
        {
            var cell = column.Index < printed.Cells.Count ? printed.Cells[column.Index] : null;
            var amount = Amount.Parse(cell?.Text);
            if (amount.State == AmountState.Unreadable)
                diagnostics?.Add(new(DiagnosticSeverity.Warning, Messages.UnreadableAmountCode, Messages.UnreadableAmount(amount.Text, column.Path), cell!.Source));
            cells.Add(new TableCell(column.Index, amount, cell?.Source ?? printed.Source));
        }
        return cells;
    }

    /// <summary>
    /// Two-digit parts printed without their 类 and 款 ("05 行政事业单位养老支出", "01 行政单位离退休", then "27 财政对其他社会
    /// 保险基金的补助") say nothing of their level once a 项 has been read. The sums do: a 款 whose 项 read so far already add
    /// up to it has no room for another, so the part is the next 款 of the 类 (20827), and the parts after it are its 项.
    /// A part read where room is left stays a 项. Only parts the code context marked as either are looked at.
    /// </summary>
    private static void SettleBareParts(List<TableRow> rows, List<bool> completedAsItem)
    {
        string? section = null, readAs = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Code?.Digits is not { } digits) continue;
            if (!completedAsItem[i])
            {
                if (digits.Length <= 5) { section = digits.Length == 5 ? digits : null; readAs = section; }
                continue;
            }
            if (section is null || readAs is null || digits.Length != 7 || !digits.StartsWith(readAs, StringComparison.Ordinal)) continue;
            var part = digits[5..];
            var code = IsFull(rows, i, section) && FunctionCode.TryCreate(section[..3] + part) is { } asSection ? asSection
                : section == readAs ? null : FunctionCode.TryCreate(section + part);
            if (code is null) continue;
            rows[i] = rows[i] with { Code = code };
            if (code.Digits.Length == 5) section = code.Digits;
        }
    }

    /// <summary>The 款 <paramref name="section"/>'s 项 above row <paramref name="end"/> add up to its amount, in every column it prints.</summary>
    private static bool IsFull(List<TableRow> rows, int end, string section)
    {
        var parent = rows.FindLastIndex(end - 1, end, r => r.Code?.Digits == section);
        if (parent < 0) return false;
        var children = new List<TableRow>();
        for (var j = parent + 1; j < end; j++)
            if (rows[j].Code?.Digits is { Length: 7 } d && d.StartsWith(section, StringComparison.Ordinal)) children.Add(rows[j]);
        if (children.Count == 0) return false;
        var compared = 0;
        foreach (var cell in rows[parent].Cells)
        {
            if (!cell.Amount.IsNumber) continue;
            var parts = children.Select(c => c[cell.Column]).ToList();
            if (!parts.Any(a => a.IsNumber)) continue;
            if (SumComparison.Of(cell.Amount, parts).BeyondRounding) return false;
            compared++;
        }
        return compared > 0;
    }

    /// <summary>
    /// "210 行政事业单位医疗" printed under 210 with the 款 dropped: when a 类-level code repeats the 类 just above it
    /// and the rows that follow are all under one 款 of it, the row is that 款. The printed code is kept.
    /// </summary>
    private static void InferDroppedLevels(List<TableRow> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Code is not { Level: CodeLevel.Class } code || rows[i - 1].Code?.Digits != code.Digits) continue;
            var children = rows.Skip(i + 1).TakeWhile(r => r.Code is not null && r.Code.Digits.Length > 3 && r.Code.ClassDigits == code.Digits).ToList();
            var sections = children.Select(r => r.Code!.Digits[..5]).Distinct(StringComparer.Ordinal).ToList();
            if (sections.Count == 0) continue;
            // The rows right after it are its children: take the 款 of the first child.
            var section = children[0].Code!.Digits[..5];
            var inferred = code.System == CodeSystem.Function ? (ClassificationCode?)FunctionCode.TryCreate(section) : EconomicCode.TryCreate(section);
            if (inferred is null) continue;
            rows[i] = row with { Code = inferred, PrintedCode = code.Digits };
        }
    }

    // ---- two-sided tables ----------------------------------------------------------------------------------

    private static Bound BindTwoSided(TableBlock block, TableKey kind, List<ColumnInfo> columns, List<ReadDiagnostic> diagnostics, Template template)
    {
        var split = ExpenditureStart(block, columns);
        var tableColumns = new List<TableColumn>();
        foreach (var c in columns)
        {
            if (c.Role != ColumnRole.Amount || !HasHeaderOrValues(block, c)) continue;
            var panel = c.Index >= split ? TablePanel.Expenditure : TablePanel.Income;
            tableColumns.Add(new TableColumn(c.Index, c.Path, ColumnKeyer.KeyOf(c.Path, kind, template) ?? ColumnKeys.Total, panel));
        }
        var incomeLabels = columns.Where(c => c.Index < split && c.Role is not (ColumnRole.Amount or ColumnRole.OtherCode)).Select(c => c.Index).ToList();
        var expenditureLabels = columns.Where(c => c.Index >= split && c.Role is not (ColumnRole.Amount or ColumnRole.OtherCode)).Select(c => c.Index).ToList();
        if (incomeLabels.Count == 0) incomeLabels.Add(0);
        if (expenditureLabels.Count == 0 && split < columns.Count) expenditureLabels.Add(split);
        var incomeColumns = tableColumns.Where(c => c.Panel == TablePanel.Income).ToList();
        var expenditureColumns = tableColumns.Where(c => c.Panel == TablePanel.Expenditure).ToList();

        var income = new List<TableRow>();
        var expenditure = new List<TableRow>();
        var codes = new CodeContext(CodeSystem.Function);
        foreach (var printed in block.BodyRows)
        {
            if (printed.IsEmpty || TabLayoutParser.IsColumnNumberRow(printed)) continue;
            var incomeLabel = TextPatterns.JoinWrappedCjk(string.Join(" ", incomeLabels.Select(i => printed[i].Trim()).Where(s => s.Length > 0)));
            var incomeCells = Cells(printed, incomeColumns, diagnostics);
            if (incomeLabel.Length > 0 || incomeCells.Any(c => c.Amount.IsPrinted))
            {
                var total = IsTotalLabel(incomeLabel);
                income.Add(new TableRow(total ? RowKind.Total : RowKind.Item, null, incomeLabel, TablePanel.Income, incomeCells, printed.Source));
            }
            var expenditureLabel = TextPatterns.JoinWrappedCjk(string.Join(" ", expenditureLabels.Select(i => printed[i].Trim()).Where(s => s.Length > 0)));
            var expenditureCells = Cells(printed, expenditureColumns, diagnostics);
            if (expenditureLabel.Length > 0 || expenditureCells.Any(c => c.Amount.IsPrinted))
            {
                var code = codes.Resolve("", ref expenditureLabel, out var printedCode);
                var kindOfRow = IsTotalLabel(expenditureLabel) ? RowKind.Total : code is null ? RowKind.Group : RowKind.Item;
                expenditure.Add(new TableRow(kindOfRow, code, expenditureLabel, TablePanel.Expenditure, expenditureCells, printed.Source) { PrintedCode = printedCode });
            }
        }
        return new Bound(tableColumns, [.. income, .. expenditure]);
    }

    /// <summary>
    /// The first column of the expenditure side: under a header cell naming 支出 (支出, 财政拨款支出), or failing
    /// that the column whose cells read "201 一般公共服务支出".
    /// </summary>
    private static int ExpenditureStart(TableBlock block, List<ColumnInfo> columns)
    {
        foreach (var row in block.HeaderRows)
        {
            for (var c = 1; c < row.Cells.Count; c++)
            {
                var s = TextNormalizer.Squeeze(row.Cells[c].Text);
                if (s is "支出" or "财政拨款支出" or "支出预算" or "本年支出") return c;
            }
        }
        foreach (var col in columns)
        {
            if (col.Index == 0) continue;
            var coded = block.BodyRows.Count(r => CodeContext.LeadingClassCode().IsMatch(r[col.Index].Trim()));
            if (coded >= 3) return col.Index;
        }
        return columns.Count / 2;
    }
}
