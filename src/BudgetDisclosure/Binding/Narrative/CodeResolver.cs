using System.Text.RegularExpressions;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>
/// Ties a classification path as the narrative prints it ("社会保障和就业支出（类）行政事业单位养老支出（款）
/// 行政单位离退休（项）") to a code by matching the names against the rows of a bound table. Names are matched
/// exactly first, then by containment, always under the parent already matched, so "其他支出" finds the right row.
/// </summary>
internal static partial class CodeResolver
{
    /// <summary>Splits a name at its （类）/（款）/（项） markers; a name without markers is one class-level part.</summary>
    public static IReadOnlyList<string> SplitPath(string name)
    {
        var key = TextNormalizer.Key(name);
        var parts = new List<string>();
        foreach (Match m in PathPart().Matches(key)) parts.Add(m.Groups["name"].Value);
        return parts;
    }

    /// <summary>The code length the name's first marker stands for: 3 for （类）, 5 for （款）, 7 for （项）; 3 without one.</summary>
    public static int FirstLevel(string name)
    {
        var m = LevelMarker().Match(TextNormalizer.Key(name));
        return !m.Success ? 3 : m.Value.Contains('款', StringComparison.Ordinal) ? 5 : m.Value.Contains('项', StringComparison.Ordinal) ? 7 : 3;
    }

    public static bool HasLevelMarkers(string name) => LevelMarker().IsMatch(TextNormalizer.Key(name));

    /// <summary>The code digits for <paramref name="path"/> in the first table that has it, or null.</summary>
    public static string? Resolve(IReadOnlyList<string> path, IEnumerable<BudgetTable?> tables, int firstLevel = 3)
    {
        if (path.Count == 0) return null;
        foreach (var table in tables)
        {
            if (table is null) continue;
            var code = Resolve(path, table, firstLevel);
            if (code is not null) return code;
        }
        return null;
    }

    private static string? Resolve(IReadOnlyList<string> path, BudgetTable table, int firstLevel)
    {
        // Every claim of a section resolves against the same tables: key their rows once per table.
        var rows = Keyed.GetValue(table, static t => [.. t.Rows.Where(r => r.Code is FunctionCode).Select(r => new KeyedRow(r.Code!.Digits, LabelKey(r.Label)))]);
        if (rows.Length == 0) return null;
        if (firstLevel > 3)
        {
            // "检察（款）行政运行（项）支出" under the heading "公共安全（类）": the path starts below 类, at the level its
            // marker says. Its first part must name exactly one row of that level; a name several rows share is not tied.
            var start = Find(rows, firstLevel, "", path[0], unique: true);
            return start is null || path.Count == 1 || firstLevel == 7 ? start : Find(rows, 7, start, path[1]);
        }
        var cls = Find(rows, 3, "", path[0]);
        if (cls is null) return null;
        if (path.Count == 1) return cls;
        var section = Find(rows, 5, cls, path[1]);
        if (path.Count == 2) return section;
        return Find(rows, 7, section ?? cls, path[2]);
    }

    private sealed record KeyedRow(string Code, string Label);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BudgetTable, KeyedRow[]> Keyed = [];

    /// <summary>
    /// The row of <paramref name="length"/> under <paramref name="parent"/> named <paramref name="name"/>: exactly, else by
    /// containment; the first such row, or with <paramref name="unique"/> the only one (null when several are).
    /// </summary>
    private static string? Find(KeyedRow[] rows, int length, string parent, string name, bool unique = false)
    {
        var under = rows.Where(r => r.Code.Length == length && r.Code.StartsWith(parent, StringComparison.Ordinal));
        var exact = under.Where(r => r.Label == name).Select(r => r.Code).Distinct().Take(2).ToList();
        if (exact.Count > 0) return unique && exact.Count > 1 ? null : exact[0];
        var contained = under.Where(r => r.Label.Length > 0 && (r.Label.Contains(name, StringComparison.Ordinal) || name.Contains(r.Label, StringComparison.Ordinal)))
            .Select(r => r.Code).Distinct().Take(2).ToList();
        return contained.Count == 0 || unique && contained.Count > 1 ? null : contained[0];
    }

    /// <summary>Labels may still carry the printed code digits ("208 05 01 行政单位离退休").</summary>
    private static string LabelKey(string label) => LeadingDigits().Replace(TextNormalizer.Key(label), "");

    [GeneratedRegex(@"(?<name>[^()]+?)\((?:类|款|项)\)")]
    private static partial Regex PathPart();

    [GeneratedRegex(@"\((?:类|款|项)\)")]
    private static partial Regex LevelMarker();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingDigits();
}
