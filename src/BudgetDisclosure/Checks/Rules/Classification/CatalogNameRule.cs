using BudgetDisclosure.Catalog;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>
/// BD5004: a code is printed with the name 《政府收支分类科目》 gives it in the document's year. The catalog is
/// built from real documents and is incomplete: an unknown code is only worth knowing (info); a known code with
/// another name, or an unknown code printed with the name of a known one, is a warning.
/// </summary>
public sealed class CatalogNameRule : Rule
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
                var entry = catalog.Find(code.System, code.Digits, year);
                var covered = entry is not null && year is { } y && entry.Covers(y);
                if (covered && ClassificationCatalog.SameName(entry!.Name, row.Label)) continue;
                if (covered)
                {
                    Report(context, table, row, Rule.DefaultSeverity, $"{YearText(entry!)}的《政府收支分类科目》中为“{entry!.Name}”");
                    continue;
                }
                // Not known for this year: the name may still belong to another code of the same 类 and level.
                var named = catalog.WithName(code.System, row.Label)
                    .Where(e => e.Code != code.Digits && e.Code.Length == code.Digits.Length && e.Code[..3] == code.ClassDigits).ToList();
                var current = named.Where(e => year is { } ny && e.Covers(ny)).ToList();
                if (current.Count > 0)
                {
                    Report(context, table, row, Rule.DefaultSeverity,
                        $"{YearText(current[0])}的目录中“{current[0].Name}”的编码是 {string.Join("、", current.Select(e => e.Code).Distinct())}，编码可能写错");
                    continue;
                }
                if (entry is not null && ClassificationCatalog.SameName(entry.Name, row.Label)) continue;
                // A name read from other years may have been revised since (福利费 was dropped in 2026): worth a look, not a warning.
                var hint = entry is not null ? $"{YearText(entry)}的目录中为“{entry.Name}”"
                    : named.Count > 0 ? $"目录中没有这个编码；“{named[0].Name}”在{YearText(named[0])}的目录中编码为 {named[0].Code}"
                    : "科目目录中没有这个编码（目录由公开文件整理，并不完整）";
                Report(context, table, row, Severity.Info, hint + "，请核对");
            }
        }
        if (!any) context.NotApplicable(Rule, "文件中没有带科目编码的行。");
    }

    private static string YearText(CatalogEntry e) => e.FromYear == e.ToYear ? $"{e.FromYear} 年" : $"{e.FromYear}–{e.ToYear} 年";

    private static void Report(CheckContext context, BudgetTable table, TableRow row, Severity severity, string what) =>
        context.Report(new Finding(Rule, severity, Rule.Format(CodeRows.Name(table), row.Code!.Digits, row.Label, what), CodeRows.Location(table, row))
        {
            Cells = [CodeRows.Cell(table, row, CodeRows.NameColumn)],
        });
}
