using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Checks.Completeness;

/// <summary>Line-level edits of the sample, for the edits <see cref="Samples.WithEdit"/> cannot make (removing a block, one occurrence of many).</summary>
internal static class SampleText
{
    public static string[] Lines() => Samples.Text().Split('\n');

    public static Disclosure Read(IEnumerable<string> lines) => DisclosurePipeline.Text.Read(DocumentInput.FromText(string.Join('\n', lines), Samples.Path)).Value!;

    /// <summary>The sample without lines <paramref name="from"/>..<paramref name="to"/> (1-based, <paramref name="to"/> excluded).</summary>
    public static Disclosure WithoutLines(int from, int to)
    {
        var lines = Lines();
        return Read(lines.Take(from - 1).Concat(lines.Skip(to - 1)));
    }

    /// <summary>The sample with line <paramref name="line"/> (1-based) replaced.</summary>
    public static Disclosure WithLine(int line, string text)
    {
        var lines = Lines();
        lines[line - 1] = text;
        return Read(lines);
    }

    /// <summary>The 1-based number of the <paramref name="occurrence"/>-th line (1-based) that equals <paramref name="text"/> or starts with it.</summary>
    public static int LineOf(string text, int occurrence = 1)
    {
        var lines = Lines();
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].TrimEnd('\r').StartsWith(text, StringComparison.Ordinal) && ++seen == occurrence) return i + 1;
        throw new InvalidOperationException($"样本中没有第 {occurrence} 处“{text}”");
    }

    /// <summary>Runs only the rules of <paramref name="categories"/> (the mutation suites run hundreds of documents).</summary>
    public static CheckContext Run(Disclosure disclosure, params RuleCategory[] categories)
    {
        var context = new CheckContext(disclosure);
        foreach (var rule in RuleCatalog.All.Where(r => categories.Contains(r.Descriptor.Category)))
            rule.Check(context);
        return context;
    }

    public static List<Finding> Failures(CheckContext context, string ruleId) =>
        [.. context.Findings.Where(f => f.Rule.Id == ruleId && f.Severity >= Severity.Warning)];
}
