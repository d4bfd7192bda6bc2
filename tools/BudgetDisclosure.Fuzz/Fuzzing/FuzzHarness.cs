using System.Diagnostics;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Fuzzing;

internal enum Verdict
{
    /// <summary>A disclosure came out (possibly with errors in it).</summary>
    Read,

    /// <summary>No disclosure, and an error diagnostic naming the input says why.</summary>
    Refused,

    /// <summary>An exception escaped, or the result breaks the contract (see <see cref="FuzzHarness.Violation"/>).</summary>
    Crash,

    /// <summary>Still reading when the time limit passed.</summary>
    Hang,
}

/// <summary>A real input mutations start from.</summary>
internal sealed record FuzzSeed(string Name, byte[] Bytes);

/// <summary>What a run came to: counts by verdict, and each failure with its replay.</summary>
internal sealed class FuzzSummary
{
    public int Read { get; private set; }

    public int Refused { get; private set; }

    public int Bound { get; private set; }

    /// <summary>Inputs whose document was read, bound into a disclosure or not (a PDF of no budget is still read).</summary>
    public int Documents { get; private set; }

    public long MaxAllocatedBytes { get; private set; }

    public List<string> Failures { get; } = [];

    public void Add(FuzzOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Verdict == Verdict.Read) Read++;
        if (outcome.Verdict == Verdict.Refused) Refused++;
        if (outcome.Result?.Document?.Value is not null) Documents++;
        Bound += outcome.Result?.Disclosure.Value?.Tables.Sum(t => t.Rows.Sum(r => r.Cells.Count(c => c.Amount.IsNumber))) ?? 0;
        MaxAllocatedBytes = Math.Max(MaxAllocatedBytes, outcome.AllocatedBytes);
    }
}

/// <summary>One mutated input's fate, and what it cost.</summary>
internal sealed record FuzzOutcome(Verdict Verdict, string? Detail, IngestResult? Result, long AllocatedBytes, TimeSpan Elapsed)
{
    /// <summary>A hang's read, still running: it may end later (slow) or never (a loop).</summary>
    public Task? Pending { get; init; }
}

/// <summary>
/// Runs one input through the whole pipeline (read, bind, check) as the CLI does, on a thread of its own so that a
/// hang is seen after <c>timeout</c> rather than never, and judges the result against the readers' contract. Shared by
/// the bounded fuzz tests and the <c>tools/BudgetDisclosure.Fuzz</c> runner, so both hold the readers to the same rules.
/// </summary>
internal static class FuzzHarness
{
    /// <summary>The code of the pipeline's last-resort diagnostic: the user gets an error, the fuzzer sees a bug.</summary>
    public const string UnexpectedErrorCode = Messages.ReaderFailedCode;

