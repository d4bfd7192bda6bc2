using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Support;

/// <summary>The repository's own sample disclosure (samples/), a clean document every rule must pass.</summary>
public static class Samples
{
    public static string Path => Repository.SampleText;

    public static Disclosure Clean() => DisclosurePipeline.Text.Read(Path).Value!;

    public static string Text() => File.ReadAllText(Path);

    /// <summary>The sample with one line of its text edited: <paramref name="from"/> must occur exactly once.</summary>
    public static Disclosure WithEdit(string from, string to) => WithEdits((from, to));

    /// <summary>The sample with several edits of its text, each <c>from</c> occurring exactly once.</summary>
    public static Disclosure WithEdits(params (string From, string To)[] edits)
    {
        var text = Text();
        foreach (var (from, to) in edits)
        {
            var at = text.IndexOf(from, StringComparison.Ordinal);
            Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"样本中“{from}”应恰好出现一次");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return DisclosurePipeline.Text.Read(DocumentInput.FromText(text, Path)).Value!;
    }

}

/// <summary>Edits of the bound model, for injecting one error at a time.</summary>
public static class Mutate
{
    public static Disclosure Cell(Disclosure disclosure, BudgetTable table, TableRow row, TableCell cell, Amount amount) =>
        Cell(disclosure, table, row, cell, cell with { Amount = amount });

    /// <summary>Replaces <paramref name="cell"/> of <paramref name="row"/> by <paramref name="replacement"/> (its amount, its source, or both).</summary>
    public static Disclosure Cell(Disclosure disclosure, BudgetTable table, TableRow row, TableCell cell, TableCell replacement)
    {
        var newRow = row with { Cells = [.. row.Cells.Select(c => c == cell ? replacement : c)] };
        var newTable = table with { Rows = [.. table.Rows.Select(r => ReferenceEquals(r, row) ? newRow : r)] };
        return disclosure with { Tables = [.. disclosure.Tables.Select(t => ReferenceEquals(t, table) ? newTable : t)] };
    }
}
