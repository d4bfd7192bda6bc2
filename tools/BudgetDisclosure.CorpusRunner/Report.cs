using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BudgetDisclosure.CorpusRunner;

/// <summary>What one file gave: how it was read, which standard tables were found where, and what the checks report.</summary>
internal sealed record FileResult
{
    public required string File { get; init; }
    public bool Usable { get; init; }
    public string? Layout { get; init; }
    /// <summary>The template it was read under and how it was chosen: <c>xinjiang-budget (detected)</c>.</summary>
    public string? Template { get; init; }
    public int Pages { get; init; }
    public double ReadMs { get; init; }
    public double TotalMs { get; init; }
    /// <summary>Standard tables as "kind@place" (p4 for a page, a line number for text).</summary>
    public IReadOnlyList<string> Tables { get; init; } = [];
    public int OtherTables { get; init; }
    public IReadOnlyList<string> ReadErrors { get; init; } = [];
    public int ReadWarnings { get; init; }
    public int Errors { get; init; }
    public int Warnings { get; init; }
    public IReadOnlyDictionary<string, int> ErrorsByRule { get; init; } = new Dictionary<string, int>();
    /// <summary>The place the file comes from (its name's prefix before "__"), else its template's: what results are grouped by.</summary>
    public string Region { get; init; } = "";
    /// <summary>Tables whose own identities could be evaluated (verified or doubtful).</summary>
    public int TablesJudged { get; init; }
    /// <summary>Tables whose failures look like a misreading (BD0090).</summary>
    public int DoubtfulTables { get; init; }
    /// <summary>An exception escaped the reader, binder or checks: a bug, reported and the run goes on.</summary>
    public string? Fault { get; init; }
    /// <summary>SHA-256 of the disclosure as `budget parse --format json` writes it (every table, cell, claim and source).</summary>
    public string? ModelDigest { get; init; }
    /// <summary>SHA-256 of every finding (rule, severity, location, message, figures) in order.</summary>
    public string? FindingsDigest { get; init; }
    /// <summary>SHA-256 of every reading diagnostic (code, severity, location, message).</summary>
    public string? DiagnosticsDigest { get; init; }
}

internal static class Report
{
    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Markdown(IReadOnlyList<FileResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| 文件 | 可用 | 版式 | 模板 | 页 | 读取 ms | 合计 ms | 标准表 | 其他表 | 错误 | 警告 | 错误按规则 |");
        sb.AppendLine("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var usable = r.Fault is not null ? "故障" : r.Usable ? "是" : "否";
            var rules = string.Join(" ", r.ErrorsByRule.Select(p => $"{p.Key}×{p.Value}"));
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.File} | {usable} | {r.Layout} | {r.Template} | {r.Pages} | {r.ReadMs:0} | {r.TotalMs:0} | {r.Tables.Count} | {r.OtherTables} | {r.Errors} | {r.Warnings} | {rules} |");
        }
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| **合计 {results.Count}** | {results.Count(r => r.Usable)} | | {results.Sum(r => r.Pages)} | {results.Sum(r => r.ReadMs):0} | {results.Sum(r => r.TotalMs):0} | {results.Sum(r => r.Tables.Count)} | {results.Sum(r => r.OtherTables)} | {results.Sum(r => r.Errors)} | {results.Sum(r => r.Warnings)} | |");
        sb.AppendLine().AppendLine("按地区（读取存疑的表占可验证表的比例；读取诊断含 BD0090）：").AppendLine();
        sb.AppendLine("| 地区 | 文件 | 标准表 | 其他表 | 可验证 | 存疑 | 存疑比例 | 读取诊断 | 错误 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var g in Regions(results))
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {g.Region} | {g.Files} | {g.Tables} | {g.Other} | {g.Judged} | {g.Doubtful} | {Share(g.Doubtful, g.Judged)} | {g.ReadingDiagnostics} | {g.Errors} |");
        var all = Regions(results).Aggregate((a, b) => a + b);
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| **合计** | {all.Files} | {all.Tables} | {all.Other} | {all.Judged} | {all.Doubtful} | {Share(all.Doubtful, all.Judged)} | {all.ReadingDiagnostics} | {all.Errors} |");
        var unusable = results.Where(r => !r.Usable).ToList();
        if (unusable.Count > 0)
        {
            sb.AppendLine().AppendLine("不可用的文件：").AppendLine();
            foreach (var r in unusable)
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {r.File}：{r.Fault ?? string.Join("；", r.ReadErrors)}");
        }
        return sb.ToString();
    }

