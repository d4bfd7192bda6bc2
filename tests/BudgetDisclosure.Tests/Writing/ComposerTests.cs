using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Ingest;

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
        var read = DisclosurePipeline.Text.Read(DocumentInput.FromText(md, "sample.md"));
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        var back = read.Value!;
        WritingRoundTrip.AssertSameFacts(sample, back);
        WritingRoundTrip.AssertSameClaims(composed, back);
        WritingRoundTrip.AssertNoErrors(back);
        WritingRoundTrip.AssertSameRest(sample, back);
    }
}

public class ComposerFigureTests
{
    /// <summary>
    /// The sample was written by hand; composing it again from its tables and the prior-year figures its sentences
    /// imply must state the same values, shares and changes wherever the sample states them.
    /// </summary>
    [Fact]
    public void Computed_figures_equal_the_hand_written_sample()
    {
        var sample = Samples.Clean();
        var composed = Composer.Compose(WritingInput.FromParsed(sample));
        var ours = WritingRoundTrip.Claims(composed).ToHashSet(StringComparer.Ordinal);
        // Every one of the sample's tied claims with a share or a change is reproduced exactly: each, not as many.
        var withFigures = WritingRoundTrip.Claims(sample.Claims.Where(c => c.Share is not null || c.Change is { Delta: not null }));
        Assert.True(withFigures.Count >= 19, $"the sample states {withFigures.Count} tied shares or changes, 19 when this test was written");
        var missing = withFigures.Where(c => !ours.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "composed without:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Missing_reason_is_a_visible_placeholder_and_a_warning()
    {
        var input = WritingInput.FromParsed(Samples.Clean()) with { Reasons = new Dictionary<FigureKey, string>() };
        var composed = Composer.Compose(input);
        var md = MarkdownWriter.Write(composed);
        Assert.Contains("主要原因是【请填写主要原因】", md, StringComparison.Ordinal);
        Assert.DoesNotContain("主要原因是在职", md, StringComparison.Ordinal);
        Assert.Contains(composed.Warnings, w => w.Code == WritingMessages.MissingReasonCode);
        Assert.Contains("<mark class=\"placeholder\">【请填写主要原因】</mark>", HtmlWriter.Write(composed), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_prior_figure_is_a_placeholder_without_an_invented_change()
    {
        var composed = Composer.Compose(new WritingInput(Samples.Clean()));
        Assert.Contains(composed.Warnings, w => w.Code == WritingMessages.MissingPriorCode);
        Assert.DoesNotContain(composed.Claims, c => c.Direction is not null);
        var back = DisclosurePipeline.Text.Read(DocumentInput.FromText(MarkdownWriter.Write(composed), "x.md")).Value!;
        Assert.DoesNotContain(back.Claims, c => c.Change is not null);
    }

    [Theory]
    [InlineData("0", "增加 2.00 万元，增长 100%")]       // a new item: the conventional 100%
    [InlineData("2", "与上年预算持平")]
    [InlineData("3", "减少 1.00 万元，下降 33.33%")]
    [InlineData("1.5", "增加 0.50 万元，增长 33.33%")]
    [InlineData("1.6", "增加 0.40 万元，增长 25.00%")]
    public void Changes_are_computed_and_rounded_as_printed(string prior, string expected)
    {
        var input = WritingInput.FromParsed(Samples.Clean());
        var key = FigureKey.Cell(TableKey.Income, ColumnKeys.UnitFunds);
        var priors = new Dictionary<FigureKey, decimal>(input.Prior) { [key] = decimal.Parse(prior, System.Globalization.CultureInfo.InvariantCulture) };
        var md = MarkdownWriter.Write(Composer.Compose(input with { Prior = priors }));
        var line = md.Split('\n').Single(l => l.StartsWith("单位资金 2.00 万元", StringComparison.Ordinal));
        Assert.Contains("占 0.40%", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }
}
