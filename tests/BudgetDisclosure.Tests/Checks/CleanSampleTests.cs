using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>The bundled sample is correct by construction: every rule passes or says why it does not apply.</summary>
public class CleanSampleTests
{
    [Fact]
    public void Sample_has_no_warning_or_error()
    {
        var report = Checker.Check(Samples.Clean());
        Assert.Empty(report.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.ToString()));
        Assert.DoesNotContain(report.Statuses, s => s.Outcome == CheckOutcome.Failed);
    }

    [Fact]
    public void Every_rule_reports_a_status()
    {
        var report = Checker.Check(Samples.Clean());
        Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id), report.Statuses.Select(s => s.Rule.Id));
        Assert.All(report.Statuses.Where(s => s.Outcome != CheckOutcome.Passed), s => Assert.False(string.IsNullOrEmpty(s.Reason)));
        Assert.All(report.Statuses.Where(s => s.Outcome == CheckOutcome.Passed), s => Assert.True(s.Evaluated > 0));
    }

    /// <summary>
    /// What each rule did on the sample — outcome, places checked, failures, and the reason it gives when it did not
    /// pass — and every info-level finding (rounding notes), as a reviewer reads them.
    /// </summary>
    [Fact]
    public void The_sample_check_record_is_as_recorded()
    {
        var report = Checker.Check(Samples.Clean());
        Golden.Assert(Golden.PathOf("BudgetDisclosure.Tests", "sample-check-record.txt"), FindingText.Record(report));
    }

    [Fact]
    public void Rule_ids_are_unique_and_in_their_category_range()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var d in RuleCatalog.Descriptors)
        {
            Assert.Matches("^BD[0-8][0-9]{3}$", d.Id);
            // The reading's own verdicts share BD00xx with the read diagnostics; every other family owns its thousand.
            Assert.Equal(d.Category == RuleCategory.Reading ? 0 : (int)d.Category + 1, d.Id[2] - '0');
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.TitleEnglish));
        }
    }
}
