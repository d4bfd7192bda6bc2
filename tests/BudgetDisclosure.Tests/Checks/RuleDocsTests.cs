using BudgetDisclosure.Checks.Rules;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>Every rule has its page in docs/rules/ and its line in docs/rules.md.</summary>
public class RuleDocsTests
{
    [Fact]
    public void Every_rule_is_documented()
    {
        var docs = Repository.Docs;
        var index = File.ReadAllText(Path.Combine(docs, "rules.md"));
        foreach (var rule in RuleCatalog.Descriptors)
        {
            var page = Path.Combine(docs, "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), $"缺少 docs/rules/{rule.Id}.md");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {rule.Id}: {rule.Title}", text, StringComparison.Ordinal);
            Assert.Contains("## 示例", text, StringComparison.Ordinal);
            Assert.Contains("## 如何改正", text, StringComparison.Ordinal);
            Assert.Contains($"[{rule.Id}](rules/{rule.Id}.md)", index, StringComparison.Ordinal);
        }
    }
}
