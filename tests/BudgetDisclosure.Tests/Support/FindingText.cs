using System.Globalization;
using BudgetDisclosure.Checks;

namespace BudgetDisclosure.Tests.Support;

/// <summary>
/// A finding as a reviewer reads it — place, severity, rule, message, and the figures the arithmetic compared — without
/// the file's path, so that golden files of findings do not depend on where the repository is checked out.
/// </summary>
internal static class FindingText
{
    public static string Of(Finding finding)
    {
        var text = finding.ToString();
        var place = text.IndexOf('(', StringComparison.Ordinal);
        var figures = string.Create(CultureInfo.InvariantCulture,
            $" [expected={finding.Expected} actual={finding.Actual} difference={finding.Difference} tolerance={finding.Tolerance} likely={finding.LikelyCell}]");
        return (place >= 0 ? text[place..] : text) + figures;
    }

    /// <summary>
    /// What each rule did — outcome, places checked, failures, and the reason it gives when it did not pass — then every
    /// finding, one a line: the whole check record of a document.
    /// </summary>
    public static string Record(CheckReport report) =>
        string.Join('\n', report.Statuses.Select(s => $"{s.Rule.Id} {s.Outcome} {s.Evaluated}/{s.Failures} {s.Reason}")
            .Concat(report.Findings.Select(Of))) + "\n";
}
