using System.Globalization;
using BudgetDisclosure.Documents;

namespace BudgetDisclosure.Cli.Output;

/// <summary>Diagnostics in the compiler style editors and CI logs pick up: <c>path(12): error BD0004: …</c>.</summary>
internal static class DiagnosticFormatter
{
    public static string Format(ReadDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var source = diagnostic.Source;
        var place = source.Place is { } at ? $"{source.File}({at})" : source.File;
        return $"{place}: {Severity(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}";
    }

    /// <summary>Info diagnostics stay in the JSON output; the terminal gets what needs attention.</summary>
    public static bool ShouldPrint(ReadDiagnostic diagnostic) =>
        diagnostic is not null && diagnostic.Severity >= DiagnosticSeverity.Warning;

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
