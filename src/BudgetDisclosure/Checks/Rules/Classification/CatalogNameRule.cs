using BudgetDisclosure.Catalog;
using System.Text.RegularExpressions;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>
/// BD5004: a code is printed with the name 《政府收支分类科目》 gives it in the document's year. The catalog is
/// built from real documents and is incomplete: an unknown code is only worth knowing (info); a known code with
/// another name, or an unknown code printed with the name of a known one, is a warning.
/// </summary>
public sealed partial class CatalogNameRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD5004", "科目名称应与《政府收支分类科目》一致",
        "{0}中科目 {1} 印为“{2}”，{3}",
        RuleCategory.Classification, Severity.Warning,
        "Name each code as the classification catalog does",
        "In {0}, code {1} is printed as '{2}'; {3}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var catalog = ClassificationCatalog.Default;
        var year = context.Disclosure.Year;
        var any = false;
        foreach (var table in context.Disclosure.Tables)
        {
            var seen = new HashSet<(string, string)>();
            foreach (var (index, row) in CodeRows.Coded(table))
            {
                any = true;
                // A row that repeats the code above it is a dropped level (BD5001), not a misnamed code.
                if (CodeRows.RepeatsCodeAbove(table, index)) continue;
                var code = row.Code!;
                // Projects repeat their function code and name once per project: judge each pair once per table.
                if (!seen.Add((code.Digits, ClassificationCatalog.NameKey(row.Label)))) continue;
                context.Evaluated(Rule);
                var label = OwnName(row.Label);
                var entry = catalog.Find(code.System, code.Digits, year);
                var covered = entry is not null && year is { } y && entry.Covers(y);
                if (covered && ClassificationCatalog.SameName(entry!.Name, label)) continue;
                if (covered)
                {
                    Report(context, table, row, Rule.DefaultSeverity, new LocalizedText("{0}的《政府收支分类科目》中为“{1}”", "the classification catalog of {0} has '{1}'", YearText(entry!), entry!.Name));
                    continue;
                }
                // Not known for this year: the name may still belong to another code of the same 类 and level.
                var named = catalog.WithName(code.System, label)
                    .Where(e => e.Code != code.Digits && e.Code.Length == code.Digits.Length && e.Code[..3] == code.ClassDigits).ToList();
                var current = named.Where(e => year is { } ny && e.Covers(ny)).ToList();
                if (current.Count > 0)
                {
                    Report(context, table, row, Rule.DefaultSeverity, new LocalizedText("{0}的目录中“{1}”的编码是 {2}，编码可能写错",
                        "the catalog of {0} gives '{1}' the code {2}; the code may be wrong", YearText(current[0]), current[0].Name, LocalizedText.List(current.Select(e => e.Code).Distinct())));
                    continue;
                }
                if (entry is not null && ClassificationCatalog.SameName(entry.Name, label)) continue;
                // A name read from other years may have been revised since (福利费 was dropped in 2026): worth a look, not a warning.
                var hint = entry is not null ? new LocalizedText("{0}的目录中为“{1}”，请核对", "the catalog of {0} has '{1}'; please check", YearText(entry), entry.Name)
                    : named.Count > 0 ? new LocalizedText("目录中没有这个编码；“{0}”在{1}的目录中编码为 {2}，请核对",
                        "the catalog has no such code; '{0}' has the code {2} in the catalog of {1}; please check", named[0].Name, YearText(named[0]), named[0].Code)
                    : new LocalizedText("科目目录中没有这个编码（目录由公开文件整理，并不完整），请核对",
                        "the catalog has no such code (it is compiled from published documents and is incomplete); please check");
                Report(context, table, row, Severity.Info, hint);
            }
        }
        if (!any) context.NotApplicable(Rule, "文件中没有带科目编码的行。");
    }

    /// <summary>
    /// The row's own name: a crossed row prints its code's name and then the other classifications' codes and names
    /// ("2010801-行政运行 50101-工资奖金津补贴 30101-基本工资"); only the first pair is the row's.
    /// </summary>
    internal static string OwnName(string label)
    {
        var next = CrossedCode().Match(label);
        return (next.Success ? label[..next.Index] : label).Trim().TrimStart('-', '－', '—').Trim();
    }

    [GeneratedRegex(@"\s+\d{3,7}\s*[-－—]")]
    private static partial Regex CrossedCode();

    private static LocalizedText YearText(CatalogEntry e) =>
        e.FromYear == e.ToYear ? new("{0} 年", "{0}", e.FromYear) : new("{0}–{1} 年", "{0}–{1}", e.FromYear, e.ToYear);

    private static void Report(CheckContext context, BudgetTable table, TableRow row, Severity severity, LocalizedText what) =>
        context.Report(new Finding(Rule, severity, CodeRows.Location(table, row), Phrases.TableName(table), row.Code!.Digits, row.Label, what)
        {
            Cells = [CodeRows.Cell(table, row, CodeRows.NameColumn)],
        });
}
