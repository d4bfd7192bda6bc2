using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>parse and check pick the reader by content: a DOCX or XLSX (whatever its name) reads like the text it came from.</summary>
public sealed class OfficeInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("html")]
    public void Rendered_office_files_parse_to_the_same_facts(string format)
    {
        // Named .bin on purpose: the reader is chosen by content.
        var output = Path.Combine(_dir.Path, "rendered." + format + ".bin");
        var render = CliRun.Of("render", Repository.SampleText, "--to", format, "--out", output);
        Assert.True(render.ExitCode == 0, render.Error);

        var fromText = CliRun.Of("parse", "--format", "facts", Repository.SampleText);
        var fromOffice = CliRun.Of("parse", "--format", "facts", output);
        Assert.True(fromOffice.ExitCode == 0, fromOffice.Error);
        static IEnumerable<string> Facts(CliRun run) => run.OutLines.Skip(1).Select(l => l[..l.LastIndexOf(',')]).Order(StringComparer.Ordinal);
        Assert.Equal(Facts(fromText), Facts(fromOffice));

        var check = CliRun.Of("check", "--min-severity", "error", output);
        Assert.True(check.ExitCode == 0, check.Out);
    }
}
