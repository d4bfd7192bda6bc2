using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules.Narrative;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks.Narrative;

public class PriorTotalsRuleTests
{
    [Fact]
    public void Clean_sample_implies_one_prior_total()
    {
        var status = Checker.Check(Samples.Clean()).Statuses.Single(s => s.Rule.Id == PriorTotalsRule.Rule.Id);
        Assert.Equal(CheckOutcome.Passed, status.Outcome);
    }

    [Fact]
    public void BD3008_income_and_expenditure_imply_different_prior_totals()
    {
        // 20.00 / 440 = 4.55%: the sentence is right in itself, but last year's income would total 492, expenditure 498.
        var report = Checker.Check(Samples.WithEdit("比上年预算增加 14.00 万元，增长 3.14%", "比上年预算增加 20.00 万元，增长 4.55%"));
        var finding = Assert.Single(report.Findings, f => f.Rule.Id == PriorTotalsRule.Rule.Id);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(492m, finding.Actual);
        Assert.Equal(498m, finding.Expected);
        Assert.Equal(379, finding.Location.Source.Line);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == YearOnYearRule.Rule.Id && f.Severity == Severity.Error);
    }
}
