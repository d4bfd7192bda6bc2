using BudgetDisclosure.Catalog;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>
/// BD5001: a code is printed with all its levels. "210 行政事业单位医疗" between 210 and 210 11 01 lost its 款; a
/// row repeating the code above it under another name lost its own level.
/// </summary>
public sealed partial class MissingLevelRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD5001", "科目编码不应缺级",
        "{0}中“{1}”的科目编码印为 {2}，缺少{3}级编码{4}",
        RuleCategory.Classification, Severity.Warning,
        "Print every level of a code",
        "In {0}, '{1}' is printed with code {2}, missing its {3} level{4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var catalog = ClassificationCatalog.Default;
        var any = false;
        foreach (var table in context.Disclosure.Tables)
            foreach (var (index, row) in CodeRows.Coded(table))
            {
                any = true;
                context.Evaluated(Rule);
                var code = row.Code!;
                if (row.PrintedCode is { } printed && printed != code.Digits)
                {
                    Report(context, table, row, printed, printed.Length == 3 ? Section : Item, new LocalizedText("（应为 {0}）", " (should be {0})", code.Digits));
                }
                else if (CodeRows.RepeatsCodeAbove(table, index) && !NamesEconomicClass(row.Label))
                {
                    var child = catalog.WithName(code.System, row.Label).FirstOrDefault(e => e.ParentCode == code.Digits);
                    var hint = child is null ? new LocalizedText("（与上一行编码相同、名称不同）", " (the code of the row above, under another name)")
                        : new LocalizedText("（按《政府收支分类科目》应为 {0}）", " (the classification catalog gives {0})", child.Code);
                    Report(context, table, row, code.Digits, code.Level == CodeLevel.Class ? Section : Item, hint);
                }
            }
        if (!any) context.NotApplicable(Rule, "文件中没有带科目编码的行。");
    }

    /// <summary>
    /// A 支出总表 may cross the classifications: a function code once per economic class, the classes named in the
    /// label ("-行政运行 50101-工资奖金津补贴 30102-津贴补贴"). The code repeats by design there; no level was lost.
    /// </summary>
    private static bool NamesEconomicClass(string label) => EconomicClassInLabel().IsMatch(label);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[\s-])(?:30|31|50|51)\d{3}-")]
    private static partial System.Text.RegularExpressions.Regex EconomicClassInLabel();

    private static readonly LocalizedText Section = new("款", "section");
    private static readonly LocalizedText Item = new("项", "item");

    private static void Report(CheckContext context, BudgetTable table, TableRow row, string printed, LocalizedText level, LocalizedText hint) =>
        context.Report(new Finding(Rule, Rule.DefaultSeverity, CodeRows.Location(table, row, printed), Phrases.TableName(table), row.Label, printed, level, hint)
        {
            Cells = [CodeRows.Cell(table, row, CodeRows.CodeColumn)],
        });
}

/// <summary>
/// BD5002: the digits make a code that can exist: 3/5/7 digits of the function classification (first digit 2) or
/// 3/5 of the economic one (first digit 3), under a 类 that exists.
/// </summary>
public sealed class InvalidCodeRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD5002", "科目编码应有效",
        "{0}中“{1}”的科目编码 {2} 不是有效的{3}编码{4}",
        RuleCategory.Classification, Severity.Error,
        "Use codes that exist",
        "In {0}, '{1}' has code {2}, which is not a valid {3} code{4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var catalog = ClassificationCatalog.Default;
        var any = false;
        foreach (var table in context.Disclosure.Tables.Where(t => t.Kind != TableKey.Other))
        {
            var system = table.Kind == TableKey.GeneralPublicBasicExpenditure ? CodeSystem.Economic : CodeSystem.Function;
            var systemName = SystemName(system);
            foreach (var row in table.Rows)
            {
                if (row.Kind == RowKind.Total) continue;
                // A row without a single Chinese character is a misread figure or a unit code, not a classified line.
                if (!row.Label.Any(IsCjk)) continue;
                if (row.Code is { } code)
                {
                    any = true;
                    context.Evaluated(Rule);
                    if (!catalog.IsKnownClass(code.System, code.ClassDigits))
                        Report(context, table, row, code.Digits, SystemName(code.System), new LocalizedText("（没有 {0} 这个类）", " (there is no class {0})", code.ClassDigits), Rule.DefaultSeverity);
                    continue;
                }
                // Digits the binder could not make a code of: kept in PrintedCode, or left at the start of the label.
                var coded = TableArithmetic.IsCoded(context, table.Kind) || row.Panel == TablePanel.Expenditure;
                var digits = row.PrintedCode ?? (coded ? CodeRows.LeadingDigits(row.Label) : null);
                if (digits is null) continue;
                any = true;
                context.Evaluated(Rule);
                // Only digits of a code's length are a misprinted code; fewer are a code the reader split (pdftotext),
                // and 5xx codes are the 政府预算支出经济分类 some regions print beside the 部门 one.
                var sure = digits.Length is 3 or 5 || digits.Length == 7 && system == CodeSystem.Function;
                if (system == CodeSystem.Economic && digits[0] == '5') continue;
                Report(context, table, row, digits, systemName, sure ? LocalizedText.Empty : SplitCode, sure ? Rule.DefaultSeverity : Severity.Info);
            }
        }
        if (!any) context.NotApplicable(Rule, "文件中没有带科目编码的行。");
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static LocalizedText SystemName(CodeSystem system) => system == CodeSystem.Function
        ? new("支出功能分类", "expenditure function classification")
        : new("支出经济分类", "expenditure economic classification");

    private static readonly LocalizedText SplitCode = new("（可能是读取时被拆开的编码，请核对）", " (perhaps a code split apart in reading; please check)");

    private static void Report(CheckContext context, BudgetTable table, TableRow row, string digits, LocalizedText system, LocalizedText hint, Severity severity) =>
        context.Report(new Finding(Rule, severity, CodeRows.Location(table, row, digits), Phrases.TableName(table), row.Label, digits, system, hint)
        {
            Cells = [CodeRows.Cell(table, row, CodeRows.CodeColumn)],
        });
}

