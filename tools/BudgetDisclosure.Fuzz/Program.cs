using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BudgetDisclosure.Fuzzing;
using BudgetDisclosure.Html;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Pdf;

// budget-fuzz [--inputs N] [--seed N] [--timeout-ms N] [--format pdf|docx|xlsx|html|text]... [--seeds DIR]...
//             [--out DIR] [--threads N] [--replay INDEX] [--file PATH] [--max-seconds N] [--max-bytes N]
// Mutates the repository's own inputs (and those under --seeds) and reads each through the pipeline as `budget check`
// does, on every core; prints progress, then inputs, crashes, hangs and peak memory. Each crash or hang is written to
// --out with the command that replays it. Exit code 1 when anything crashed or hung.
var inputs = 100_000L;
var runSeed = 1;
var timeout = TimeSpan.FromSeconds(5);
var formats = new List<string>();
var seedDirs = new List<string>();
var outDir = "fuzz-out";
var threads = Environment.ProcessorCount;
long? replay = null;
string? file = null;
var maxSeconds = 0;
var maxBytes = Mutator.MaxBytes;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--inputs": inputs = long.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": runSeed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--timeout-ms": timeout = TimeSpan.FromMilliseconds(int.Parse(Next(), CultureInfo.InvariantCulture)); break;
        case "--format": formats.AddRange(Next().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
        case "--seeds": seedDirs.Add(Next()); break;
        case "--out": outDir = Next(); break;
        case "--threads": threads = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--replay": replay = long.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--file": file = Next(); break;
        case "--max-bytes": maxBytes = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--max-seconds": maxSeconds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}");
            return 2;
    }
}

var pipeline = new DisclosurePipelineBuilder().UsePdf().UseHtml().UseOpenXml().Build();
if (file is not null)
{
    // One file as it is (a saved crash, while minimising it): the verdict and what it cost.
    var outcome = FuzzHarness.Run(pipeline, File.ReadAllBytes(file), file, timeout);
    Console.WriteLine($"{file}: {outcome.Verdict} in {outcome.Elapsed.TotalMilliseconds:0} ms, {outcome.AllocatedBytes / (1024 * 1024)} MiB allocated");
    foreach (var d in outcome.Result?.Diagnostics ?? []) Console.WriteLine($"  {d.Severity} {d.Code} {d.Message}");
    if (outcome.Detail is not null) Console.WriteLine(outcome.Detail);
    return outcome.Verdict is Verdict.Crash or Verdict.Hang ? 1 : 0;
}
var seeds = Seeds.Collect(pipeline, seedDirs);
if (formats.Count == 0) formats.AddRange(seeds.Keys.Order(StringComparer.Ordinal));
foreach (var format in formats)
    if (!seeds.ContainsKey(format))
    {
        Console.Error.WriteLine($"no seeds for format {format}");
        return 2;
    }
Console.WriteLine($"seeds: {string.Join(", ", formats.Select(f => $"{f} {seeds[f].Count}"))}; seed {runSeed}, timeout {timeout.TotalMilliseconds:0} ms, {threads} threads");

if (replay is { } only)
{
    // Input `only` of the run: the same format the run gave it, the same seed file, the same mutations.
    var format = formats[(int)(only % formats.Count)];
    var (seed, bytes) = FuzzHarness.Input(seeds[format], Mutator.ShapeOf(format), runSeed, only / formats.Count, maxBytes);
    var outcome = FuzzHarness.Run(pipeline, bytes, FuzzHarness.InputName(format, runSeed, only), timeout);
    Directory.CreateDirectory(outDir);
    var path = Path.Combine(outDir, $"replay-{format}-{runSeed}-{only}.{format}");
    File.WriteAllBytes(path, bytes);
    Console.WriteLine($"{format} from {seed}, {bytes.Length} B ({path}): {outcome.Verdict} in {outcome.Elapsed.TotalMilliseconds:0} ms");
    foreach (var d in outcome.Result?.Diagnostics ?? []) Console.WriteLine($"  {d.Severity} {d.Code} {d.Message}");
    if (outcome.Detail is not null) Console.WriteLine(outcome.Detail);
    return outcome.Verdict is Verdict.Crash or Verdict.Hang ? 1 : 0;
}

