using System.Globalization;
using System.IO.Packaging;
using BudgetDisclosure.Catalog;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Writing.Input;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetDisclosure.OpenXml.Template;

/// <summary>A problem in the input workbook, at a sheet and cell: <c>data.xlsx(表3 支出总表!E12): error BD0216: …</c>.</summary>
public sealed record WorkbookIssue(Severity Severity, string Code, string File, string Sheet, string Cell, string Message)
{
    public override string ToString() => $"{File}({Sheet}!{Cell}): {Severity.ToName()} {Code}: {Message}";
}

/// <summary>The composer's input read from a filled workbook, and what is wrong with it.</summary>
public sealed record TemplateReadResult(WritingInput? Input, IReadOnlyList<WorkbookIssue> Issues)
{
    public bool HasErrors => Issues.Any(i => i.Severity == Severity.Error);
}

/// <summary>
/// Reads the input workbook of <c>budget template</c> into <see cref="WritingInput"/> and validates it: required cells,
/// numbers, codes well formed and in the catalog, then every identity <c>budget check</c> knows for tables, staffing,
/// procurement and performance targets — run on the tables as read, each finding traced back to its sheet and cell.
/// </summary>
public static class TemplateReader
{
    /// <summary>True when <paramref name="path"/> is an input workbook (its 填表说明 sheet starts with the marker).</summary>
    public static bool IsTemplate(string path)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            var sheet = SheetData(document, TemplateSheets.Instructions);
            return sheet is not null && Cell(document, sheet, 1, 1)?.StartsWith(TemplateSheets.Marker, StringComparison.Ordinal) == true;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or UnauthorizedAccessException or System.Xml.XmlException or FileFormatException)
        {
            return false;
        }
    }

    public static TemplateReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            return new Reading(document, path).Run();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or UnauthorizedAccessException or System.Xml.XmlException or FileFormatException)
        {
            return new TemplateReadResult(null, [new WorkbookIssue(Severity.Error, TemplateMessages.NotTemplateCode, Path.GetFileName(path), TemplateSheets.Instructions, "A1", TemplateMessages.Unreadable(ex.Message))]);
        }
    }

    private static Worksheet? SheetData(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == name);
        return sheet?.Id?.Value is { } id && workbook!.GetPartById(id) is WorksheetPart part ? part.Worksheet : null;
    }

    private static string? Cell(SpreadsheetDocument document, Worksheet sheet, int row, int column)
    {
        var reference = TemplateSheets.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
        var cell = sheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        return cell is null ? null : Text(document, cell);
    }

    private static string Text(SpreadsheetDocument document, Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            var items = document.WorkbookPart?.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().ToList();
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && items is not null && i < items.Count ? items[i].InnerText : "";
        }
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return raw ?? "";
    }

    /// <summary>One sheet's cells by row and column, as text.</summary>
    private sealed class Grid(string name, int ordinal, Dictionary<(int Row, int Column), string> cells)
    {
        public string Name { get; } = name;

        public int Ordinal { get; } = ordinal;

        public string Get(int row, int column) => cells.GetValueOrDefault((row, column), "").Trim();

        public int LastRow => cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);

        public bool RowEmpty(int row, int columns) => Enumerable.Range(1, columns).All(c => Get(row, c).Length == 0);
    }

    private sealed class Reading(SpreadsheetDocument document, string path)
    {
        private readonly string file = Path.GetFileName(path);
        private readonly List<WorkbookIssue> issues = [];
        private readonly Dictionary<string, Grid> sheets = [];
        // Where each table cell came from, to trace a check's finding back to its sheet and cell.
        private readonly Dictionary<(int Sheet, int Row, string Column), string> columnLetters = [];

        private void Issue(Severity severity, string code, Grid sheet, int row, int column, string message) =>
            issues.Add(new WorkbookIssue(severity, code, file, sheet.Name, TemplateSheets.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture), message));

        private Grid? Sheet(string name, bool required = true)
        {
            if (sheets.TryGetValue(name, out var grid)) return grid;
            var all = document.WorkbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var index = all.FindIndex(s => s.Name?.Value == name);
            var ws = SheetData(document, name);
            if (ws is null)
            {
                if (required) issues.Add(new WorkbookIssue(Severity.Error, TemplateMessages.NotTemplateCode, file, name, "A1", TemplateMessages.MissingSheet(name)));
                return null;
            }
            var cells = new Dictionary<(int, int), string>();
            foreach (var row in ws.Descendants<Row>())
                foreach (var cell in row.Elements<Cell>())
                    if (cell.CellReference?.Value is { } r)
                        cells[((int)(row.RowIndex?.Value ?? 0), XlsxReader.ColumnOf(r))] = Text(document, cell);
            return sheets[name] = new Grid(name, index + 1, cells);
        }

        private SourceLocation At(Grid sheet, int row) => new(file, row, sheet.Ordinal);

        /// <summary>A number cell: blank is null; anything else that is not a number is an error.</summary>
        private decimal? Number(Grid sheet, int row, int column)
        {
            var text = sheet.Get(row, column);
            if (text.Length == 0) return null;
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return Math.Round(v, 6);
            var a = Amount.Parse(text);
            if (a.IsNumber) return a.Value;
            Issue(Severity.Error, TemplateMessages.NotNumberCode, sheet, row, column, TemplateMessages.NotNumber(text));
            return null;
        }

        private int? Integer(Grid sheet, int row, int column)
        {
            var v = Number(sheet, row, column);
            if (v is null) return null;
            if (v != decimal.Truncate(v.Value)) { Issue(Severity.Error, TemplateMessages.NotNumberCode, sheet, row, column, TemplateMessages.NotInteger(sheet.Get(row, column))); return null; }
            return (int)v.Value;
        }

        /// <summary>An amount in 万元 as the published tables print it: two decimals (more if the clerk typed more).</summary>
        private static Amount Money(decimal? value) =>
            value is not { } v ? Amount.Blank : Amount.FromValue(v, Math.Max(2, (int)((decimal.GetBits(v)[3] >> 16) & 0xFF)));

        public TemplateReadResult Run()
        {
            var instructions = Sheet(TemplateSheets.Instructions);
            if (instructions is null || !instructions.Get(1, 1).StartsWith(TemplateSheets.Marker, StringComparison.Ordinal))
            {
                if (instructions is not null) Issue(Severity.Error, TemplateMessages.NotTemplateCode, instructions, 1, 1, TemplateMessages.NotTemplate);
                return new TemplateReadResult(null, issues);
            }
            var profile = Sheet(TemplateSheets.Profile);
            if (profile is null) return new TemplateReadResult(null, issues);
            string? Field(int i) => profile.Get(TemplateSheets.ListDataRow + i, 2) is { Length: > 0 } v ? v : null;
            int FieldRow(int i) => TemplateSheets.ListDataRow + i;
            var unit = Field(0);
            var year = Integer(profile, FieldRow(1), 2);
            if (year is { } y && (y < 2000 || y > 2100)) { Issue(Severity.Error, TemplateMessages.BadYearCode, profile, FieldRow(1), 2, TemplateMessages.BadYear(y)); year = null; }
            var scope = Field(2) is { } sc && sc.Contains('部', StringComparison.Ordinal) ? DisclosureScope.Department : DisclosureScope.Unit;
            var empty = IsEmptyWorkbook();
            if (!empty)
            {
                if (unit is null) Issue(Severity.Error, TemplateMessages.RequiredCode, profile, FieldRow(0), 2, TemplateMessages.Required("单位名称"));
                if (year is null && Field(1) is null) Issue(Severity.Error, TemplateMessages.RequiredCode, profile, FieldRow(1), 2, TemplateMessages.Required("预算年度"));
            }
            var source = new SourceLocation(file, 0);
            var inputs = new Dictionary<TableKey, BudgetTable>();
            foreach (var layout in StandardTables.Inputs)
            {
                var sheet = Sheet(TemplateSheets.SheetOf(layout.Kind));
                if (sheet is null) continue;
                inputs[layout.Kind] = StandardTables.Build(layout, TableRows(layout, sheet, year), scope, unit, year, At(sheet, TemplateSheets.TableDataRow));
            }
            if (issues.Any(i => i.Severity == Severity.Error) && inputs.Count < StandardTables.Inputs.Count)
                return new TemplateReadResult(null, issues);
            var tables = StandardTables.Assemble(inputs, scope, year, source);
            var disclosure = new Disclosure
            {
                Sources = [file],
                UnitName = unit,
                Scope = scope,
                Kind = DisclosureKind.Budget,
                Year = year,
                Date = Field(3),
                Profile = Profile(profile),
                Tables = tables,
                OtherMatters = new OtherMatters { Procurement = Procurement(), Assets = Assets() },
                PerformanceTargets = Targets(),
                Glossary = Glossary(),
            };
            var (prior, reasons) = Figures(disclosure);
            var input = new WritingInput(disclosure)
            {
                Prior = prior,
                Reasons = reasons,
                Projects = Projects(disclosure),
                OtherNotes = OtherNotes(),
            };
            if (!empty) Validate(disclosure);
            return new TemplateReadResult(input, issues);
        }

        private bool IsEmptyWorkbook() =>
            StandardTables.Inputs.All(l => Sheet(TemplateSheets.SheetOf(l.Kind), required: false) is not { } s
                || Enumerable.Range(TemplateSheets.TableDataRow, Math.Max(0, s.LastRow - TemplateSheets.TableDataRow + 1))
                    .All(r => Enumerable.Range(TemplateSheets.LabelHeaders(l).Count + 1, l.Columns.Count).All(c => s.Get(r, c).Length == 0)))
            && Sheet(TemplateSheets.Profile, required: false) is { } p && Enumerable.Range(TemplateSheets.ListDataRow, TemplateSheets.ProfileFields.Length).All(r => p.Get(r, 2).Length == 0);

        private List<InputRow> TableRows(TableLayout layout, Grid sheet, int? year)
        {
            var labels = TemplateSheets.LabelHeaders(layout);
            var width = labels.Count + layout.Columns.Count;
            for (var c = 0; c < layout.Columns.Count; c++)
                columnLetters[(sheet.Ordinal, 0, string.Join('/', layout.Columns[c]))] = TemplateSheets.ColumnName(labels.Count + c + 1);
            var rows = new List<InputRow>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = TemplateSheets.TableDataRow; r <= sheet.LastRow; r++)
            {
                if (sheet.RowEmpty(r, width)) continue;
                var amounts = Enumerable.Range(0, layout.Columns.Count).Select(c => Money(Number(sheet, r, labels.Count + c + 1))).ToList();
                var sources = Enumerable.Range(0, layout.Columns.Count).Select(_ => At(sheet, r)).ToList();
                if (layout.CodeLevels == 0)
                {
                    var label = sheet.Get(r, 1);
                    if (label.Length == 0) { Issue(Severity.Error, TemplateMessages.RequiredCode, sheet, r, 1, TemplateMessages.Required(labels[0])); continue; }
                    var total = layout.Kind == TableKey.ThreePublicExpenses && label == "合计";
                    if (layout.Kind != TableKey.ThreePublicExpenses && label is "合计" or "总计") continue;
                    rows.Add(new InputRow(null, label, amounts, At(sheet, r)) { CellSources = sources, IsTotal = total });
                    continue;
                }
                var code = Code(layout, sheet, r);
                if (code is null) continue;
                var name = sheet.Get(r, layout.CodeLevels + 1);
                if (name.Length == 0) Issue(Severity.Error, TemplateMessages.RequiredCode, sheet, r, layout.CodeLevels + 1, TemplateMessages.Required("科目名称"));
                string? project = null;
                if (layout.HasProject)
                {
                    project = sheet.Get(r, layout.CodeLevels + 2) is { Length: > 0 } p ? p : null;
                    if (project is null && code.Length == 7) Issue(Severity.Error, TemplateMessages.RequiredCode, sheet, r, layout.CodeLevels + 2, TemplateMessages.ProjectNameMissing);
                }
                var identity = code + "|" + project;
                if (seen.TryGetValue(identity, out var earlier)) Issue(Severity.Error, TemplateMessages.DuplicateCode, sheet, r, 1, TemplateMessages.Duplicate(code, earlier));
                else seen[identity] = r;
                CatalogCheck(layout, sheet, r, code, name, year);
                rows.Add(new InputRow(code, name, amounts, At(sheet, r)) { Project = project, CellSources = sources });
            }
            if (layout.CodeLevels > 0 && rows.Count > 0)
            {
                // The total row is the sum of the 类 rows; the clerk does not type it.
                var classes = rows.Where(x => x.Code!.Length == 3).ToList();
                var totals = Enumerable.Range(0, layout.Columns.Count).Select(c => classes.Sum(x => x.Amounts[c].Value)).ToList();
                rows.Add(new InputRow(null, "总计", [.. totals.Select((t, i) => i == 0 || t != 0 ? Amount.FromValue(t, 2) : Amount.Blank)], At(sheet, TemplateSheets.TableDataRow)) { IsTotal = true });
            }
            else if (layout.Kind.IsAny(TableKey.EntrustedBusinessFees, TableKey.PriorYearCarryover) && rows.Count > 0)
            {
                var totals = Enumerable.Range(0, layout.Columns.Count).Select(c => rows.Sum(x => x.Amounts[c].Value)).ToList();
                rows.Add(new InputRow(null, "总计", [.. totals.Select((t, i) => i == 0 || t != 0 ? Amount.FromValue(t, 2) : Amount.Blank)], At(sheet, TemplateSheets.TableDataRow)) { IsTotal = true });
            }
            return rows;
        }

        /// <summary>The code of a row: 类/款/项 in their columns, or the whole code in the first.</summary>
        private string? Code(TableLayout layout, Grid sheet, int r)
        {
            var parts = Enumerable.Range(1, layout.CodeLevels).Select(c => sheet.Get(r, c)).ToList();
            var digits = string.Concat(parts.TakeWhile(p => p.Length > 0));
            var afterGap = parts.SkipWhile(p => p.Length > 0).Any(p => p.Length > 0);
            var wellFormed = !afterGap && digits.All(char.IsAsciiDigit)
                && (parts[0].Length == digits.Length || (parts[0].Length == 3 && parts.Skip(1).All(p => p.Length is 0 or 2)));
            var valid = wellFormed && (layout.Codes == CodeSystem.Economic ? EconomicCode.IsValid(digits) : FunctionCode.IsValid(digits));
            if (!valid)
            {
                Issue(Severity.Error, TemplateMessages.BadCodeCode, sheet, r, 1, TemplateMessages.BadCode(string.Join(" ", parts.Where(p => p.Length > 0)), layout.Codes == CodeSystem.Economic));
                return null;
            }
            return digits;
        }

        private void CatalogCheck(TableLayout layout, Grid sheet, int r, string code, string name, int? year)
        {
            var system = layout.Codes!.Value;
            var catalog = ClassificationCatalog.Default;
            if (!catalog.IsKnownClass(system, code[..3]))
            {
                Issue(Severity.Error, TemplateMessages.UnknownCodeCode, sheet, r, 1, TemplateMessages.UnknownClass(code[..3]));
                return;
            }
            var entry = catalog.Find(system, code, year);
            if (entry is null)
                Issue(Severity.Warning, TemplateMessages.UnknownCodeCode, sheet, r, 1, TemplateMessages.UnknownCode(code));
            else if (name.Length > 0 && !ClassificationCatalog.SameName(entry.Name, name))
                Issue(Severity.Warning, TemplateMessages.NameMismatchCode, sheet, r, layout.CodeLevels + 1, TemplateMessages.NameMismatch(code, name, entry.Name));
        }

        private UnitProfile Profile(Grid profile)
        {
            var duties = Sheet(TemplateSheets.Duties, required: false);
            var functions = new List<string>();
            var organisation = new List<string>();
            if (duties is not null)
                for (var r = TemplateSheets.ListDataRow; r <= duties.LastRow; r++)
                {
                    var text = duties.Get(r, 2);
                    if (text.Length == 0) continue;
                    (duties.Get(r, 1).Contains("职能", StringComparison.Ordinal) ? functions : organisation).Add(text);
                }
            HeadCount? Count(int i, int? change = null)
            {
                var row = TemplateSheets.ListDataRow + i;
                var n = Integer(profile, row, 2);
                return n is null ? null : new HeadCount(n.Value, change is { } c ? Integer(profile, TemplateSheets.ListDataRow + c, 2) : null, At(profile, row));
            }
            var staffing = new Staffing { Authorized = Count(4), Actual = Count(5), InService = Count(6, 7), Retired = Count(8, 9), RetiredBefore1949 = Count(10, 11) };
            var any = staffing.Authorized is not null || staffing.Actual is not null || staffing.InService is not null;
            return new UnitProfile { Functions = functions, Organisation = organisation, Staffing = any ? staffing : null };
        }

        private Procurement? Procurement()
        {
            var sheet = Sheet(TemplateSheets.Procurement, required: false);
            if (sheet is null) return null;
            var values = Enumerable.Range(0, TemplateSheets.ProcurementFields.Length).Select(i => Number(sheet, TemplateSheets.ListDataRow + i, 2)).ToList();
            if (values.All(v => v is null)) return null;
            Amount? A(int i) => values[i] is { } v ? Amount.FromValue(v, 2) : i < 4 ? Amount.FromValue(0m, 2) : null;
            return new Procurement(At(sheet, TemplateSheets.ListDataRow))
            {
                Total = A(0), Goods = A(1), Works = A(2), Services = A(3), SmeReserved = A(4), SmallMicroReserved = A(5),
            };
        }

        private List<AssetItem> Assets()
        {
            var sheet = Sheet(TemplateSheets.Assets, required: false);
            var list = new List<AssetItem>();
            if (sheet is null) return list;
            for (var r = TemplateSheets.ListDataRow; r <= sheet.LastRow; r++)
            {
                var name = sheet.Get(r, 1);
                if (name.Length == 0) continue;
                var value = Number(sheet, r, 4);
                list.Add(new AssetItem(name, At(sheet, r))
                {
                    Quantity = Number(sheet, r, 2),
                    QuantityUnit = sheet.Get(r, 3) is { Length: > 0 } u ? u : null,
                    Value = value is { } v ? Amount.FromValue(v, 2) : null,
                });
            }
            return list;
        }

        private List<PerformanceTarget> Targets()
        {
            var sheet = Sheet(TemplateSheets.Targets, required: false);
            var list = new List<PerformanceTarget>();
            if (sheet is null) return list;
            var indicators = Sheet(TemplateSheets.Indicators, required: false);
            for (var r = TemplateSheets.ListDataRow; r <= sheet.LastRow; r++)
            {
                var name = sheet.Get(r, 2);
                if (name.Length == 0) continue;
                var funding = new List<FundingLine>();
                for (var i = 0; i < 3; i++)
                    if (sheet.Get(r, 4 + 2 * i) is { Length: > 0 } src)
                        funding.Add(new FundingLine(src, Number(sheet, r, 5 + 2 * i) is { } v ? Amount.FromValue(v, 2) : Amount.FromValue(0m, 2)));
                var total = Number(sheet, r, 3);
                list.Add(new PerformanceTarget(sheet.Get(r, 1).Contains('整', StringComparison.Ordinal) ? PerformanceScope.Overall : PerformanceScope.Project, name, At(sheet, r))
                {
                    Total = total is { } t ? Amount.FromValue(t, 2) : null,
                    Funding = funding,
                    Goal = sheet.Get(r, 10) is { Length: > 0 } g ? g : null,
                    Indicators = indicators is null ? [] : IndicatorsOf(indicators, name),
                });
            }
            return list;
        }

        private List<PerformanceIndicator> IndicatorsOf(Grid sheet, string target)
        {
            var list = new List<PerformanceIndicator>();
            for (var r = TemplateSheets.ListDataRow; r <= sheet.LastRow; r++)
            {
                if (sheet.Get(r, 1) != target || sheet.Get(r, 4).Length == 0) continue;
                var comparator = sheet.Get(r, 5) switch
                {
                    "≥" or ">=" => Comparator.AtLeast,
                    "≤" or "<=" => Comparator.AtMost,
                    "=" => Comparator.Equal,
                    ">" => Comparator.GreaterThan,
                    "<" => Comparator.LessThan,
                    _ => Comparator.None,
                };
                list.Add(new PerformanceIndicator(sheet.Get(r, 2), sheet.Get(r, 3), sheet.Get(r, 4), At(sheet, r))
                {
                    Comparator = comparator,
                    Value = sheet.Get(r, 6),
                    Unit = sheet.Get(r, 7) is { Length: > 0 } u ? u : null,
                    Weight = Number(sheet, r, 8),
                });
            }
            return list;
        }

        private List<GlossaryEntry> Glossary()
        {
            var sheet = Sheet(TemplateSheets.Glossary, required: false);
            var list = new List<GlossaryEntry>();
            if (sheet is null) return list;
            for (var r = TemplateSheets.ListDataRow; r <= sheet.LastRow; r++)
                if (sheet.Get(r, 1) is { Length: > 0 } term) list.Add(new GlossaryEntry(term, sheet.Get(r, 2), At(sheet, r)));
            return list;
        }

        private List<string> OtherNotes()
        {
            var sheet = Sheet(TemplateSheets.OtherNotes, required: false);
            var list = new List<string>();
            if (sheet is null) return list;
            for (var r = TemplateSheets.ListDataRow; r <= sheet.LastRow; r++)
                if (sheet.Get(r, 1) is { Length: > 0 } note) list.Add(note);
            return list;
        }

        private List<ProjectDetails> Projects(Disclosure disclosure)
        {
            var sheet = Sheet(TemplateSheets.Projects, required: false);
            var list = new List<ProjectDetails>();
            if (sheet is null) return list;
            var table = disclosure.Table(TableKey.GeneralPublicProjectExpenditure);
            var total = table?.Column(ColumnKeys.Total);
            for (var r = TemplateSheets.ListDataRow; r <= sheet.LastRow; r++)
            {
                var name = sheet.Get(r, 1);
                if (name.Length == 0) continue;
                string? Text(int c) => sheet.Get(r, c) is { Length: > 0 } v ? v : null;
                var row = table?.Rows.FirstOrDefault(x => x.Project == name);
                if (row is null)
                    Issue(Severity.Warning, TemplateMessages.ProjectMismatchCode, sheet, r, 1, TemplateMessages.ProjectNotInTable(name));
                else if (Number(sheet, r, 3) is { } amount && total is not null && amount != row[total.Index].Value)
                    Issue(Severity.Error, TemplateMessages.ProjectMismatchCode, sheet, r, 3, TemplateMessages.ProjectAmount(name, amount, row[total.Index].Value));
                list.Add(new ProjectDetails(name) { Basis = Text(4), Allocation = Text(5), Period = Text(6), Owner = Text(7), Description = Text(8) });
            }
            return list;
        }

        private (Dictionary<FigureKey, decimal>, Dictionary<FigureKey, string>) Figures(Disclosure disclosure)
        {
            var prior = new Dictionary<FigureKey, decimal>();
            var reasons = new Dictionary<FigureKey, string>();
            FigureKey? KeyOf(Grid sheet, int r)
            {
                if (sheet.Get(r, 4) is { Length: > 0 } text)
                {
                    if (FigureKey.Parse(text) is { } k) return k;
                    Issue(Severity.Warning, TemplateMessages.UnknownKeyCode, sheet, r, 4, TemplateMessages.UnknownKey(text));
                    return null;
                }
                if (sheet.Get(r, 2) is { Length: > 0 } code)
                {
                    if (FunctionCode.IsValid(code)) return FigureKey.Parse(TemplateSheets.CodeKey(code));
                    Issue(Severity.Warning, TemplateMessages.UnknownKeyCode, sheet, r, 2, TemplateMessages.BadCode(code, false));
                }
                else if (sheet.Get(r, 3).Length > 0)
                {
                    Issue(Severity.Warning, TemplateMessages.UnknownKeyCode, sheet, r, 1, TemplateMessages.UnknownKey(sheet.Get(r, 1)));
                }
                return null;
            }
            if (Sheet(TemplateSheets.Prior, required: false) is { } p)
                for (var r = TemplateSheets.ListDataRow; r <= p.LastRow; r++)
                    if (Number(p, r, 3) is { } v && KeyOf(p, r) is { } k) prior[k] = v;
            if (Sheet(TemplateSheets.Reasons, required: false) is { } q)
                for (var r = TemplateSheets.ListDataRow; r <= q.LastRow; r++)
                    if (q.Get(r, 3) is { Length: > 0 } reason && KeyOf(q, r) is { } k) reasons[k] = reason;
            _ = disclosure;
            return (prior, reasons);
        }

        /// <summary>
        /// The identities of <c>budget check</c> for what the workbook holds (tables, staffing, procurement,
        /// performance targets), each finding traced to the cell it names.
        /// </summary>
        private void Validate(Disclosure disclosure)
        {
            var report = Checker.Check(disclosure);
            foreach (var f in report.Findings.Where(f => f.Severity >= Severity.Warning))
            {
                var code = TemplateMessages.CodeOf(f.Rule.Id);
                if (code is null) continue;
                var source = f.Location.Source;
                var sheet = sheets.Values.FirstOrDefault(s => s.Ordinal == source.Page);
                if (sheet is null) continue;
                var letter = f.Location.Column is { } column && columnLetters.TryGetValue((sheet.Ordinal, 0, column), out var l) ? l : "B";
                if (f.Location.Column is null && f.Location.Table is not null) letter = "A";
                var row = source.Line > 0 ? source.Line : TemplateSheets.TableDataRow;
                issues.Add(new WorkbookIssue(f.Severity, code, file, sheet.Name, letter + row.ToString(CultureInfo.InvariantCulture), $"{f.GetMessage(MessageLanguage.Chinese)}（{f.Rule.Id}）"));
            }
        }
    }
}
