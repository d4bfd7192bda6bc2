using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BudgetDisclosure.Pdf;

namespace BudgetDisclosure.Benchmarks;

/// <summary>
/// Reading every corpus PDF with a text layer straight from its bytes (PdfPig → layout → pdftotext layout parser),
/// without binding. Target: at least 50 pages per second on one core. <see cref="PdfThroughput"/> prints pages per
/// second and the same figure for <c>pdftotext -layout</c> on the same files.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private List<(string Name, byte[] Bytes)> files = [];

    [GlobalSetup]
    public void Setup() => files = PdfThroughput.CorpusPdfs().Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToList();

    /// <summary>All corpus PDFs once; divide the page count (printed by <see cref="PdfThroughput"/>) by the mean.</summary>
    [Benchmark]
    public int ReadAllCorpusPdfs()
    {
        var pages = 0;
        foreach (var (name, bytes) in files) pages += PdfDocumentReader.Read(bytes, name).Value?.PageCount ?? 0;
        return pages;
    }
}

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/BudgetDisclosure.Benchmarks -- pdf-throughput</c>: a plain timing
/// harness (BenchmarkDotNet would run pdftotext out of process anyway): pages per second of this reader, single
/// threaded, after one warm-up pass, and of <c>pdftotext -layout</c> on the same files.
/// </summary>
internal static class PdfThroughput
{
    public static IEnumerable<string> CorpusPdfs()
    {
        var dir = Path.Combine(CorpusRoot(), "pdf");
        return Directory.GetFiles(dir, "*.pdf").Order(StringComparer.Ordinal);
    }

    public static void Run(int rounds)
    {
        var files = CorpusPdfs().Select(p => (Path: p, Bytes: File.ReadAllBytes(p))).ToList();
        var pages = 0;
        foreach (var (path, bytes) in files) pages += PdfDocumentReader.Read(bytes, path).Value?.PageCount ?? 0;
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
            foreach (var (path, bytes) in files) PdfDocumentReader.Read(bytes, path);
        var ours = clock.Elapsed.TotalSeconds / rounds;
        Console.WriteLine($"PdfPig reader: {files.Count} files, {pages} pages, {ours:F2} s per pass, {pages / ours:F0} pages/s");

        clock.Restart();
        foreach (var (path, _) in files)
        {
            var start = new ProcessStartInfo("pdftotext") { UseShellExecute = false, RedirectStandardOutput = true };
            foreach (var arg in new[] { "-layout", path, "-" }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        var poppler = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"pdftotext -layout: {poppler:F2} s, {pages / poppler:F0} pages/s; ratio PdfPig/pdftotext time {ours / poppler:F2}");
    }

    private static string CorpusRoot()
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
