using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Writing;

namespace BudgetDisclosure.Tests.Writing;

/// <summary>What "the same model" means for a round trip: the same facts and the same claims.</summary>
public static class WritingRoundTrip
{
    /// <summary>(table kind, panel, code or label, project, column key, printed value) of every printed amount.</summary>
    public static List<string> Facts(Disclosure d) =>
        [.. d.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Where(c => c.Amount.IsPrinted).Select(c =>
            $"{t.Kind.ToName()}|{r.Panel}|{r.Kind}|{r.Code?.Digits ?? r.Label}|{r.Project}|{t.Columns.Single(col => col.Index == c.Column).Key}|{c.Amount.Text}"))).Order(StringComparer.Ordinal)];

    /// <summary>The claims tied to a table or figure, as (subject, value, share, direction, delta, rate).</summary>
    public static List<string> Claims(Disclosure d) => Claims(d.Claims);

    public static List<string> Claims(IEnumerable<Claim> claims) =>
        [.. claims.Where(c => c.Subject.Table is not null || c.Subject.Figure is not null)
            .Select(c => Line(FigureKey.Of(c.Subject), c.Value is { IsNumber: true } v ? v.Text : null, c.Share?.Text, c.Change?.Direction, c.Change?.Delta?.Text, c.Change?.Rate?.Text))
            .Order(StringComparer.Ordinal)];

    public static List<string> Claims(ComposedDocument d) =>
        [.. d.Claims.Select(c => Line(c.Subject, c.Value, c.Share, c.Direction, c.Delta, c.Rate)).Order(StringComparer.Ordinal)];

    private static string Line(FigureKey key, string? value, string? share, ChangeDirection? direction, string? delta, string? rate) =>
        $"{key}|{value}|{share}|{direction}|{delta}|{rate}";

    /// <summary>What a writer wrote, read back: usable, the sample's facts and the rest of its model, the composed claims, no error.</summary>
    public static void AssertReadsBack(Disclosure sample, ComposedDocument composed, BudgetDisclosure.Documents.ReadResult<BudgetDisclosure.Documents.SourceDocument> read)
    {
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        var back = BudgetDisclosure.Binding.DisclosureBinder.Bind(read.Value!).Value!;
        AssertSameFacts(sample, back);
        AssertSameClaims(composed, back);
        AssertSameRest(sample, back);
        AssertNoErrors(back);
    }

    public static void AssertSameFacts(Disclosure expected, Disclosure actual)
    {
        Assert.Equal(expected.Tables.Select(t => t.Kind), actual.Tables.Select(t => t.Kind));
        var e = Facts(expected);
        var a = Facts(actual);
        Assert.Empty(e.Except(a));
        Assert.Empty(a.Except(e));
    }

    /// <summary>The composed claims, each read back exactly once (a multiset comparison, with both differences shown).</summary>
    public static void AssertSameClaims(ComposedDocument composed, Disclosure back)
    {
        var e = Claims(composed);
        var a = Claims(back);
        var missing = new List<string>(e);
        var extra = new List<string>();
        foreach (var c in a)
            if (!missing.Remove(c)) extra.Add(c);
        Assert.True(missing.Count == 0 && extra.Count == 0, "未读回：\n" + string.Join("\n", missing) + "\n多读出：\n" + string.Join("\n", extra));
    }

    /// <summary>Everything else the model holds, without sources: profile, other matters, performance targets, glossary.</summary>
    public static List<string> Rest(Disclosure d)
    {
        var lines = new List<string> { $"unit|{d.UnitName}|{d.Year}|{d.Scope}|{d.Kind}|{d.Date}" };
        lines.AddRange(d.Profile.Functions.Select(f => "function|" + f));
        if (d.Profile.Staffing is { } s)
            lines.Add($"staff|{s.Authorized?.Count}|{s.Actual?.Count}|{s.InService?.Count}/{s.InService?.Change}|{s.Retired?.Count}/{s.Retired?.Change}|{s.RetiredBefore1949?.Count}/{s.RetiredBefore1949?.Change}");
        if (d.OtherMatters.Procurement is { } p)
            lines.Add($"procurement|{p.Total}|{p.Goods}|{p.Works}|{p.Services}|{p.SmeReserved}|{p.SmallMicroReserved}");
        lines.AddRange(d.OtherMatters.Assets.Select(a => $"asset|{a.Name}|{a.Quantity:0.##}|{a.QuantityUnit}|{a.Value}"));
        foreach (var t in d.PerformanceTargets)
        {
            lines.Add($"target|{t.Scope}|{t.Name}|{t.Total}|{string.Join(",", t.Funding.Select(f => f.Source + "=" + f.Amount.Text))}|{t.Goal}");
            lines.AddRange(t.Indicators.Select(i => $"indicator|{t.Name}|{i.Level1}|{i.Level2}|{i.Name}|{i.Comparator}|{i.Value}|{i.Unit}|{i.Weight:0.##}"));
        }
        lines.AddRange(d.Glossary.Select(g => $"glossary|{g.Term}|{g.Definition}"));
        // A table published empty must read back as declared empty, not as a table cut short (XLSX once lost the note).
        lines.AddRange(d.Tables.Where(t => t.IsDeclaredEmpty).Select(t => $"empty|{t.Kind}"));
        return lines;
    }

    public static void AssertSameRest(Disclosure expected, Disclosure actual) => Assert.Equal(Rest(expected), Rest(actual));

    public static void AssertNoErrors(Disclosure d)
    {
        var report = Checker.Check(d);
        Assert.Empty(report.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.ToString()));
    }
}
