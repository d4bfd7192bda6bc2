namespace BudgetDisclosure.Storage.Tests;

/// <summary>
/// "比上年" checked against the stored disclosure of the year before (BD8001), on the corpus's real three-year series of
/// 江苏省人民检察院: whichever order the years arrive in, the store ends the same and every year after the first is checked.
/// </summary>
public sealed class CrossYearTests
{
    private static readonly string[] Series =
    [
        "江苏__江苏省人民检察院_2017年省检察院部门预算.pdf",
        "江苏__江苏省人民检察院_2018年省检察院部门预算公开.pdf",
        "江苏__江苏省人民检察院_2019年度部门预算公开.pdf",
    ];

    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Each_year_is_checked_against_the_stored_year_before_in_any_order(string provider)
    {
        var files = Series.Select(Corpus.Pdf).ToList();
        using var forward = TestStore.Create(provider);
        using var backward = TestStore.Create(provider);
        Inputs.Import(forward.Store, files.Select(Item), workers: 1);
        var reversed = Inputs.Import(backward.Store, files.AsEnumerable().Reverse().Select(Item), workers: 1);
        Assert.Equal(Snapshot.Of(forward.Store), Snapshot.Of(backward.Store));
        // Stored backwards, 2018 and 2019 are each checked again when their prior year arrives.
        Assert.Equal(2, reversed.Sum(r => r.Rechecked));

        var outcomes = Snapshot.Column(forward.Store,
            "SELECT d.year, s.outcome, s.evaluated FROM rule_status s JOIN documents d ON d.id = s.document_id WHERE s.rule = 'BD8001' ORDER BY d.year");
        Assert.Equal(3, outcomes.Count);
        Assert.StartsWith("2017|not_applicable", outcomes[0], StringComparison.Ordinal);
        Assert.All(outcomes.Skip(1), o => Assert.DoesNotContain("not_applicable", o, StringComparison.Ordinal));
        Assert.All(outcomes.Skip(1), o => Assert.NotEqual("0", o.Split('|')[2]));
    }

    [SkippableFact]
    public void Any_order_of_import_gives_the_same_store()
    {
        var items = Inputs.Synthetic(5, seed: 23);
        using var reference = TestStore.Create("sqlite");
        Inputs.Import(reference.Store, items);
        var expected = Snapshot.Of(reference.Store);
        var random = new Random(20261204);
        for (var run = 0; run < 3; run++)
        {
            using var shuffled = TestStore.Create("sqlite");
            Inputs.Import(shuffled.Store, items.OrderBy(_ => random.Next()).ToList(), workers: 2);
            Assert.Equal(expected, Snapshot.Of(shuffled.Store));
        }
    }

    private static ImportItem Item(string path) => new([ImportPart.FromFile(path, Ingest.IngestLimits.Default)]);
}
