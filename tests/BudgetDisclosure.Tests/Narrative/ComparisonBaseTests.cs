using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Narrative;

/// <summary>
/// "收入预算 110896.62 万元，比 2025 年年初预算数 115041.34 万元减少 4144.72 万元，下降 3.60%" (北京): the second amount is the
/// base of the comparison, not a claim of its own; the change belongs to the first.
/// </summary>
public class ComparisonBaseTests
{
    [Fact]
    public void A_stated_prior_figure_is_the_base_of_the_change()
    {
        var d = Samples.WithEdit("单位收入预算 502.00 万元，其中：", "单位收入预算 502.00 万元，比 2025 年年初预算数 498.00 万元增加 4.00 万元，增长 0.80%，其中：");
        var claim = Assert.Single(d.Claims, c => c.Subject.Table == TableKey.Income && c.Subject.Column == ColumnKeys.Total);
        Assert.Equal("502.00", claim.Value?.Text);
        Assert.Equal(ChangeDirection.Increase, claim.Change?.Direction);
        Assert.Equal("4.00", claim.Change?.Delta?.Text);
        Assert.Equal("0.80%", claim.Change?.Rate?.Text);
        Assert.Contains("2025 年年初预算数", claim.Change?.Basis, StringComparison.Ordinal);
        Assert.DoesNotContain(d.Claims, c => c.Value?.Text == "498.00");
        Assert.DoesNotContain(Checker.Check(d).Findings, f => f.Rule.Id == "BD3004" && f.Severity >= Severity.Warning);
    }
}
