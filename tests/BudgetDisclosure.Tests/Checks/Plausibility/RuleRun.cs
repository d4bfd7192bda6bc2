using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Checks.Plausibility;

/// <summary>Runs the checker and picks out one rule's findings; edits the sample by line for the mutation suite.</summary>
internal static class RuleRun
{
    public static List<Finding> Findings(Disclosure disclosure, RuleDescriptor rule) =>
        [.. Checker.Check(disclosure).Findings.Where(f => f.Rule.Id == rule.Id)];

    /// <summary>The one warning or error of <paramref name="rule"/>, which must exist.</summary>
    public static Finding Failing(Disclosure disclosure, RuleDescriptor rule, Severity atLeast = Severity.Warning)
    {
        var found = Findings(disclosure, rule).Where(f => f.Severity >= atLeast).ToList();
        Assert.True(found.Count > 0, $"{rule.Id} 未报告；全部发现：\n{string.Join("\n", Checker.Check(disclosure).Findings)}");
        return found[0];
    }

    /// <summary>The sample with line <paramref name="line"/> (1-based) rewritten by <paramref name="edit"/>.</summary>
    public static Disclosure WithLine(int line, Func<string, string> edit)
    {
        var lines = Samples.Text().Split('\n');
        var changed = edit(lines[line - 1]);
        Assert.NotEqual(lines[line - 1], changed);
        lines[line - 1] = changed;
        return DisclosurePipeline.Text.Read(DocumentInput.FromText(string.Join('\n', lines), Samples.Path)).Value!;
    }

    /// <summary>The 1-based number of the one sample line containing <paramref name="text"/>.</summary>
    public static int LineOf(string text)
    {
        var lines = Samples.Text().Split('\n');
        var hits = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, $"样本中“{text}”应恰好出现在一行");
        return hits[0] + 1;
    }
}
