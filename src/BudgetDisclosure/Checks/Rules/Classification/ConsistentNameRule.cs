using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Catalog;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>
/// BD5005: one code carries one name throughout a document — in every table and in the narrative's
/// "XX（类）XX（款）XX（项）" paths. A 类 called by an old name in the text, or a 款 named one way in 表2 and another
/// in 表7, is a slip a reader notices.
/// </summary>
public sealed class ConsistentNameRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD5005", "同一科目在文件中的名称应一致",
        "科目 {0} 在{1}中名为“{2}”，在{3}中名为“{4}”",
        RuleCategory.Classification, Severity.Warning,
        "Give a code the same name everywhere",
        "Code {0} is named '{2}' in {1} and '{4}' in {3}");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// One place a code is named: a table row or a narrative sentence. Every coded row is a use and nearly all agree,
    /// so a row's place, location and cell are made only when a finding asks for them.
    /// </summary>
    private sealed class Use
    {
        private readonly BudgetTable? table;
        private readonly TableRow? row;
        private LocalizedText? place;
        private FindingLocation? location;

        public Use(BudgetTable table, TableRow row)
        {
            (this.table, this.row) = (table, row);
            (Code, System, Name) = (row.Code!.Digits, row.Code.System, row.Label);
        }

        public Use(string code, CodeSystem system, string name, LocalizedText place, FindingLocation location) =>
            (Code, System, Name, this.place, this.location) = (code, system, name, place, location);

        public string Code { get; }

        public CodeSystem System { get; }

        public string Name { get; }

        public LocalizedText Place => place ??= table!.Number is null ? LocalizedText.Verbatim(table.Title) : new("表{0}", "Table {0}", table.Number);

        public FindingLocation Location => location ??= CodeRows.Location(table!, row!);

        public CellRef? Cell => table is null ? null : CodeRows.Cell(table, row!, CodeRows.NameColumn);
    }

    public override void Check(CheckContext context)
    {
        var d = context.Disclosure;
        var uses = new List<Use>();
        foreach (var table in d.Tables)
            foreach (var (index, row) in CodeRows.Coded(table))
            {
                if (CodeRows.RepeatsCodeAbove(table, index)) continue;
                uses.Add(new Use(table, row));
            }
        uses.AddRange(NarrativeUses(d));
        if (uses.Count == 0) { context.NotApplicable(Rule, "文件中没有带科目编码的行。"); return; }
        var catalog = ClassificationCatalog.Default;
        foreach (var group in uses.GroupBy(u => (u.System, u.Code)))
        {
            context.Evaluated(Rule);
            var variants = group.GroupBy(u => ClassificationCatalog.NameKey(u.Name)).ToList();
            if (variants.Count < 2) continue;
            // The name to hold the others to: the catalog's when one of them is, else the most used, else the first.
            var official = catalog.Find(group.Key.System, group.Key.Code, d.Year)?.Name;
            var reference = variants.FirstOrDefault(v => official is not null && v.Key == ClassificationCatalog.NameKey(official))
                ?? variants.OrderByDescending(v => v.Select(u => u.Place).Distinct().Count()).First();
            var referencePlaces = LocalizedText.List(reference.Select(u => u.Place).Distinct());
            foreach (var variant in variants.Where(v => v != reference))
            {
                var first = variant.First();
                context.Report(new Finding(Rule, Rule.DefaultSeverity, first.Location,
                    group.Key.Code, LocalizedText.List(variant.Select(u => u.Place).Distinct()), first.Name, referencePlaces, reference.First().Name)
                {
                    Cells = [.. variant.Concat(reference).Select(u => u.Cell).OfType<CellRef>().Distinct()],
                });
            }
        }
    }

    /// <summary>
    /// The names a narrative path gives each level. The binder ties the path to a code through the tables; a path it
    /// could not tie (an old 类 name) is tied here by its 项 (or 款) name when exactly one table row carries it.
    /// </summary>
    private static IEnumerable<Use> NarrativeUses(Disclosure d)
    {
        var seen = new HashSet<(int, string)>();
        foreach (var claim in d.Claims)
        {
            var name = claim.Subject.Name;
            if (!CodeResolver.HasLevelMarkers(name) || !seen.Add((claim.Source.Line, name))) continue;
            var path = CodeResolver.SplitPath(name);
            var code = claim.Subject.Code ?? ByLowestLevel(d, path);
            if (code is null || code.Length != 1 + 2 * path.Count) continue;
            for (var level = 0; level < path.Count; level++)
            {
                var digits = code[..(3 + 2 * level)];
                yield return new Use(digits, CodeSystem.Function, path[level], new LocalizedText("{0}的说明", "the narrative at {0}", claim.Source.PlaceInWords),
                    new FindingLocation(claim.Source) { Section = claim.Section, Sentence = name, Code = digits });
            }
        }
    }

    private static string? ByLowestLevel(Disclosure d, IReadOnlyList<string> path)
    {
        if (path.Count < 2) return null;
        var length = 1 + 2 * path.Count;
        var codes = d.Tables.SelectMany(t => t.Rows)
            .Where(r => r.Code is FunctionCode && r.Code.Digits.Length == length && ClassificationCatalog.SameName(r.Label, path[^1]))
            .Select(r => r.Code!.Digits).Distinct(StringComparer.Ordinal).ToList();
        return codes.Count == 1 ? codes[0] : null;
    }
}
