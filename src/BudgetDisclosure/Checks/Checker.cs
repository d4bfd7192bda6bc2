using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks;

/// <summary>Options for a check run.</summary>
public sealed record CheckOptions
{
    /// <summary>Findings below this severity are left out of the report (statuses are kept).</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Info;

    public static CheckOptions Default { get; } = new();
}

/// <summary>The findings and per-rule statuses of one document.</summary>
public sealed record CheckReport(string Path, IReadOnlyList<Finding> Findings, IReadOnlyList<CheckStatus> Statuses)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}

/// <summary>Runs every rule over a disclosure and groups the findings one wrong cell explains.</summary>
public static class Checker
{
    public static CheckReport Check(Disclosure disclosure, Disclosure? prior = null, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        options ??= CheckOptions.Default;
        var context = new CheckContext(disclosure, prior);
        foreach (var rule in RuleCatalog.All)
        {
            try
            {
                rule.Check(context);
            }
#pragma warning disable CA1031 // One rule's fault must not cost the document its other checks; it is reported as not checked.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                context.NotChecked(rule.Descriptor, $"规则运行出错：{ex.GetType().Name}: {ex.Message}");
                context.Failed(rule.Descriptor);
            }
        }
        var grouped = OcrFindings.Annotate(FindingGroups.Assign(context.Findings), disclosure);
        var statuses = RuleCatalog.All.Select(r => context.StatusOf(r.Descriptor)).ToList();
        var kept = grouped.Where(f => f.Severity >= options.MinimumSeverity).ToList();
        return new CheckReport(context.File, kept, statuses);
    }
}

/// <summary>
/// One wrong cell breaks its column sum, its row sum and the tables that restate it. Findings that share cells form
/// a group; the cell shared by most of them is the likeliest cause.
/// </summary>
internal static class FindingGroups
{
    public static List<Finding> Assign(IReadOnlyList<Finding> findings)
    {
        var result = findings.ToList();
        var withCells = Enumerable.Range(0, result.Count).Where(i => result[i].Cells.Count > 0 && result[i].Severity >= Severity.Warning).ToList();
        var parent = withCells.ToDictionary(i => i, i => i);
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var owner = new Dictionary<CellRef, int>();
        foreach (var i in withCells)
            foreach (var cell in result[i].Cells)
            {
                if (owner.TryGetValue(cell, out var j)) parent[Find(i)] = Find(j);
                else owner[cell] = i;
            }
        var groupNumber = 0;
        foreach (var component in withCells.GroupBy(Find).Where(g => g.Count() > 1))
        {
            groupNumber++;
            var likely = component.SelectMany(i => result[i].Cells).GroupBy(c => c)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Row.Length).First().Key;
            foreach (var i in component)
                result[i] = result[i] with { Group = groupNumber, LikelyCell = likely.ToString() };
        }
        return result;
    }
}

/// <summary>
/// A finding on a page read by OCR says so: the sum identities are what validate OCR'd figures, so a failed one there
/// names the cell most likely misread (the group's likeliest cell, else the finding's own) and the row's low-confidence
/// figures, instead of being taken for the document's own mistake.
/// </summary>
internal static class OcrFindings
{
    public static List<Finding> Annotate(List<Finding> findings, Disclosure disclosure)
    {
        if (disclosure.OcrPages.Count == 0) return findings;
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var page = disclosure.OcrPages.FirstOrDefault(p => p.Covers(f.Location.Source));
            if (page is null) continue;
            var cell = f.LikelyCell ?? Cell(f.Location);
            var doubtful = page.Doubtful.Where(a => f.Location.Source.Line > 0 && a.Source.Line == f.Location.Source.Line)
                .Select(a => (a.Text, a.Confidence)).ToList();
            findings[i] = f with { Message = f.Message + Messages.OcrMisread(page.Page, page.MeanConfidence, cell, doubtful) };
        }
        return findings;
    }

    private static string Cell(FindingLocation location)
    {
        var parts = new List<string>();
        if (location.TableNumber is not null) parts.Add("表" + location.TableNumber);
        else if (location.Table is { } t) parts.Add(t.ToChinese());
        if ((location.Code ?? location.Label) is { } row) parts.Add(row);
        if (location.Column is not null) parts.Add(location.Column);
        return parts.Count > 0 ? string.Join(' ', parts) : location.Source.ToString();
    }
}