    /// <summary>What got worse since the baseline: more errors, a file no longer usable, a standard table no longer found.</summary>
    public static List<string> Compare(IReadOnlyList<FileResult> baseline, IReadOnlyList<FileResult> now)
    {
        var before = baseline.ToDictionary(r => r.File, StringComparer.Ordinal);
        var worse = new List<string>();
        foreach (var r in now)
        {
            if (!before.TryGetValue(r.File, out var b)) continue;
            if (r.Fault is not null && b.Fault is null) worse.Add($"{r.File}：出现故障 {r.Fault}");
            if (b.Usable && !r.Usable) worse.Add($"{r.File}：原可读取，现不可用（{string.Join("；", r.ReadErrors)}）");
            if (r.Errors > b.Errors)
            {
                var rules = r.ErrorsByRule.Where(p => p.Value > b.ErrorsByRule.GetValueOrDefault(p.Key)).Select(p => $"{p.Key} {b.ErrorsByRule.GetValueOrDefault(p.Key)}→{p.Value}");
                worse.Add($"{r.File}：错误 {b.Errors} → {r.Errors}（{string.Join("，", rules)}）");
            }
            if (r.DoubtfulTables > b.DoubtfulTables) worse.Add($"{r.File}：读取存疑的表 {b.DoubtfulTables} → {r.DoubtfulTables}");
            var lost = b.Tables.Select(Kind).Except(r.Tables.Select(Kind)).ToList();
            if (lost.Count > 0) worse.Add($"{r.File}：不再识别 {string.Join("、", lost)}");
        }
        return worse;
    }

    /// <summary>
    /// Every file whose reading, findings or diagnostics differ from the baseline in any way, better or worse: the proof
    /// that a refactor which should move code without changing behaviour changed nothing.
    /// </summary>
    public static List<string> Changed(IReadOnlyList<FileResult> baseline, IReadOnlyList<FileResult> now)
    {
        var before = baseline.ToDictionary(r => r.File, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var r in now)
        {
            if (!before.TryGetValue(r.File, out var b)) { changed.Add($"{r.File}：基线中没有"); continue; }
            var parts = new List<string>();
            if (b.ModelDigest != r.ModelDigest) parts.Add("读取结果");
            if (b.FindingsDigest != r.FindingsDigest) parts.Add("检查结果");
            if (b.DiagnosticsDigest != r.DiagnosticsDigest) parts.Add("读取诊断");
            if (b.Fault != r.Fault || b.Usable != r.Usable) parts.Add("可用性");
            if (b.Template is not null && b.Template != r.Template) parts.Add($"模板（{b.Template} → {r.Template}）");
            if (parts.Count > 0) changed.Add($"{r.File}：{string.Join("、", parts)}不同");
        }
        changed.AddRange(baseline.Where(b => !now.Any(r => r.File == b.File)).Select(b => $"{b.File}：本次没有"));
        return changed;
    }

    /// <summary>One region's figures, summed over its files.</summary>
    internal readonly record struct RegionFigures(string Region, int Files, int Tables, int Other, int Judged, int Doubtful, int ReadingDiagnostics, int Errors)
    {
        public static RegionFigures operator +(RegionFigures a, RegionFigures b) =>
            new("", a.Files + b.Files, a.Tables + b.Tables, a.Other + b.Other, a.Judged + b.Judged, a.Doubtful + b.Doubtful, a.ReadingDiagnostics + b.ReadingDiagnostics, a.Errors + b.Errors);
    }

    public static List<RegionFigures> Regions(IReadOnlyList<FileResult> results) =>
        // A baseline written before regions were recorded is grouped the same way from its names and templates.
        [.. results.GroupBy(r => r.Region.Length > 0 ? r.Region : RegionOf(r.File, r.Template?.Split(' ')[0])).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new RegionFigures(g.Key, g.Count(),
            g.Sum(r => r.Tables.Count), g.Sum(r => r.OtherTables), g.Sum(r => r.TablesJudged), g.Sum(r => r.DoubtfulTables),
            g.Sum(r => r.ReadWarnings + r.DoubtfulTables), g.Sum(r => r.Errors)))];

    /// <summary>
    /// The leave-one-region-out view of a change: each region's figures before and after, and whether it got better or
    /// worse. A change tuned on one region shows here as another region gone worse.
    /// </summary>
    public static List<string> CompareRegions(IReadOnlyList<FileResult> baseline, IReadOnlyList<FileResult> now)
    {
        var before = Regions(baseline).ToDictionary(r => r.Region, StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var r in Regions(now))
        {
            if (!before.TryGetValue(r.Region, out var b)) { lines.Add($"{r.Region}：基线中没有"); continue; }
            var worse = r.Errors > b.Errors || r.Tables < b.Tables || r.Doubtful > b.Doubtful;
            var better = r.Errors < b.Errors || r.Tables > b.Tables || r.Doubtful < b.Doubtful;
            var verdict = worse && better ? "有好有坏" : worse ? "变差" : better ? "变好" : "不变";
            lines.Add($"{r.Region}：{verdict}（标准表 {b.Tables}→{r.Tables}，存疑表 {b.Doubtful}→{r.Doubtful}，读取诊断 {b.ReadingDiagnostics}→{r.ReadingDiagnostics}，错误 {b.Errors}→{r.Errors}）");
        }
        return lines;
    }

    /// <summary>"pdf/北京__审计局_….pdf" comes from 北京; a file named otherwise goes by its template ("xinjiang-budget" → xinjiang).</summary>
    public static string RegionOf(string name, string? template)
    {
        var file = Path.GetFileName(name);
        var cut = file.IndexOf("__", StringComparison.Ordinal);
        if (cut > 0) return file[..cut];
        return template is null ? "（未知）" : template.Replace("-budget", "", StringComparison.Ordinal);
    }

    private static string Share(int part, int whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    public static string Digest(IEnumerable<string> lines)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(line));
            sha.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Kind(string table) => table.Split('@')[0];
}
