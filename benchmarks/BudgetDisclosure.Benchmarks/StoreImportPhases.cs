using System.Diagnostics;
using System.Globalization;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Storage;

namespace BudgetDisclosure.Benchmarks;

/// <summary>Where an import's time goes, phase by phase, on one thread: read and bind, model to JSON and back, check, measures, save.</summary>
internal static class StoreImportPhases
{
    public static void Run(string folder, string database, int count)
    {
        var pipeline = new DisclosurePipelineBuilder().Build();
        var store = BudgetStore.Open(database);
        var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).Take(count).ToList();
        var phases = new Dictionary<string, double>();
        void Add(string phase, Stopwatch watch) => phases[phase] = phases.GetValueOrDefault(phase) + watch.Elapsed.TotalMilliseconds;
        foreach (var file in files)
        {
            var w = Stopwatch.StartNew();
            var bytes = File.ReadAllBytes(file);
            var read = pipeline.Read(DocumentInput.FromBytes(bytes, file));
            Add("read+bind", w);
            var disclosure = read.Value!;
            w.Restart();
            var model = StoredDisclosure.Compress(disclosure);
            Add("model→json.gz", w);
            w.Restart();
            var back = StoredDisclosure.Decompress(model);
            Add("json.gz→model", w);
            w.Restart();
            var report = pipeline.Check(disclosure);
            Add("check", w);
            w.Restart();
            var prior = store.PriorId(back);
            Add("prior id lookup", w);
            w.Restart();
            var measures = Measures.Of(back);
            Add("measures", w);
            var stored = new StoredDisclosure
            {
                ContentHash = StoredPart.Hash(bytes), Parts = [new StoredPart(Path.GetFileName(file), StoredPart.Hash(bytes), "text", null)],
                Disclosure = back, Model = model, Report = report, Diagnostics = read.Diagnostics, Measures = measures,
            };
            w.Restart();
            store.Save(stored);
            Add("save", w);
            w.Restart();
            _ = store.Successors(1);
            Add("successors", w);
        }
        foreach (var (phase, ms) in phases)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase,-16} {ms / files.Count,8:F2} ms/document"));
    }
}
