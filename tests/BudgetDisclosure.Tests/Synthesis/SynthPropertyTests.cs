using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Writing;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Writing.Synthesis;
using FsCheck.Xunit;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Synthesis;

/// <summary>Over generated disclosures: rendered as Markdown or tab text and read back, the same facts, claims and rest of the model, and no error.</summary>
public sealed class SynthPropertyTests
{
    [Property(MaxTest = 40, Replay = "(1234567890,987654321)")]
    public void Markdown_round_trip_keeps_facts_and_claims(int seed)
    {
        var doc = SyntheticDisclosures.One(seed, 0);
        var composed = Composer.Compose(doc.Input);
        var back = DisclosurePipeline.Text.Read(DocumentInput.FromText(MarkdownWriter.Write(composed), doc.Name + ".md")).Value!;
        WritingRoundTrip.AssertSameFacts(doc.Input.Disclosure, back);
        WritingRoundTrip.AssertSameClaims(composed, back);
        WritingRoundTrip.AssertSameRest(doc.Input.Disclosure, back);
        WritingRoundTrip.AssertNoErrors(back);
    }

    [Property(MaxTest = 40, Replay = "(1234567890,987654321)")]
    public void Tab_text_round_trip_keeps_facts_and_claims(int seed)
    {
        var doc = SyntheticDisclosures.One(seed, 1);
        var composed = Composer.Compose(doc.Input);
        var back = DisclosurePipeline.Text.Read(DocumentInput.FromText(TabTextWriter.Write(composed), doc.Name + ".txt")).Value!;
        WritingRoundTrip.AssertSameFacts(doc.Input.Disclosure, back);
        WritingRoundTrip.AssertSameClaims(composed, back);
        WritingRoundTrip.AssertSameRest(doc.Input.Disclosure, back);
        WritingRoundTrip.AssertNoErrors(back);
    }
}
