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
if (args is ["store-phases", var folder, var target, ..])
{
    StoreImportPhases.Run(folder, target, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200);
    return;
}
if (args is ["store-queries", var database, ..])
{
    StoreQueryLatency.Run(database, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ReadTextBenchmarks).Assembly).Run(args);
