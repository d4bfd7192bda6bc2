namespace BudgetDisclosure.Cli;

/// <summary>
/// Where a command writes, and whether each stream is a terminal. Commands take this instead of touching
/// <see cref="Console"/> so that tests can run them in-process with <see cref="StringWriter"/>s.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>
    /// The process's streams. Output going to a pipe or a file is buffered (Console.Out flushes every line: a batch's
    /// findings cost a write call each); the commands flush it when they are done. A terminal gets every line at once.
    /// </summary>
    public static CliConsole FromSystem()
    {
        var output = Console.IsOutputRedirected
            ? new StreamWriter(Console.OpenStandardOutput(), Console.OutputEncoding, 1 << 16) { AutoFlush = false }
            : Console.Out;
        return new(output, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
    }

    /// <summary>Both streams redirected: plain text, no progress, no colour.</summary>
    public static CliConsole Redirected(TextWriter output, TextWriter error) => new(output, error, false, false);
}
