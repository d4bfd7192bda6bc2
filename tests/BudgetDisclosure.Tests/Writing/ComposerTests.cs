using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Writing;

namespace BudgetDisclosure.Tests.Writing;

public class ComposerTests
{
    private static ComposedDocument ComposeSample() => Composer.Compose(WritingInput.FromParsed(Samples.Clean()));

    [Fact]
    public void Markdown_of_the_sample_reads_back_to_the_same_tables_and_the_composed_claims()
    {
        var sample = Samples.Clean();
        var composed = Composer.Compose(WritingInput.FromParsed(sample));
        var md = MarkdownWriter.Write(composed);
        var read = DisclosureReader.ReadText(md, "sample.md");
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        var back = read.Value!;
        WritingRoundTrip.AssertSameFacts(sample, back);
        WritingRoundTrip.AssertSameClaims(composed, back);
        WritingRoundTrip.AssertNoErrors(back);
        WritingRoundTrip.AssertSameRest(sample, back);
    }
}
