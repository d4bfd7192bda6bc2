using System.Globalization;
using BenchmarkDotNet.Running;
using BudgetDisclosure.Benchmarks;

if (args is ["pdf-throughput", ..])
{
    PdfThroughput.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3);
    return;
}
if (args is ["pdf", ..])
{
    BudgetDisclosure.Benchmarks.PdfStopwatch.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ReadTextBenchmarks).Assembly).Run(args);
