using BudgetDisclosure.Fuzzing;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Writing;

namespace BudgetDisclosure.Html.Tests;

/// <summary>
/// Seeded fuzzing of the HTML reader: the sample disclosure as the HTML writer prints it, cut, bit-flipped, with tags,
/// spans and deep nesting spliced in, never throws or hangs; a failure is an error naming the file.
/// </summary>
public class HtmlFuzzTests
{
    private static readonly DisclosurePipeline Pipeline = new DisclosurePipelineBuilder().UseHtml().Build();

    private static readonly Lazy<FuzzSeed[]> Seeds = new(() =>
    {
        var sample = DisclosurePipeline.Text.Read(Repository.SampleText).Value!;
        var html = HtmlWriter.Write(Composer.Compose(WritingInput.FromParsed(sample)));
        return [new FuzzSeed("sample.html", System.Text.Encoding.UTF8.GetBytes(html))];
    });

    [Theory]
    [InlineData(20260611)]
    public void Mutated_html_never_throws_or_hangs(int seed)
    {
        var summary = FuzzHarness.RunMany(Pipeline, "html", Seeds.Value, seed, 150, TimeSpan.FromSeconds(10), maxBytes: 1 << 18);
        Assert.True(summary.Failures.Count == 0, string.Join('\n', summary.Failures));
        Assert.True(summary.Read > 75, $"only {summary.Read} of 150 mutated pages read");
        Assert.True(summary.Bound > 150 * 100, $"only {summary.Bound} amounts bound");
    }
}
