using BudgetDisclosure.Cli.Tests.Support;
using BudgetDisclosure.Testing;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>A batch is read and checked on every core; what it prints stays in the order of its inputs.</summary>
public sealed class BatchOrderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_batchs_findings_and_facts_come_out_in_the_order_of_its_files()
    {
        var sample = File.ReadAllText(Repository.SampleText);
        // Every other file names another unit, so the files' outputs differ and an order change would show.
        var files = Enumerable.Range(1, 16).Select(i => _dir.Write($"doc{i:00}.txt",
            i % 2 == 0 ? sample : sample.Replace("示例县医疗保障局", $"示例县第{i}医疗保障局", StringComparison.Ordinal))).ToArray();
        var check = CliRun.Of(["check", "--format", "json", .. files]);
        using var json = System.Text.Json.JsonDocument.Parse(check.Out);
        Assert.Equal(files, json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()));

        var facts = CliRun.Of(["parse", "--format", "facts", .. files]);
        var oneByOne = files.SelectMany(f => CliRun.Of("parse", "--format", "facts", f).OutLines.Skip(1));
        Assert.Equal(oneByOne, facts.OutLines.Skip(1));
    }
}
