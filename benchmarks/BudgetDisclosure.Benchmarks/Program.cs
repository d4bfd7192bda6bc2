using BenchmarkDotNet.Running;
using BudgetDisclosure.Benchmarks;

if (args is ["pdf-throughput", ..])
{
    PdfThroughput.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ReadTextBenchmarks).Assembly).Run(args);
