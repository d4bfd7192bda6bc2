using System.Diagnostics;
using System.Globalization;
using BudgetDisclosure.Storage;

namespace BudgetDisclosure.Benchmarks;

/// <summary>
/// Query latency on a filled store (<c>budget import</c> of <c>budget synth</c> output): <c>history</c> of random units
/// and <c>compare</c> of each year on random measures, each query timed alone after a warm-up, p50 and p95 printed.
/// A plain harness rather than BenchmarkDotNet: what is measured is the database's work on a store of a given size,
/// which a fixed set of random queries shows directly.
/// </summary>
internal static class StoreQueryLatency
{
    public static void Run(string database, int queries)
    {
        var store = BudgetStore.Open(database);
        var units = store.FindUnits("");
        var years = store.Units(new UnitsQuery()).Select(u => u.Year).OfType<int>().Distinct().Order().ToList();
        var measures = new[] { "expenditure_total", "three_public_total", "personnel", "basic", "project", "operating_costs" };
        var random = new Random(20261204);
        Console.WriteLine($"store {store.Location.Display}: {units.Count} units, years {string.Join(",", years)}");

        for (var i = 0; i < 5; i++) _ = store.History(units[random.Next(units.Count)].Id);
        var history = Time(queries, () => store.History(units[random.Next(units.Count)].Id).Count);
        Report("history UNIT", history);
        var filtered = Time(queries, () => store.History(units[random.Next(units.Count)].Id, table: "three_public_expenses").Count);
        Report("history UNIT --table three_public_expenses", filtered);

        for (var i = 0; i < 3; i++) _ = store.Compare(years[0], measures[0]);
        var compare = Time(Math.Max(10, queries / 5), () => store.Compare(years[random.Next(years.Count)], measures[random.Next(measures.Length)]).Count);
        Report("compare --year Y --measure M", compare);
        var head = Time(Math.Max(10, queries / 5), () => store.Compare(years[random.Next(years.Count)], measures[random.Next(measures.Length)], top: 20).Count);
        Report("compare --year Y --measure M --top 20", head);
        var regions = units.Select(u => u.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        if (regions.Count > 0)
        {
            var regional = Time(Math.Max(10, queries / 5), () => store.Compare(years[random.Next(years.Count)], measures[random.Next(measures.Length)], regions[random.Next(regions.Count)]).Count);
            Report($"compare --year Y --measure M --region R ({regions.Count} regions)", regional);
        }
        var units2 = Time(Math.Max(10, queries / 5), () => store.Units(new UnitsQuery(years[random.Next(years.Count)])).Count);
        Report("units --year Y", units2);
    }

    private static (List<double> Milliseconds, long Rows) Time(int count, Func<int> query)
    {
        var times = new List<double>(count);
        long rows = 0;
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            rows += query();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times, rows);
    }

    private static void Report(string what, (List<double> Milliseconds, long Rows) run)
    {
        double At(double q) => run.Milliseconds[Math.Min(run.Milliseconds.Count - 1, (int)Math.Ceiling(q * run.Milliseconds.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-55} n={run.Milliseconds.Count,4}  p50 {At(0.5),8:F2} ms  p95 {At(0.95),8:F2} ms  max {run.Milliseconds[^1],8:F2} ms  rows/query {run.Rows / (double)run.Milliseconds.Count,8:F0}"));
    }
}
