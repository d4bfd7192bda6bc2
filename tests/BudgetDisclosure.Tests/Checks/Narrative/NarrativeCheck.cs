using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Checks.Narrative;

/// <summary>Runs the checker and picks out one rule's findings and status.</summary>
internal static class NarrativeCheck
{
    public static CheckReport Run(Disclosure disclosure, Disclosure? prior = null) => Checker.Check(disclosure, prior);

    public static List<Finding> Failures(CheckReport report, RuleDescriptor rule) =>
        [.. report.Findings.Where(f => f.Rule.Id == rule.Id && f.Severity >= Severity.Warning)];

    public static CheckStatus Status(CheckReport report, RuleDescriptor rule) => report.Statuses.Single(s => s.Rule.Id == rule.Id);

    /// <summary>Exactly one failure of the rule, at the given line of the given section, quoting the sentence.</summary>
    public static Finding Single(CheckReport report, RuleDescriptor rule, int line, string sectionStart, string sentencePart)
    {
        var failures = Failures(report, rule);
        Assert.True(failures.Count == 1, $"{rule.Id} 应恰有一处发现：\n{string.Join("\n", report.Findings)}");
        var f = failures[0];
        Assert.Equal(line, f.Location.Source.Line);
        Assert.StartsWith(sectionStart, f.Location.Section, StringComparison.Ordinal);
        Assert.Contains(sentencePart, f.Location.Sentence, StringComparison.Ordinal);
        return f;
    }

    /// <summary>The narrative rules (BD3xxx) and the cross-document rules (BD8xxx): the family this folder tests.</summary>
    public static bool IsOwn(Finding f) => f.Rule.Id.StartsWith("BD3", StringComparison.Ordinal) || f.Rule.Id.StartsWith("BD8", StringComparison.Ordinal);
}
