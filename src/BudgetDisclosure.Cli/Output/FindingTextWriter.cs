using BudgetDisclosure.Checks;

namespace BudgetDisclosure.Cli.Output;

/// <summary>
/// <c>budget check</c>'s text output: findings grouped by severity in compiler style, each with its numbers and the
/// group it belongs to; then the status of every check.
/// </summary>
internal static class FindingTextWriter
{
    public static void Write(TextWriter output, string path, CheckReport report)
    {
        output.WriteLine(CliMessages.CheckHeading(path));
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var findings = report.Findings.Where(f => f.Severity == severity).ToList();
            if (findings.Count == 0) continue;
            output.WriteLine();
            output.WriteLine(CliMessages.SeverityHeading(severity.ToChinese(), findings.Count));
            foreach (var finding in findings)
            {
                output.WriteLine(finding.ToString());
                if (finding.Group is { } group && finding.LikelyCell is { } cell)
                    output.WriteLine("    " + CliMessages.GroupNote(group, cell));
            }
        }
        output.WriteLine();
        output.WriteLine(CliMessages.StatusHeading);
        foreach (var status in report.Statuses)
            output.WriteLine("  " + CliMessages.StatusLine(status));
        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = report.Findings.Count(f => f.Severity == Severity.Warning);
        var infos = report.Findings.Count(f => f.Severity == Severity.Info);
        output.WriteLine();
        output.WriteLine(CliMessages.CheckSummary(errors, warnings, infos));
        output.WriteLine();
    }
}
