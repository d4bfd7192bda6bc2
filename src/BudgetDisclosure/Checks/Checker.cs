using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Checks;

/// <summary>Options for a check run.</summary>
public sealed record CheckOptions
{
    /// <summary>Findings below this severity are left out of the report (statuses are kept).</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Info;

    /// <summary>The templates a disclosure's <see cref="Disclosure.Template"/> is looked up in.</summary>
    public TemplateCatalog Templates { get; init; } = TemplateCatalog.Embedded;

    /// <summary>
    /// Rule id → severity or off, over what the template says (a project's configuration, <c>--config</c>): as an
    /// <c>.editorconfig</c> sets an analyzer's severity.
    /// </summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>();

    public static CheckOptions Default { get; } = new();
}

/// <summary>The findings and per-rule statuses of one document.</summary>
public sealed record CheckReport(string Path, IReadOnlyList<Finding> Findings, IReadOnlyList<CheckStatus> Statuses)
{
    /// <summary>Each bound table's reading verdict, in document order (<see cref="ReadingVerification"/>).</summary>
    public IReadOnlyList<TableReading> Tables { get; init; } = [];

    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}

/// <summary>Runs every rule over a disclosure and groups the findings one wrong cell explains.</summary>
public static class Checker
{
    public static CheckReport Check(Disclosure disclosure, Disclosure? prior = null, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        options ??= CheckOptions.Default;
        var template = disclosure.Template is { } match ? options.Templates.Find(match.Id) ?? TemplateCatalog.National : TemplateCatalog.National;
        // The context is given the template looked up in the run's catalog, which may hold templates the embedded one lacks.
        var context = new CheckContext(disclosure, prior, template);
        foreach (var rule in RuleCatalog.All)
        {
            if (SettingOf(rule.Descriptor, template, options) == RuleSetting.Off)
            {
                context.NotChecked(rule.Descriptor, options.Rules.ContainsKey(rule.Descriptor.Id) ? "检查配置关闭了此规则。" : $"模板“{template.Name}”关闭了此规则。");
                continue;
            }
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
        // Off, the verdicts are still given, but nothing is withdrawn: every failure is reported as the rules found it.
        var readings = ReadingVerification.Apply(context, withdraw: SettingOf(ReadingVerification.Rule, template, options) != RuleSetting.Off);
        var configured = context.Findings.Select(f => Configure(f, template, options)).ToList();
        var grouped = OcrFindings.Annotate(FindingGroups.Assign(configured), disclosure);
        var statuses = RuleCatalog.All.Select(r => context.StatusOf(r.Descriptor)).Prepend(ReadingVerification.StatusOf(readings)).ToList();
        var kept = grouped.Where(f => f.Severity >= options.MinimumSeverity).ToList();
        return new CheckReport(context.File, kept, statuses) { Tables = readings };
    }

    /// <summary>The configured setting of a rule: the run's options over the template's; null when neither says.</summary>
    public static RuleSetting? SettingOf(RuleDescriptor rule, Template template, CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(options);
        return options.Rules.TryGetValue(rule.Id, out var setting) ? setting : template.SettingOf(rule.Id);
    }

    /// <summary>
    /// A configured severity replaces the rule's default: findings reported at the default take it, while a rule's
    /// other severities (an info that a difference is within rounding) keep theirs.
    /// </summary>
    private static Finding Configure(Finding finding, Template template, CheckOptions options)
    {
        if (finding.Severity != finding.Rule.DefaultSeverity) return finding;
        return SettingOf(finding.Rule, template, options) switch
        {
            RuleSetting.Info => finding with { Severity = Severity.Info },
            RuleSetting.Warning => finding with { Severity = Severity.Warning },
            RuleSetting.Error => finding with { Severity = Severity.Error },
            _ => finding,
        };
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
            findings[i] = f with { Note = Messages.OcrMisread(page.Page, page.MeanConfidence, cell, doubtful) };
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
