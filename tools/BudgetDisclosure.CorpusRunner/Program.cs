using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BudgetDisclosure;
using BudgetDisclosure.Checks;
using BudgetDisclosure.CorpusRunner;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Html;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Model;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Output;
using BudgetDisclosure.Pdf;

// corpus-runner DIR... [--md FILE] [--json FILE] [--baseline FILE [--identical]]
// Reads and checks every document under the given folders as `budget check` does, one file at a time (one bad file
// never stops the rest), and reports per file what was read and what the checks found. With --baseline (the --json of
// an earlier run) it shows each region's figures before and after (which regions a change made better, which worse)
// and lists the files that got worse and exits 1, so a reader change that adds misreads is seen at once; with
// --identical as well it exits 1 when anything read, found or diagnosed differs at all (for refactors that move code).
var folders = new List<string>();
string? markdownPath = null, jsonPath = null, baselinePath = null;
var identical = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--md" when i + 1 < args.Length: markdownPath = args[++i]; break;
        case "--json" when i + 1 < args.Length: jsonPath = args[++i]; break;
        case "--baseline" when i + 1 < args.Length: baselinePath = args[++i]; break;
        case "--identical": identical = true; break;
        case "-h" or "--help":
            Console.WriteLine("用法：corpus-runner 目录... [--md 报告.md] [--json 结果.json] [--baseline 上次结果.json [--identical]]");
            return 0;
        default:
            if (args[i].StartsWith("--", StringComparison.Ordinal)) { Console.Error.WriteLine($"未知选项：{args[i]}"); return 2; }
            folders.Add(args[i]);
            break;
    }
}
if (folders.Count == 0) { Console.Error.WriteLine("请给出至少一个目录（例如 ../shared/corpus）。"); return 2; }
var missing = folders.Where(f => !Directory.Exists(f)).ToList();
if (missing.Count > 0) { Console.Error.WriteLine($"目录不存在：{string.Join("、", missing)}"); return 2; }

var files = folders
    .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories).Select(p => (Root: f, Path: p)))
    .Where(f => !Path.GetFileName(f.Path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
    .OrderBy(f => f.Path, StringComparer.Ordinal)
    .ToList();
// The formats `budget` reads, in its order (src/BudgetDisclosure.Cli/Pipelines.cs): the runner must read exactly as it does.
var pipeline = new DisclosurePipelineBuilder().UsePdf().UseHtml().UseOpenXml().Build();
var results = new List<FileResult>();
foreach (var (root, path) in files)
{
    if (!Console.IsErrorRedirected) Console.Error.WriteLine($"[{results.Count + 1}/{files.Count}] {Path.GetRelativePath(root, path)}");
    results.Add(Run(pipeline, Path.GetRelativePath(root, path), path));
}

var report = Report.Markdown(results);
if (markdownPath is null) Console.Write(report);
else File.WriteAllText(markdownPath, report, new UTF8Encoding(false));
if (jsonPath is not null) File.WriteAllText(jsonPath, JsonSerializer.Serialize(results, Report.Json), new UTF8Encoding(false));

if (baselinePath is null) return 0;
var baseline = JsonSerializer.Deserialize<List<FileResult>>(File.ReadAllText(baselinePath), Report.Json) ?? [];
foreach (var line in Report.CompareRegions(baseline, results)) Console.Error.WriteLine(line);
var worse = Report.Compare(baseline, results);
foreach (var line in worse) Console.Error.WriteLine(line);
Console.Error.WriteLine(worse.Count == 0 ? "与基线相比没有变差的文件。" : $"与基线相比变差：{worse.Count} 处。");
if (!identical) return worse.Count == 0 ? 0 : 1;
var changed = Report.Changed(baseline, results);
foreach (var line in changed) Console.Error.WriteLine(line);
Console.Error.WriteLine(changed.Count == 0 ? $"与基线完全相同：{results.Count} 个文件。" : $"与基线不同：{changed.Count} 个文件。");
return worse.Count == 0 && changed.Count == 0 ? 0 : 1;

static FileResult Run(DisclosurePipeline pipeline, string name, string path)
{
    var clock = Stopwatch.StartNew();
    try
    {
        var document = pipeline.ReadDocument(path);
        var readMs = clock.Elapsed.TotalMilliseconds;
        var bound = pipeline.Bind([document]);
        var diagnostics = bound.Diagnostics;
        var disclosure = bound.Value;
        var checkReport = disclosure is null ? null : pipeline.Check(disclosure);
        IReadOnlyList<Finding> findings = checkReport?.Findings ?? [];
        return new FileResult
        {
            File = name,
            Usable = disclosure is not null && bound.Success,
            Layout = document.Value?.Layout.ToString(),
            Pages = document.Value?.PageCount ?? 0,
            ReadMs = Math.Round(readMs, 1),
            TotalMs = Math.Round(clock.Elapsed.TotalMilliseconds, 1),
            Tables = disclosure is null ? [] : [.. disclosure.Tables.Where(t => t.Kind != TableKey.Other).Select(t => $"{t.Kind.ToChinese()}@{t.Source.Place}")],
            OtherTables = disclosure?.Tables.Count(t => t.Kind == TableKey.Other) ?? 0,
            ReadErrors = [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Code} {d.Message}")],
            ReadWarnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            Errors = findings.Count(f => f.Severity == Severity.Error),
            Warnings = findings.Count(f => f.Severity == Severity.Warning),
            ErrorsByRule = findings.Where(f => f.Severity == Severity.Error).GroupBy(f => f.Rule.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Template = disclosure?.Template is { } t ? $"{t.Id} ({t.Choice.ToString().ToLowerInvariant()})" : null,
            Region = Report.RegionOf(name, disclosure?.Template?.Id),
            TablesJudged = checkReport?.Tables.Count(t => t.Status != ReadingStatus.Unverifiable) ?? 0,
            DoubtfulTables = checkReport?.Tables.Count(t => t.Status == ReadingStatus.Doubtful) ?? 0,
            // The template is its own field: the digest is of what was read under it.
            ModelDigest = disclosure is null ? null : Report.Digest([JsonSerializer.Serialize(JsonMapper.ToJson(disclosure) with { Template = null }, BudgetJson.Context.DisclosureJson)]),
            FindingsDigest = Report.Digest(findings.Select(f => string.Join('\t', f.Rule.Id, f.Severity, f.Location.ToCompilerString(), f.GetMessage(MessageLanguage.Chinese), f.Expected, f.Actual, f.Difference, f.Tolerance, f.Group, f.LikelyCell, string.Join(';', f.Cells)))),
            DiagnosticsDigest = Report.Digest(diagnostics.Select(d => string.Join('\t', d.Code, d.Severity, d.Source, d.Message))),
        };
    }
#pragma warning disable CA1031 // a runner over many files reports a fault in one and goes on with the others
    catch (Exception ex)
#pragma warning restore CA1031
    {
        return new FileResult { File = name, Usable = false, Fault = $"{ex.GetType().Name}: {ex.Message}", TotalMs = clock.Elapsed.TotalMilliseconds };
    }
}