/// <summary>
/// BD5003: in a table listed by level, every 款 follows its 类 and every 项 its 款: a child whose parent row is
/// missing, or that sits under another parent, breaks the hierarchy the sums rely on.
/// </summary>
public sealed class ParentCodeRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD5003", "下级科目应列在其上级科目之下",
        "{0}中科目 {1}“{2}”{3}",
        RuleCategory.Classification, Severity.Error,
        "List each code under its parent",
        "In {0}, code {1} '{2}' {3}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var any = false;
        foreach (var table in context.Disclosure.Tables)
        {
            var coded = CodeRows.Coded(table).ToList();
            // A list of one level (the 类 of the 收支总表, projects printed with full codes) has no hierarchy to check.
            if (coded.Select(p => p.Row.Code!.Level).Distinct().Count() < 2) continue;
            any = true;
            var present = coded.Select(p => p.Row.Code!.Digits).ToHashSet(StringComparer.Ordinal);
            string? lastClass = null, lastSection = null;
            foreach (var (_, row) in coded)
            {
                var code = row.Code!;
                if (code.Level == CodeLevel.Class) { lastClass = code.Digits; lastSection = null; continue; }
                context.Evaluated(Rule);
                var parent = code.Parent!.Digits;
                var levelName = code.Level == CodeLevel.Section ? Class : Section;
                var current = code.Level == CodeLevel.Section ? lastClass : lastSection;
                if (code.Level == CodeLevel.Section) lastSection = code.Digits;
                if (!present.Contains(parent))
                    Report(context, table, row, new LocalizedText(MissingParent, "has no parent {0} {1} listed", levelName, parent));
                else if (current is null)
                    Report(context, table, row, new LocalizedText("列在其他科目之下，应列在其上级{0} {1} 之下", "is listed under another code; it belongs under its parent {0} {1}", levelName, parent));
                else if (current != parent)
                    Report(context, table, row, new LocalizedText("列在 {0} 之下，应列在其上级{1} {2} 之下", "is listed under {0}; it belongs under its parent {1} {2}", current, levelName, parent));
            }
        }
        if (!any) context.NotApplicable(Rule, "文件中没有分级列出的科目。");
    }

    private const string MissingParent = "的上级{0} {1} 没有列出";

    /// <summary>
    /// The finding says the code sits under another code (not that its parent is missing): a table that leaves out its
    /// 款 rows throughout is printed so, while one whose codes sit under the wrong parents by the score was misread.
    /// </summary>
    internal static bool IsMisplaced(Finding finding) =>
        finding.Rule.Id == Rule.Id && !(finding.Arguments.Count > 0 && finding.Arguments[^1] is LocalizedText { Chinese: MissingParent });

    private static readonly LocalizedText Class = new("类", "class");
    private static readonly LocalizedText Section = new("款", "section");

    private static void Report(CheckContext context, BudgetTable table, TableRow row, LocalizedText what) =>
        context.Report(new Finding(Rule, Rule.DefaultSeverity, CodeRows.Location(table, row), Phrases.TableName(table), row.Code!.Digits, row.Label, what)
        {
            Cells = [CodeRows.Cell(table, row, CodeRows.CodeColumn)],
        });
}
