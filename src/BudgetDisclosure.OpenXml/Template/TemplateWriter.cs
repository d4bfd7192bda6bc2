using System.Globalization;
using BudgetDisclosure.Model;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Writing.Input;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.OpenXml.Template;

/// <summary>
/// Writes the input workbook of <c>budget template</c>: 填表说明, 基本信息, 职能与机构, one sheet per input table in
/// the published layout (表1 and 表4 are derived and not asked for), 上年数, 增减原因, 项目, 绩效目标, 绩效指标,
/// 政府采购, 国有资产, 名词解释, 其他事项. Empty, or filled from a disclosure (<paramref name="from"/>) and last
/// year's figures. Input cells are shaded; headers are bold on grey.
/// </summary>
public static class TemplateWriter
{
    public static void Write(string path, WritingInput? from = null, IReadOnlyDictionary<FigureKey, decimal>? prior = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(stream, from, prior);
    }

    public static void Write(Stream stream, WritingInput? from = null, IReadOnlyDictionary<FigureKey, decimal>? prior = null)
    {
        var d = from?.Disclosure;
        var priorFigures = new Dictionary<FigureKey, decimal>(from?.Prior ?? new Dictionary<FigureKey, decimal>());
        foreach (var (k, v) in prior ?? new Dictionary<FigureKey, decimal>()) priorFigures.TryAdd(k, v);
        using var book = new WorkbookBuilder(stream);
        book.AddSheet(TemplateSheets.Instructions, Instructions);
        book.AddSheet(TemplateSheets.Profile, s => Profile(s, d));
        book.AddSheet(TemplateSheets.Duties, s => List(s, "主要职能与机构设置", TemplateSheets.DutiesHeader,
            d is null ? [] : [.. d.Profile.Functions.Select(f => new object?[] { "主要职能", f }), .. d.Profile.Organisation.Where(o => !o.Contains("编制数", StringComparison.Ordinal)).Select(o => new object?[] { "机构设置", o })], [20, 100]));
        foreach (var layout in StandardTables.Inputs)
            book.AddSheet(TemplateSheets.SheetOf(layout.Kind), s => Table(s, layout, d?.Table(layout.Kind)));
        book.AddSheet(TemplateSheets.Prior, s => Figures(s, "上年预算数（“比上年”增减据此计算）", TemplateSheets.PriorHeader, priorFigures.Keys, d, (k, row) => row[2] = priorFigures.TryGetValue(k, out var v) ? v : null));
        var reasons = from?.Reasons ?? new Dictionary<FigureKey, string>();
        book.AddSheet(TemplateSheets.Reasons, s => Figures(s, "增减的主要原因（未填写的在文中留占位符）", TemplateSheets.ReasonsHeader, reasons.Keys.Concat(priorFigures.Keys), d, (k, row) => row[2] = reasons.GetValueOrDefault(k)));
        book.AddSheet(TemplateSheets.Projects, s => List(s, "一般公共预算项目（与表7的项目一一对应）", TemplateSheets.ProjectsHeader, Projects(from), [30, 14, 14, 40, 40, 30, 24, 40]));
        book.AddSheet(TemplateSheets.Targets, s => List(s, "绩效目标（整体一行，每个项目一行）", TemplateSheets.TargetsHeader, Targets(d), [12, 30, 14, 14, 12, 14, 12, 14, 12, 50]));
        book.AddSheet(TemplateSheets.Indicators, s => List(s, "绩效指标", TemplateSheets.IndicatorsHeader, Indicators(d), [30, 12, 16, 36, 12, 12, 10, 10]));
        book.AddSheet(TemplateSheets.Procurement, s => Procurement(s, d?.OtherMatters.Procurement));
        book.AddSheet(TemplateSheets.Assets, s => List(s, "国有资产占用使用情况（截至上年底）", TemplateSheets.AssetsHeader,
            d is null ? [] : [.. d.OtherMatters.Assets.Select(a => new object?[] { a.Name, a.Quantity, a.QuantityUnit, a.Value is { IsNumber: true } v ? v.Value : null })], [24, 12, 12, 14]));
        book.AddSheet(TemplateSheets.Glossary, s => List(s, "名词解释", TemplateSheets.GlossaryHeader,
            d is null ? [] : [.. d.Glossary.Select(g => new object?[] { g.Term, g.Definition })], [20, 100]));
        book.AddSheet(TemplateSheets.OtherNotes, s => List(s, "其他需说明的事项", TemplateSheets.OtherNotesHeader,
            from is null ? [] : [.. from.OtherNotes.Select(n => new object?[] { n })], [100]));
    }

