using BudgetDisclosure.Checks;

namespace BudgetDisclosure.Cli.Output;

/// <summary>
/// <c>budget check</c>'s text output: findings grouped by severity in compiler style, each with its numbers and the
/// group it belongs to; then the status of every check. Messages, titles and headings in <c>--lang</c>'s language.
/// </summary>
internal static class FindingTextWriter
{
    public static void Write(TextWriter output, string path, CheckReport report, MessageLanguage language)
    {
        output.WriteLine(CliMessages.CheckHeading(path));
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var findings = report.Findings.Where(f => f.Severity == severity).ToList();
            if (findings.Count == 0) continue;
            output.WriteLine();
            output.WriteLine(CliMessages.SeverityHeading(severity, findings.Count, language));
            foreach (var finding in findings)
            {
                output.WriteLine(finding.ToString(language));
                if (finding.Group is { } group && finding.LikelyCell is { } cell)
                    output.WriteLine("    " + CliMessages.GroupNote(group, cell, language));
            }
        }
        output.WriteLine();
        output.WriteLine(CliMessages.StatusHeading(language));
        foreach (var status in report.Statuses)
            output.WriteLine("  " + CliMessages.StatusLine(status, language));
        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = report.Findings.Count(f => f.Severity == Severity.Warning);
        var infos = report.Findings.Count(f => f.Severity == Severity.Info);
        output.WriteLine();
        output.WriteLine(CliMessages.CheckSummary(errors, warnings, infos, language));
        output.WriteLine();
    }
}
