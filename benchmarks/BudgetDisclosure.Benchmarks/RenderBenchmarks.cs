using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Writing.Synthesis;

namespace BudgetDisclosure.Benchmarks;

/// <summary>
/// Writing a corpus-sized disclosure (a synthetic one: all twelve tables, the narrative, performance forms) in each
/// format, composing included. PDF runs LibreOffice, a process start per document, so it is timed apart by
/// <see cref="PdfStopwatch"/> rather than by BenchmarkDotNet.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private WritingInput input = null!;

    [GlobalSetup]
    public void Setup() =>
        // A fixed synthetic document (seed 7, the second of the series): a unit of the corpus documents' size and shape.
        input = SyntheticDisclosures.One(7, 1).Input;

    [Benchmark]
    public int Compose() => Composer.Compose(input).Blocks.Count;

    [Benchmark]
    public int Markdown() => MarkdownWriter.Write(Composer.Compose(input)).Length;

    [Benchmark]
    public int Html() => HtmlWriter.Write(Composer.Compose(input)).Length;

    [Benchmark]
    public long Docx()
    {
        using var stream = new MemoryStream();
        DocxWriter.Write(Composer.Compose(input), stream);
        return stream.Length;
    }

    [Benchmark]
    public long Xlsx()
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(Composer.Compose(input), stream);
        return stream.Length;
    }
}

/// <summary><c>-- pdf [N]</c>: renders the same document to PDF N times through LibreOffice and prints the median.</summary>
internal static class PdfStopwatch
{
    public static void Run(int times)
    {
        var input = SyntheticDisclosures.One(7, 1).Input;
        var dir = Directory.CreateTempSubdirectory("budget-bench-pdf-").FullName;
        try
        {
            var docx = Path.Combine(dir, "bench.docx");
            var timings = new List<double>();
            for (var i = 0; i < times; i++)
            {
                var watch = Stopwatch.StartNew();
                DocxWriter.Write(Composer.Compose(input), docx);
                PdfConverter.Convert(docx, Path.Combine(dir, "bench.pdf"));
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
            timings.Sort();
            Console.WriteLine(FormattableString.Invariant($"PDF (compose + DOCX + LibreOffice): median {timings[timings.Count / 2]:0} ms, min {timings[0]:0} ms, max {timings[^1]:0} ms over {times} runs"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