    private static void Instructions(SheetBuilder s)
    {
        string[] lines =
        [
            TemplateSheets.Marker + "（由 budget template 生成，用 budget render 生成公开文件）",
            "",
            "1. 金额单位一律为万元，保留两位小数；空白表示没有。只填浅黄色的单元格。",
            "2. 基本信息：单位名称、预算年度必填；公开主体填“部门”或“单位”。",
            "3. 表2、表3、表5、表6、表7、表8、表9：每行一个科目，类、款、项分列填写（也可在“类”列填写完整编码，如 2080505）；类、款行也要填写，程序核对类 = Σ款、款 = Σ项，以及每行合计 = 各组成列之和。总计行由程序计算，不必填写。",
            "4. 表1 收支总表和表4 财政拨款收支总表由程序根据表2、表3、表5、表8、表9生成，不必填写：同一个数字只填一次。",
            "5. 表7 每个项目一行，科目为其功能分类的项；类、款行填合计。项目的政策依据等在“项目”工作表填写。",
            "6. 表10“三公”经费：行已列出，填写金额；合计应等于各项之和。",
            "7. 上年数：情况说明中“比上年增加/减少”据此计算；按科目的行（一般公共预算当年拨款具体使用情况）在“科目编码”列填写项级编码。可用 budget template --prior 上年文件 自动填写。",
            "8. 增减原因：每个有增减的项目写主要原因；不填的，生成的文件中留醒目的占位符。",
            "9. 绩效目标：整体目标一行（范围填“整体”），每个项目一行（范围填“项目”）；资金来源各项之和应等于年度预算总额。绩效指标逐行填写，权重合计一般为 90 或 100。",
            "10. 填好后：budget render 本工作簿.xlsx --to docx（或 pdf、html、md、xlsx）。工作簿有错误时不生成文件，错误指明工作表和单元格，如 data.xlsx(表3 支出总表!E12): error BD0216: …",
        ];
        foreach (var line in lines) s.Row([line], line.StartsWith(TemplateSheets.Marker, StringComparison.Ordinal) ? WorkbookBuilder.Title : WorkbookBuilder.Plain);
        s.ColumnWidth(1, 1, 140);
    }

    private static void Profile(SheetBuilder s, Disclosure? d)
    {
        s.Row(["基本信息"], WorkbookBuilder.Title);
        s.Row(["项目", "内容"], WorkbookBuilder.Header);
        var staff = d?.Profile.Staffing;
        object?[] values =
        [
            d?.UnitName, d?.Year, d is null ? null : d.Scope == DisclosureScope.Department ? "部门" : "单位", d?.Date,
            staff?.Authorized?.Count, staff?.Actual?.Count, staff?.InService?.Count, staff?.InService?.Change,
            staff?.Retired?.Count, staff?.Retired?.Change, staff?.RetiredBefore1949?.Count, staff?.RetiredBefore1949?.Change,
        ];
        for (var i = 0; i < TemplateSheets.ProfileFields.Length; i++)
            s.Row(s.CurrentRow + 1, [(1, TemplateSheets.ProfileFields[i], WorkbookBuilder.Header), (2, values[i], values[i] is int or decimal ? WorkbookBuilder.InputNumber : WorkbookBuilder.Input)]);
        s.ColumnWidth(1, 1, 26);
        s.ColumnWidth(2, 2, 40);
    }

    private static void List(SheetBuilder s, string title, string[] header, List<object?[]> rows, int[] widths)
    {
        s.Row([title], WorkbookBuilder.Title);
        s.Row([.. header], WorkbookBuilder.Header);
        s.FreezeBelow(2);
        // A few empty input rows even when filled, so the clerk sees where to add.
        foreach (var row in rows.Concat(Enumerable.Range(0, 3).Select(_ => new object?[header.Length])))
            s.Row(s.CurrentRow + 1, [.. Enumerable.Range(0, header.Length).Select(i => (i + 1, i < row.Length ? Cell(row[i]) : null, i < row.Length && row[i] is decimal ? WorkbookBuilder.InputNumber : WorkbookBuilder.Input))]);
        for (var i = 0; i < widths.Length; i++) s.ColumnWidth(i + 1, i + 1, widths[i]);
    }

