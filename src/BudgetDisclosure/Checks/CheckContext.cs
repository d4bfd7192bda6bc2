using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Checks;

/// <summary>What a rule sees: the disclosure (and last year's, when given) and where it reports.</summary>
public sealed class CheckContext
{
    private readonly List<Finding> findings = [];
    private readonly Dictionary<string, (int Evaluated, string? NotApplicable, string? NotChecked)> tallies = new(StringComparer.Ordinal);
    private readonly HashSet<string> faulted = new(StringComparer.Ordinal);

    public CheckContext(Disclosure disclosure, Disclosure? prior = null, Template? template = null)
    {
        Disclosure = disclosure;
        Prior = prior;
        // Without one given, the template the disclosure was read under, from the embedded templates.
        Template = template ?? (disclosure.Template is { } match ? TemplateCatalog.Embedded.Find(match.Id) : null) ?? TemplateCatalog.National;
    }

    /// <summary>The template the disclosure is checked under: which tables it requires, how it names them.</summary>
    public Template Template { get; }

    public Disclosure Disclosure { get; }

    public Disclosure? Prior { get; }

    private DocumentIndex? index;

    /// <summary>The sentences and folded texts of <see cref="Disclosure"/>, shared by the rules of this run.</summary>
    internal DocumentIndex Index => index ??= new DocumentIndex(Disclosure, Template);

    public string File => Disclosure.Sources.Count > 0 ? Disclosure.Sources[0] : "";

    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Counts one evaluation of an identity, whether it held or not.</summary>
    public void Evaluated(RuleDescriptor rule, int count = 1)
    {
        var t = tallies.GetValueOrDefault(rule.Id);
        tallies[rule.Id] = (t.Evaluated + count, t.NotApplicable, t.NotChecked);
    }

    public void NotApplicable(RuleDescriptor rule, string reason)
    {
        var t = tallies.GetValueOrDefault(rule.Id);
        tallies[rule.Id] = (t.Evaluated, t.NotApplicable ?? reason, t.NotChecked);
    }

    public void NotChecked(RuleDescriptor rule, string reason)
    {
        var t = tallies.GetValueOrDefault(rule.Id);
        tallies[rule.Id] = (t.Evaluated, t.NotApplicable, t.NotChecked ?? reason);
    }

    public void Report(Finding finding) => findings.Add(finding);

    private readonly Dictionary<BudgetTable, (int Evaluated, List<Finding> Failed)> identities = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Counts one identity inside <paramref name="table"/> (a sum of its own cells) and, when it failed beyond rounding,
    /// the finding: what <see cref="ReadingVerification"/> judges the table's reading by.
    /// </summary>
    internal void Identity(BudgetTable table, Finding? failure = null)
    {
        if (!identities.TryGetValue(table, out var t)) t = (0, []);
        if (failure is not null) t.Failed.Add(failure);
        identities[table] = (t.Evaluated + 1, t.Failed);
    }

    internal (int Evaluated, IReadOnlyList<Finding> Failed) IdentitiesOf(BudgetTable table) =>
        identities.TryGetValue(table, out var t) ? (t.Evaluated, t.Failed) : (0, []);

    private readonly Dictionary<string, string> withdrawn = new(StringComparer.Ordinal);

    /// <summary>Takes back the findings a doubtful reading explains; their rules report the table as not checked.</summary>
    internal void Withdraw(Func<Finding, bool> explained, string reason)
    {
        findings.RemoveAll(f =>
        {
            if (!explained(f)) return false;
            withdrawn.TryAdd(f.Rule.Id, reason);
            return true;
        });
    }

    /// <summary>The rule stopped with a fault: whatever it had counted, it has not checked the document.</summary>
    internal void Failed(RuleDescriptor rule) => faulted.Add(rule.Id);

    /// <summary>The status of a rule after it ran: failed on any warning or error, passed only when something was evaluated.</summary>
    public CheckStatus StatusOf(RuleDescriptor rule)
    {
        var t = tallies.GetValueOrDefault(rule.Id);
        if (faulted.Contains(rule.Id)) return new CheckStatus(rule, CheckOutcome.NotChecked, t.Evaluated, 0, t.NotChecked);
        var failures = findings.Count(f => f.Rule.Id == rule.Id && f.Severity >= Severity.Warning);
        if (failures > 0) return new CheckStatus(rule, CheckOutcome.Failed, t.Evaluated, failures, null);
        if (withdrawn.TryGetValue(rule.Id, out var doubt)) return new CheckStatus(rule, CheckOutcome.NotChecked, t.Evaluated, 0, doubt);
        if (t.Evaluated > 0) return new CheckStatus(rule, CheckOutcome.Passed, t.Evaluated, 0, null);
        if (t.NotChecked is not null) return new CheckStatus(rule, CheckOutcome.NotChecked, 0, 0, t.NotChecked);
        return new CheckStatus(rule, CheckOutcome.NotApplicable, 0, 0, t.NotApplicable ?? "文档中没有此规则适用的数据。");
    }
}
