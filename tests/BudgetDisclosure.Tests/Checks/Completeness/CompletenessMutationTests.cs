using System.Globalization;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;
using Xunit.Abstractions;

namespace BudgetDisclosure.Tests.Checks.Completeness;

/// <summary>
/// The mutation suite for completeness: every table of the clean sample, and every section 目录 lists, removed one at a
/// time, must be reported by a completeness error or warning naming it.
/// </summary>
public class CompletenessMutationTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_removed_table_is_detected()
    {
        var clean = Samples.Clean();
        var lines = SampleText.Lines();
        var starts = Enumerable.Range(1, 12).Select(n => SampleText.LineOf("表 " + n.ToString(CultureInfo.InvariantCulture))).ToList();
        var end = SampleText.LineOf("第三部分", 2);
        var missed = new List<string>();
        for (var i = 0; i < starts.Count; i++)
        {
            var table = clean.Tables.Single(t => t.Source.Line > starts[i] && t.Source.Line < (i + 1 < starts.Count ? starts[i + 1] : end));
            var context = SampleText.Run(SampleText.WithoutLines(starts[i], i + 1 < starts.Count ? starts[i + 1] : end), RuleCategory.Completeness);
            var detected = context.Findings.Any(f => f.Severity >= Severity.Warning && f.Location.Table == table.Kind && f.Rule.Id is "BD4001" or "BD4003");
            if (!detected) missed.Add(table.Title);
        }
        output.WriteLine($"删除一张表：{starts.Count - missed.Count}/{starts.Count} 检出");
        Assert.Empty(missed);
    }

    [Fact]
    public void Every_removed_section_is_detected()
    {
        var clean = Samples.Clean();
        var sections = clean.Sections.Where(s => s.Level == 2).ToList();
        var missed = new List<string>();
        foreach (var section in sections)
        {
            var next = clean.Sections.FirstOrDefault(s => s.Source.Line > section.Source.Line && s.Level <= 2);
            var to = next?.Source.Line ?? SampleText.Lines().Length + 1;
            var context = SampleText.Run(SampleText.WithoutLines(section.Source.Line, to), RuleCategory.Completeness);
            var detected = context.Findings.Any(f => f.Severity >= Severity.Warning && f.Rule.Id == "BD4005"
                && f.Location.Section is { } listed && listed.Contains(section.Heading[2..].Trim(), StringComparison.Ordinal));
            if (!detected) missed.Add(section.Heading);
        }
        output.WriteLine($"删除一节说明：{sections.Count - missed.Count}/{sections.Count} 检出");
        Assert.True(sections.Count >= 15, $"只有 {sections.Count} 节");
        Assert.Empty(missed);
    }
}