    private static object? Cell(object? value) => value switch
    {
        decimal d => d,
        int n => n,
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static void Table(SheetBuilder s, TableLayout layout, BudgetTable? table)
    {
        var labels = TemplateSheets.LabelHeaders(layout);
        var width = labels.Count + layout.Columns.Count;
        s.Row([TemplateSheets.SheetOf(layout.Kind) + "（" + layout.Kind.ToChinese() + "）"], WorkbookBuilder.Title);
        s.Merge(1, 1, 1, width);
        s.Row(["单位：万元。" + (layout.Kind == TableKey.ThreePublicExpenses ? "行已列出，填写金额。" : "总计行由程序计算，不必填写。")], WorkbookBuilder.Plain);
        // Two header rows as published: a group header (财政拨款（补助）, 一般公共预算基本支出 …) over its leaves.
        var top = new List<(int, object?, uint)>();
        var leaf = new List<(int, object?, uint)>();
        for (var i = 0; i < labels.Count; i++)
        {
            top.Add((i + 1, labels[i], WorkbookBuilder.Header));
            leaf.Add((i + 1, null, WorkbookBuilder.Header));
            s.Merge(3, i + 1, 4, i + 1);
        }
        var merges = new List<(int, int)>();
        for (var c = 0; c < layout.Columns.Count; c++)
        {
            var path = layout.Columns[c];
            var column = labels.Count + c + 1;
            var group = path.Count > 1 ? string.Join("/", path.Take(path.Count - 1)) : null;
            var previous = c > 0 && layout.Columns[c - 1].Count > 1 ? string.Join("/", layout.Columns[c - 1].Take(layout.Columns[c - 1].Count - 1)) : null;
            if (group is null)
            {
                top.Add((column, path[0], WorkbookBuilder.Header));
                leaf.Add((column, null, WorkbookBuilder.Header));
                s.Merge(3, column, 4, column);
            }
            else
            {
                top.Add((column, group == previous ? null : group, WorkbookBuilder.Header));
                leaf.Add((column, path[^1], WorkbookBuilder.Header));
                if (group != previous) merges.Add((column, column));
                else merges[^1] = (merges[^1].Item1, column);
            }
        }
        foreach (var (from, to) in merges) s.Merge(3, from, 3, to);
        s.Row(3, top);
        s.Row(4, leaf);
        s.FreezeBelow(4);
        var rows = Rows(layout, table);
        if (rows.Count == 0) rows = [.. Enumerable.Range(0, 20).Select(_ => new object?[width])];
        else rows.AddRange(Enumerable.Range(0, 3).Select(_ => new object?[width]));
        foreach (var row in rows)
            s.Row(s.CurrentRow + 1, [.. Enumerable.Range(0, width).Select(i => (i + 1, Cell(row[i]), i >= labels.Count ? WorkbookBuilder.InputNumber : WorkbookBuilder.Input))]);
        for (var i = 0; i < width; i++)
            s.ColumnWidth(i + 1, i + 1, i >= labels.Count ? 14 : labels[i].Length <= 1 ? 6 : 30);
    }

    /// <summary>The rows of a filled table sheet: codes split into 类/款/项, names, amounts; the total row left to the program.</summary>
    private static List<object?[]> Rows(TableLayout layout, BudgetTable? table)
    {
        var labels = TemplateSheets.LabelHeaders(layout);
        var width = labels.Count + layout.Columns.Count;
        var keys = layout.Keys;
        var list = new List<object?[]>();
        if (layout.Kind == TableKey.ThreePublicExpenses)
        {
            foreach (var label in StandardTables.ThreePublicRows)
            {
                var row = new object?[width];
                row[0] = label;
                var source = table?.Rows.FirstOrDefault(r => TextNormalizer.Key(r.Label) == TextNormalizer.Key(label)
                    || (label == "合计" && r.Kind == RowKind.Total));
                if (source is not null) Amounts(row, 1, keys, table!, source);
                list.Add(row);
            }
            return list;
        }
        if (table is null || table.IsDeclaredEmpty) return list;
        foreach (var r in table.Rows.Where(r => r.Kind != RowKind.Total))
        {
            var row = new object?[width];
            if (layout.CodeLevels > 0)
            {
                if (r.Code is null) continue;
                var parts = TableComposer.SplitCode(r.Code);
                for (var i = 0; i < parts.Count && i < layout.CodeLevels; i++) row[i] = parts[i];
                row[layout.CodeLevels] = r.Label;
                if (layout.HasProject) row[layout.CodeLevels + 1] = r.Project;
            }
            else
            {
                row[0] = r.Label;
            }
            Amounts(row, labels.Count, keys, table, r);
            list.Add(row);
        }
        return list;
    }

