using BenchmarkDotNet.Attributes;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Benchmarks;

/// <summary>Checking a parsed document with every rule. Target (issue #3): median &lt; 1 ms.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private Disclosure disclosure = null!;

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = "";

    public static IEnumerable<string> Documents() => ReadTextBenchmarks.Documents();

    [GlobalSetup]
    public void Setup() =>
        disclosure = DisclosurePipeline.Text.Read(Path.Combine(ReadTextBenchmarks.CorpusRoot(), "text", Document)).Value!;

    [Benchmark]
    public int CheckAllRules() => Checker.Check(disclosure).Findings.Count;
}
