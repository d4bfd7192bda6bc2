using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules.CrossDocument;
using BudgetDisclosure.Checks.Rules.Narrative;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Checks.Narrative;

/// <summary>
/// BD8001 against last year's disclosure. The corpus has no two consecutive years of one unit, so last year's disclosure
/// is the sample itself, a year earlier, with every figure a "比上年" claim refers to set to the figure the claim implies.
/// </summary>
public class PriorDisclosureTests
{
    /// <summary>The sample as last year's disclosure: each cell (or named figure) a change refers to holds current − change.</summary>
    private static Disclosure LastYear(Disclosure current)
    {
        var prior = current with { Year = current.Year - 1 };
        foreach (var claim in current.Claims.Where(c => c.Change is not null))
        {
            var implied = PriorFigureConsistencyRule.ImpliedPriors(current, claim)[0].Prior.Mid / 10_000m;
            var cell = ClaimFigures.Resolve(prior, claim);
            if (cell is not null && claim.Subject.Figure != "operating_costs")
            {
                var row = cell.Rows[0];
                var tableCell = row.Cells.Single(c => c.Column == cell.Column.Index);
                prior = Mutate.Cell(prior, cell.Table, row, tableCell, Amount.FromValue(implied, 2));
            }
            else
            {
                prior = prior with
                {
                    Claims = [.. prior.Claims.Select(c => c.Subject == claim.Subject && c.Value is not null ? c with { Value = Amount.FromValue(implied, 2), Change = null } : c)],
                };
            }
        }
        return prior;
    }

    [Fact]
    public void Without_a_prior_disclosure_the_rule_says_why_it_did_not_run()
    {
        var status = NarrativeCheck.Status(NarrativeCheck.Run(Samples.Clean()), PriorDisclosureRule.Rule);
        Assert.Equal(CheckOutcome.NotApplicable, status.Outcome);
        Assert.Contains("--prior", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prior_disclosure_of_another_year_is_not_compared()
    {
        var clean = Samples.Clean();
        var status = NarrativeCheck.Status(NarrativeCheck.Run(clean, clean), PriorDisclosureRule.Rule);
        Assert.Equal(CheckOutcome.NotChecked, status.Outcome);
    }

    [Fact]
    public void Last_years_figures_equal_to_the_implied_ones_pass()
    {
        var clean = Samples.Clean();
        var report = NarrativeCheck.Run(clean, LastYear(clean));
        var status = NarrativeCheck.Status(report, PriorDisclosureRule.Rule);
        Assert.True(status.Outcome == CheckOutcome.Passed, $"{status.Outcome} {status.Reason}\n{string.Join("\n", report.Findings.Where(NarrativeCheck.IsOwn))}");
        // Every change of the sample has last year's figure to meet: 15 changes, 2 持平.
        Assert.Equal(clean.Claims.Count(c => c.Change is not null), status.Evaluated);
    }

    [Fact]
    public void A_changed_figure_of_last_year_fails_at_the_claim()
    {
        var clean = Samples.Clean();
        var prior = LastYear(clean);
        var income = prior.Table(TableKey.Income)!;
        var total = income.TotalRow()!;
        var cell = total.Cells.Single(c => c.Column == income.Column(ColumnKeys.GeneralPublic)!.Index);
        Assert.Equal(446m, cell.Amount.Value);
        var report = NarrativeCheck.Run(clean, Mutate.Cell(prior, income, total, cell, Amount.Parse("451.00")));
        var f = NarrativeCheck.Single(report, PriorDisclosureRule.Rule, 379, "二、关于示例县医疗保障局", "增加 14.00 万元");
        Assert.Equal((451m, 446m, -5m), (f.Expected!.Value, f.Actual!.Value, f.Difference!.Value));
        Assert.NotEmpty(f.Cells);
    }

    [Fact]
    public void A_named_figure_is_compared_with_last_years_statement_of_it()
    {
        var clean = Samples.Clean();
        var prior = LastYear(clean);
        prior = prior with
        {
            Claims = [.. prior.Claims.Select(c => c.Subject.Figure == "operating_costs" ? c with { Value = Amount.Parse("24.00") } : c)],
        };
        var report = NarrativeCheck.Run(clean, prior);
        NarrativeCheck.Single(report, PriorDisclosureRule.Rule, 495, "（一）机关运行经费情况", "机关运行经费");
    }
}
