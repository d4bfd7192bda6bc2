namespace BudgetDisclosure.Cli;

/// <summary>The process exit codes every verb uses; scripts rely on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Findings of error severity (used by <c>check</c>).</summary>
    public const int Findings = 1;

    /// <summary>An input could not be used, or the command line was wrong.</summary>
    public const int InputError = 2;

    /// <summary>A fault in the tool itself, reported without a stack trace.</summary>
    public const int InternalError = 3;
}