    private static void Amounts(object?[] row, int first, IReadOnlyList<string?> keys, BudgetTable table, TableRow source)
    {
        for (var c = 0; c < keys.Count; c++)
            if (table.Columns.FirstOrDefault(col => col.Key == keys[c]) is { } column && source[column.Index] is { IsNumber: true } a)
                row[first + c] = a.Value;
    }

    private static void Figures(SheetBuilder s, string title, string[] header, IEnumerable<FigureKey> keys, Disclosure? d, Action<FigureKey, object?[]> fill)
    {
        var rows = new List<object?[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, key) in TemplateSheets.StandardFigures)
        {
            var row = new object?[] { name, null, null, key };
            if (FigureKey.Parse(key) is { } k) fill(k, row);
            rows.Add(row);
            seen.Add(key);
        }
        foreach (var k in keys.Distinct())
        {
            var text = k.ToString();
            if (!seen.Add(text)) continue;
            var row = new object?[4];
            if (k is { Column: ColumnKeys.Total, Code: { } code, Figure: null } && k.Table == TableKey.GeneralPublicExpenditure)
            {
                row[0] = d?.Table(TableKey.GeneralPublicExpenditure)?.Row(code)?.Label ?? "一般公共预算当年拨款";
                row[1] = code;
                row[3] = null;
            }
            else
            {
                row[0] = text;
                row[3] = text;
            }
            fill(k, row);
            rows.Add(row);
        }
        List(s, title, header, rows, [40, 14, header[2].Contains("原因", StringComparison.Ordinal) ? 60 : 18, 44]);
    }

    private static List<object?[]> Projects(WritingInput? from)
    {
        var table = from?.Disclosure.Table(TableKey.GeneralPublicProjectExpenditure);
        var total = table?.Column(ColumnKeys.Total);
        var list = new List<object?[]>();
        foreach (var row in table?.Rows.Where(r => r.Kind == RowKind.Project && r.Project is not null) ?? [])
        {
            var p = from!.Projects.FirstOrDefault(x => x.Name == row.Project);
            list.Add([row.Project, row.Code?.Digits, total is null ? null : row[total.Index].Value, p?.Basis, p?.Allocation, p?.Period, p?.Owner, p?.Description]);
        }
        return list;
    }

    private static List<object?[]> Targets(Disclosure? d) =>
        d is null ? [] : [.. d.PerformanceTargets.Select(t =>
        {
            var row = new object?[10];
            row[0] = t.Scope == PerformanceScope.Overall ? "整体" : "项目";
            row[1] = t.Name;
            row[2] = t.Total is { IsNumber: true } total ? total.Value : null;
            for (var i = 0; i < 3 && i < t.Funding.Count; i++)
            {
                row[3 + 2 * i] = t.Funding[i].Source;
                row[4 + 2 * i] = t.Funding[i].Amount.IsNumber ? t.Funding[i].Amount.Value : null;
            }
            row[9] = t.Goal;
            return row;
        })];

    private static List<object?[]> Indicators(Disclosure? d) =>
        d is null ? [] : [.. d.PerformanceTargets.SelectMany(t => t.Indicators.Select(i => new object?[]
        {
            t.Name, i.Level1, i.Level2, i.Name, Comparator(i.Comparator), i.Value, i.Unit, i.Weight,
        }))];

    internal static string Comparator(Comparator c) => c switch
    {
        Model.Comparator.AtLeast => "≥",
        Model.Comparator.AtMost => "≤",
        Model.Comparator.Equal => "=",
        Model.Comparator.GreaterThan => ">",
        Model.Comparator.LessThan => "<",
        _ => "",
    };

    private static void Procurement(SheetBuilder s, Procurement? p)
    {
        s.Row(["政府采购预算（万元）"], WorkbookBuilder.Title);
        s.Row(["项目", "金额（万元）"], WorkbookBuilder.Header);
        Amount?[] values = [p?.Total, p?.Goods, p?.Works, p?.Services, p?.SmeReserved, p?.SmallMicroReserved];
        for (var i = 0; i < TemplateSheets.ProcurementFields.Length; i++)
            s.Row(s.CurrentRow + 1, [(1, TemplateSheets.ProcurementFields[i], WorkbookBuilder.Header), (2, values[i] is { IsNumber: true } a ? a.Value : null, WorkbookBuilder.InputNumber)]);
        s.ColumnWidth(1, 1, 26);
        s.ColumnWidth(2, 2, 18);
    }
}
