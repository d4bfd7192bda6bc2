using BudgetDisclosure.Model;

namespace BudgetDisclosure.Documents;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    /// <summary>The input could not be used.</summary>
    Error,
}

/// <summary>Something a reader or binder has to say about the input: never an exception, always with a place.</summary>
public sealed record ReadDiagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation Source)
{
    public override string ToString() =>
        $"{Source}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}

/// <summary>The result of reading: a document when the input could be used, and what was said about it.</summary>
public sealed record ReadResult<T>(T? Value, IReadOnlyList<ReadDiagnostic> Diagnostics) where T : class
{
    public bool Success => Value is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

public static class ReadResult
{
    public static ReadResult<T> Failed<T>(ReadDiagnostic diagnostic) where T : class => new(null, [diagnostic]);
}
