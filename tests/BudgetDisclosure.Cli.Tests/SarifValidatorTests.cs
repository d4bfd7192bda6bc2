using System.Diagnostics;
using System.Text.Json;
using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>
/// The SARIF log of a real corpus text passes Microsoft's SARIF validator (<c>sarif-multitool validate</c>, from npm's
/// @microsoft/sarif-multitool, which .ci/run installs) without a single error or warning, in both languages.
/// </summary>
public sealed class SarifValidatorTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [SkippableTheory]
    [InlineData("zh")]
    [InlineData("en")]
    public void A_corpus_log_passes_the_validator(string lang)
    {
        var text = Corpus.Text("xinjiang-yanqi-medical-security-2026.txt");
        Precondition.Require(Precondition.HasProgram("sarif-multitool"),
            "跳过：本机没有 sarif-multitool（npm install --global @microsoft/sarif-multitool@5.7.0），SARIF 校验未运行。");
        var run = CliRun.Of("check", text, "--format", "sarif", "--lang", lang);
        Assert.Equal(1, run.ExitCode);
        var log = _dir.Write($"yanqi-{lang}.sarif", run.Out);
        var report = Path.Combine(_dir.Path, $"validation-{lang}.sarif");

        var (code, output) = Validate(log, report);

        // The validator exits 0 whatever it finds; what it found is in its own SARIF log.
        Assert.True(code == 0 && File.Exists(report), output);
        using var validation = JsonDocument.Parse(File.ReadAllText(report));
        var validatorRun = validation.RootElement.GetProperty("runs")[0];
        Assert.All(validatorRun.GetProperty("invocations").EnumerateArray(), i => Assert.True(i.GetProperty("executionSuccessful").GetBoolean(), output));
        var problems = validatorRun.GetProperty("results").EnumerateArray()
            .Where(r => (r.TryGetProperty("level", out var level) ? level.GetString() : "warning") is "error" or "warning")
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {string.Join(" | ", r.GetProperty("message").GetProperty("arguments").EnumerateArray().Select(a => a.GetString()))}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static (int Code, string Output) Validate(string log, string report)
    {
        var start = new ProcessStartInfo("sarif-multitool") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "validate", log, "--output", report, "--log", "ForceOverwrite", "--quiet" }) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var error = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output + error.Result);
    }
}
