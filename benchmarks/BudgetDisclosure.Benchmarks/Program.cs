using System.Globalization;
using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "pdf")
{
    BudgetDisclosure.Benchmarks.PdfStopwatch.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BudgetDisclosure.Benchmarks.ReadTextBenchmarks).Assembly).Run(args);
