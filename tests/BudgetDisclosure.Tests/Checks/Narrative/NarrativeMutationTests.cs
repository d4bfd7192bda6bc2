using System.Globalization;
using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules.Narrative;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using Xunit.Abstractions;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Checks.Narrative;

/// <summary>
/// The mutation suite for the narrative: over every claim of the clean sample, one error at a time — its amount, its
/// share, its change amount, its change rate, its first direction word — written into the sample's text, read back, and
/// required to be caught (warning or error) by the rule that owns that kind of error, at the claim's line.
/// </summary>
public class NarrativeMutationTests(ITestOutputHelper output)
{
    private enum Kind { Amount, Share, ChangeAmount, ChangeRate, Direction }

    private sealed record Injection(Kind Kind, Claim Claim, string Line, RuleDescriptor Rule, Func<Claim, bool> Took);

    [Fact]
    public void Every_injected_narrative_error_is_detected_by_its_rule()
    {
        var clean = Samples.Clean();
        var lines = Samples.Text().Split('\n');
        var tally = new Dictionary<Kind, (int Injected, int Detected)>();
        var missed = new List<string>();
        var skipped = new List<string>();
        var messages = new List<string>();
        foreach (var claim in clean.Claims)
            foreach (var injection in Injections(clean, claim, lines[claim.Source.Line - 1], skipped))
            {
                var edited = lines.ToArray();
                edited[claim.Source.Line - 1] = injection.Line;
                var mutated = DisclosurePipeline.Text.Read(DocumentInput.FromText(string.Join('\n', edited), Samples.Path)).Value!;
                var bound = mutated.Claims.FirstOrDefault(c => c.Source.Line == claim.Source.Line && c.Subject.Name == claim.Subject.Name);
                var what = $"{injection.Kind} 第 {claim.Source.Line} 行“{claim.Subject.Name}”";
                Assert.True(bound is not null && injection.Took(bound), $"注入未生效：{what}：{injection.Line}");
                var report = Checker.Check(mutated);
                var detected = report.Findings.Any(f => f.Rule.Id == injection.Rule.Id && f.Severity >= Severity.Warning && f.Location.Source.Line == claim.Source.Line);
                var t = tally.GetValueOrDefault(injection.Kind);
                tally[injection.Kind] = (t.Injected + 1, t.Detected + (detected ? 1 : 0));
                messages.AddRange([$"# {what} → {injection.Line.Trim()}", .. report.Findings.Where(f => f.Rule.Id == injection.Rule.Id && f.Location.Source.Line == claim.Source.Line).Select(FindingText.Of)]);
                if (!detected) missed.Add($"{what} 未被 {injection.Rule.Id} 检出：{injection.Line}\n  {string.Join("\n  ", report.Findings.Where(NarrativeCheck.IsOwn))}");
            }
        foreach (var (kind, (injected, detected)) in tally.OrderBy(p => p.Key))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-14} {detected}/{injected} 检出（{100m * detected / injected:0.#}%）"));
        foreach (var s in skipped.Distinct()) output.WriteLine("未注入：" + s);
        Assert.Equal(5, tally.Count);
        Assert.True(tally[Kind.Amount].Injected >= 30, "金额注入太少");
        Assert.Empty(missed);
        // The findings themselves — message, expected and actual figures, tolerance — as a reviewer reads them.
        Golden.Assert(Golden.PathOf("BudgetDisclosure.Tests", "narrative-mutation-findings.txt"), string.Join('\n', messages) + "\n");
    }

    private static IEnumerable<Injection> Injections(Disclosure clean, Claim claim, string line, List<string> skipped)
    {
        var start = Math.Max(0, line.IndexOf(claim.Subject.Name, StringComparison.Ordinal));
        if (claim.Value is { IsNumber: true } value && !ClaimFigures.IsNotArranged(claim))
        {
            if (ClaimFigures.Resolve(clean, claim) is null)
                skipped.Add($"金额 “{claim.Subject.Name}”：不复述任何表格数字（{claim.Subject.Figure ?? "未绑定"}），由其他规则族核对");
            else if (Replace(line, start, value.Text + " 万元", Plus(value.Text) + " 万元") is { } edited)
                yield return new Injection(Kind.Amount, claim, edited, RestatedAmountRule.Rule, c => c.Value?.Text == Plus(value.Text));
        }
        if (claim.Share is { } share && Replace(line, start, "占 " + share.Text, "占 " + Plus(share.Text[..^1]) + "%") is { } withShare)
            yield return new Injection(Kind.Share, claim, withShare, ShareRule.Rule, c => c.Share?.Text == Plus(share.Text[..^1]) + "%");
        if (claim.Change is not { Direction: not ChangeDirection.Flat, Delta: { IsNumber: true } delta, Rate: { } rate } change) yield break;
        var word = change.Direction == ChangeDirection.Increase ? "增加" : "减少";
        var phrase = $"{word} {delta.Text} 万元";
        var at = line.IndexOf(phrase, start, StringComparison.Ordinal);
        if (at < 0) { skipped.Add($"增减 “{claim.Subject.Name}”：句中找不到“{phrase}”"); yield break; }
        yield return new Injection(Kind.ChangeAmount, claim, Replace(line, at, phrase, $"{word} {Plus(delta.Text)} 万元")!, YearOnYearRule.Rule,
            c => c.Change?.Delta?.Text == Plus(delta.Text));
        yield return new Injection(Kind.ChangeRate, claim, Replace(line, at, rate.Text, Plus(rate.Text[..^1]) + "%")!, YearOnYearRule.Rule,
            c => c.Change?.Rate?.Text == Plus(rate.Text[..^1]) + "%");
        var flipped = word == "增加" ? "减少" : "增加";
        yield return new Injection(Kind.Direction, claim, Replace(line, at, phrase, $"{flipped} {delta.Text} 万元")!, YearOnYearRule.Rule,
            c => c.Change is { } ch && ch.Direction != change.Direction);
    }

    /// <summary>The printed number one unit larger in its integer part: far beyond any rounding.</summary>
    private static string Plus(string printed)
    {
        var a = Amount.Parse(printed);
        return (a.Value + 1m).ToString("F" + a.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static string? Replace(string line, int from, string oldText, string newText)
    {
        var at = line.IndexOf(oldText, from, StringComparison.Ordinal);
        return at < 0 ? null : string.Concat(line.AsSpan(0, at), newText, line.AsSpan(at + oldText.Length));
    }
}
