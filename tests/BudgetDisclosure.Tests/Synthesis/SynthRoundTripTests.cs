using BudgetDisclosure.Checks;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Writing;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Writing.Synthesis;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Synthesis;

public sealed class SynthRoundTripTests
{
    [Fact]
    public void Synthetic_markdown_reads_back_and_checks_clean()
    {
        foreach (var doc in SyntheticDisclosures.Generate(20, 7))
        {
            var composed = Composer.Compose(doc.Input);
            Assert.Empty(composed.Warnings.Select(w => doc.Name + ": " + w.Message));
            var md = MarkdownWriter.Write(composed);
            var back = DisclosurePipeline.Text.Read(DocumentInput.FromText(md, doc.Name + ".md")).Value!;
            var errors = Checker.Check(back).Findings.Where(f => f.Severity == Severity.Error).Select(f => f.ToString()).ToList();
            Assert.True(errors.Count == 0, doc.Name + "\n" + string.Join("\n", errors));
            WritingRoundTrip.AssertSameFacts(doc.Input.Disclosure, back);
            WritingRoundTrip.AssertSameClaims(composed, back);
        }
    }
}