    /// <summary>
    /// The seed of input <paramref name="index"/> of a run seeded <paramref name="runSeed"/> (SplitMix64), so that any one
    /// input replays without replaying those before it.
    /// </summary>
    public static int InputSeed(int runSeed, long index)
    {
        unchecked
        {
            var z = ((ulong)(uint)runSeed << 32) ^ (ulong)index;
            z += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }

    /// <summary>Input <paramref name="index"/> of a run: which seed it was mutated from, and its bytes.</summary>
    public static (string Seed, byte[] Bytes) Input(IReadOnlyList<FuzzSeed> seeds, SeedShape shape, int runSeed, long index, int maxBytes = Mutator.MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var random = new Random(InputSeed(runSeed, index));
        var seed = seeds[random.Next(seeds.Count)];
        return (seed.Name, Mutator.Mutate(seed.Bytes, shape, random, maxBytes));
    }

    /// <summary>The name input <paramref name="index"/> is read under: diagnostics must carry it.</summary>
    public static string InputName(string format, int runSeed, long index) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fuzz-{format}-{runSeed}-{index}.{format}");

    /// <summary>
    /// A bounded run, one input after the other (the tests'): every crash and hang with the seed and index that
    /// replay it through <see cref="Input"/> with the same seeds.
    /// </summary>
    public static FuzzSummary RunMany(DisclosurePipeline pipeline, string format, IReadOnlyList<FuzzSeed> seeds, int runSeed, int count, TimeSpan timeout, int maxBytes = Mutator.MaxBytes)
    {
        var summary = new FuzzSummary();
        var shape = Mutator.ShapeOf(format);
        for (var index = 0; index < count; index++)
        {
            var (seed, bytes) = Input(seeds, shape, runSeed, index, maxBytes);
            var outcome = Run(pipeline, bytes, InputName(format, runSeed, index), timeout);
            summary.Add(outcome);
            if (outcome.Verdict is Verdict.Crash or Verdict.Hang)
                summary.Failures.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{outcome.Verdict} at seed {runSeed}, index {index} (from {seed}, {bytes.Length} B; Input(seeds, {shape}, {runSeed}, {index}, {maxBytes}) gives it again): {outcome.Detail}"));
        }
        return summary;
    }

    public static FuzzOutcome Run(DisclosurePipeline pipeline, byte[] bytes, string name, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var clock = Stopwatch.StartNew();
        // A thread of its own: a hung read cannot be aborted, so it must not hold a thread the callers wait on.
        var task = Task.Factory.StartNew(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var result = Ingest(pipeline, DocumentInput.FromBytes(bytes, name));
                return (Result: result, Error: (Exception?)null, Allocated: GC.GetAllocatedBytesForCurrentThread() - before);
            }
#pragma warning disable CA1031 // the point is to see every exception a reader lets out
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return (Result: (IngestResult?)null, Error: ex, Allocated: GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(timeout))
            return new FuzzOutcome(Verdict.Hang, $"still reading after {timeout.TotalMilliseconds:0} ms", null, 0, clock.Elapsed) { Pending = task };
        var (result, error, allocated) = task.Result;
        if (error is not null)
            return new FuzzOutcome(Verdict.Crash, error.ToString(), null, allocated, clock.Elapsed);
        var violation = Violation(result!, name);
        if (violation is not null)
            return new FuzzOutcome(Verdict.Crash, violation, result, allocated, clock.Elapsed);
        return new FuzzOutcome(result!.Disclosure.Value is null ? Verdict.Refused : Verdict.Read, null, result, allocated, clock.Elapsed);
    }

    /// <summary>
    /// <see cref="DisclosurePipeline.Ingest(DocumentInput, BudgetDisclosure.Model.Disclosure?)"/> step by step, without its
    /// last-resort catch around the format, so that a reader's exception arrives here with its stack rather than as a
    /// diagnostic.
    /// </summary>
    private static IngestResult Ingest(DisclosurePipeline pipeline, DocumentInput input)
    {
        var document = pipeline.FormatOf(input).Read(input, pipeline.Limits);
        var bound = pipeline.Bind([document]);
        var report = bound.Value is not null && bound.Success ? pipeline.Check(bound.Value) : null;
        return new IngestResult(input.Name, document, bound, report);
    }

    /// <summary>
    /// What a result must be, whatever the input: a failure carries an error diagnostic naming the file; every
    /// diagnostic and every bound amount points into this input; and no reader fell into the pipeline's last resort.
    /// </summary>
    public static string? Violation(IngestResult result, string name)
    {
        ArgumentNullException.ThrowIfNull(result);
        var diagnostics = result.Diagnostics;
        if (diagnostics.FirstOrDefault(d => d.Code == UnexpectedErrorCode) is { } unexpected)
            return $"unexpected exception reported as {unexpected.Code}: {unexpected.Message}";
        if (diagnostics.FirstOrDefault(d => d.Source.File != name) is { } stray)
            return $"diagnostic {stray.Code} names '{stray.Source.File}', not '{name}'";
        var disclosure = result.Disclosure.Value;
        if (disclosure is null)
            return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Source.File == name)
                ? null
                : "no disclosure and no error diagnostic naming the file";
        var pages = result.Document?.Value?.PageCount ?? 0;
        foreach (var table in disclosure.Tables)
            foreach (var row in table.Rows)
                foreach (var cell in row.Cells)
                {
                    if (!cell.Amount.IsNumber) continue;
                    if (cell.Source.File != name) return $"{table.Kind} {row.Label}: amount from '{cell.Source.File}'";
                    if (cell.Source.Line < 0) return $"{table.Kind} {row.Label}: amount on line {cell.Source.Line}";
                    if (pages > 0 && cell.Source.Page is { } page && (page < 1 || page > pages))
                        return $"{table.Kind} {row.Label}: amount on page {page} of {pages}";
                }
        return null;
    }
}
