using System.Runtime.CompilerServices;
using System.Text.Json;
using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>The repository's own samples/ must go through every format cleanly.</summary>
public class SampleTests
{
    private static string[] Samples([CallerFilePath] string here = "")
    {
        var samples = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "samples"));
        var files = Directory.Exists(samples) ? Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).ToArray() : [];
        Assert.True(files.Length > 0, "仓库中没有 samples/*.txt。");
        return files;
    }

    [SkippableTheory]
    [InlineData("json")]
    [InlineData("facts")]
    [InlineData("tables")]
    public void Samples_parse_without_errors(string format)
    {
        var files = Samples();
        var run = CliRun.Of(["parse", "--format", format, .. files]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain(": error ", run.Error, StringComparison.Ordinal);
        Assert.NotEmpty(run.OutLines);
        if (format == "json")
        {
            using var doc = JsonDocument.Parse(run.Out);
            Assert.All(doc.RootElement.GetProperty("documents").EnumerateArray(),
                d => Assert.True(d.GetProperty("disclosure").GetProperty("tables").GetArrayLength() > 0));
        }
        if (format == "facts") Assert.True(run.OutLines.Length > 10);
    }
}
