namespace BudgetDisclosure.Cli;

/// <summary>
/// Where a command writes, and whether each stream is a terminal. Commands take this instead of touching
/// <see cref="Console"/> so that tests can run them in-process with <see cref="StringWriter"/>s.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    public static CliConsole FromSystem() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

    /// <summary>Both streams redirected: plain text, no progress, no colour.</summary>
    public static CliConsole Redirected(TextWriter output, TextWriter error) => new(output, error, false, false);
}