Directory.CreateDirectory(outDir);
var counts = formats.ToDictionary(f => f, _ => new long[4]);
var signatures = new ConcurrentDictionary<string, int>();
var failures = new ConcurrentQueue<string>();
long done = 0, hung = 0, maxAllocated = 0, finishedLate = 0, longestLateTicks = 0;
var clock = Stopwatch.StartNew();
using var stop = new CancellationTokenSource();
// A wall-clock budget ends the run early with its summary, for runs sized by time rather than by inputs.
if (maxSeconds > 0) stop.CancelAfter(TimeSpan.FromSeconds(maxSeconds));
using var progress = new Timer(_ => Report(), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
try
{
    Parallel.For(0L, inputs, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = stop.Token }, index =>
    {
        var format = formats[(int)(index % formats.Count)];
        var (seed, bytes) = FuzzHarness.Input(seeds[format], Mutator.ShapeOf(format), runSeed, index / formats.Count, maxBytes);
        var outcome = FuzzHarness.Run(pipeline, bytes, FuzzHarness.InputName(format, runSeed, index), timeout);
        Interlocked.Increment(ref counts[format][(int)outcome.Verdict]);
        InterlockedMax(ref maxAllocated, outcome.AllocatedBytes);
        if (outcome.Verdict is Verdict.Crash or Verdict.Hang)
        {
            var signature = $"{outcome.Verdict} {format} {Signature(outcome.Detail)}";
            var seen = signatures.AddOrUpdate(signature, 1, (_, n) => n + 1);
            var replayCommand = $"--format {string.Join(',', formats)} --seed {runSeed} --max-bytes {maxBytes} --replay {index}";
            failures.Enqueue($"{signature} | {replayCommand} | from {seed}");
            // A few inputs per kind of failure: enough to minimise from, not a folder flooded by one bug.
            if (seen <= 3)
            {
                var name = $"{outcome.Verdict.ToString().ToLowerInvariant()}-{format}-{runSeed}-{index}";
                File.WriteAllBytes(Path.Combine(outDir, $"{name}.{format}"), bytes);
                File.WriteAllText(Path.Combine(outDir, $"{name}.txt"), $"{replayCommand}\nfrom {seed}\n{outcome.Detail}\n");
            }
            // A hung read keeps its thread; past a few still running the run would only measure the stuck threads.
            if (outcome.Verdict == Verdict.Hang && outcome.Pending is { } pending)
            {
                if (Interlocked.Increment(ref hung) > 2L * threads) stop.Cancel();
                var started = clock.Elapsed - outcome.Elapsed;
                pending.ContinueWith(_ =>
                {
                    Interlocked.Decrement(ref hung);
                    Interlocked.Increment(ref finishedLate);
                    InterlockedMax(ref longestLateTicks, (clock.Elapsed - started).Ticks);
                }, TaskScheduler.Default);
            }
        }
        Interlocked.Increment(ref done);
    });
}
catch (OperationCanceledException)
{
    Console.WriteLine(Interlocked.Read(ref hung) > 2L * threads ? "stopped: too many hung reads still running" : "stopped: --max-seconds reached");
}
progress.Dispose();
Report();

Console.WriteLine();
Console.WriteLine($"inputs {done} in {clock.Elapsed.TotalSeconds:0} s ({done / Math.Max(1, clock.Elapsed.TotalSeconds):0}/s), seed {runSeed}");
foreach (var (format, c) in counts)
    Console.WriteLine($"  {format,-5} read {c[0]}, refused {c[1]}, crashes {c[2]}, hangs {c[3]}");
var crashes = counts.Values.Sum(c => c[2]);
var hangs = counts.Values.Sum(c => c[3]);
Console.WriteLine($"crashes {crashes}, hangs {hangs}, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB, most allocated by one input {maxAllocated / (1024 * 1024)} MiB");
Console.WriteLine($"hangs that ended later: {Interlocked.Read(ref finishedLate)} (the longest after {TimeSpan.FromTicks(Interlocked.Read(ref longestLateTicks)).TotalSeconds:0} s); still running at the end: {Interlocked.Read(ref hung)}");
foreach (var (signature, n) in signatures.OrderByDescending(s => s.Value))
    Console.WriteLine($"  {n} × {signature}");
if (!failures.IsEmpty)
{
    File.WriteAllLines(Path.Combine(outDir, "failures.txt"), failures);
    Console.WriteLine($"every failure with its replay: {Path.Combine(outDir, "failures.txt")}");
}
return crashes + hangs > 0 ? 1 : 0;

void Report()
{
    using var self = Process.GetCurrentProcess();
    var crashed = counts.Values.Sum(c => c[2]);
    var hanging = counts.Values.Sum(c => c[3]);
    Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {Interlocked.Read(ref done)}/{inputs} inputs, {crashed} crashes, {hanging} hangs, working set {self.WorkingSet64 / (1024 * 1024)} MiB");
}

// The exception's type and the first frame of ours (or the contract broken): one line per bug, not per input.
static string Signature(string? detail)
{
    if (detail is null) return "";
    var lines = detail.Split('\n');
    var head = lines[0].Split(':')[0].Trim();
    var frame = lines.Skip(1).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at BudgetDisclosure", StringComparison.Ordinal))
                ?? lines.Skip(1).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at ", StringComparison.Ordinal)) ?? "";
    var paren = frame.IndexOf('(', StringComparison.Ordinal);
    return $"{head} {(paren > 0 ? frame[..paren] : frame)}".Trim();
}

static void InterlockedMax(ref long target, long value)
{
    long current;
    while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
}
