using BenchmarkDotNet.Attributes;
using BudgetDisclosure.Binding;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;

namespace BudgetDisclosure.Benchmarks;

/// <summary>
/// Reading each corpus text document from its bytes: decode, block passes, table and narrative binding.
/// Target (issue #2): median &lt; 2 ms and &lt; 1 MB allocated per document.
/// </summary>
[MemoryDiagnoser]
public class ReadTextBenchmarks
{
    private byte[] bytes = [];

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = "";

    public static IEnumerable<string> Documents() =>
    [
        "xinjiang-kizilsu-medical-security-2025.md",
        "xinjiang-region-medical-security-2025.md",
        "xinjiang-yanqi-medical-security-2026.txt",
    ];

    [GlobalSetup]
    public void Setup() => bytes = File.ReadAllBytes(Path.Combine(CorpusRoot(), "text", Document));

    [Benchmark]
    public Disclosure? ReadAndBind()
    {
        var document = TextDocumentReader.Read(bytes, Document).Value!;
        return DisclosureBinder.Bind(document).Value;
    }

    [Benchmark]
    public int ReadBlocksOnly() => TextDocumentReader.Read(bytes, Document).Value!.Blocks.Count;

    internal static string CorpusRoot()
    {
        var env = Environment.GetEnvironmentVariable("BUDGET_CORPUS");
        if (!string.IsNullOrEmpty(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "corpus");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("找不到 ../shared/corpus；请设置 BUDGET_CORPUS。");
    }
}
