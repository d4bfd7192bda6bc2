using System.ComponentModel;
using System.Diagnostics;
using BudgetDisclosure.Testing;

namespace BudgetDisclosure.Pdf.Tests.Support;

/// <summary>
/// The text extraction tools people run on a disclosure's PDF before they have this project, each as Debian installs it:
/// poppler's <c>pdftotext</c> (default, <c>-layout</c>, <c>-raw</c>), pdfminer.six's <c>pdf2txt</c>, MuPDF's
/// <c>mutool draw -F txt</c> and PyMuPDF's <c>page.get_text()</c>. Their output is made at test time into the temporary
/// folder (kept there under the PDF's name, size and time, so a suite that reads it again runs the tool once) and is
/// never committed.
/// </summary>
public sealed record ExtractionTool(string Name, string Program, string Package, string Limit, Func<string, string, IReadOnlyList<string>> Arguments)
{
    /// <summary>PyMuPDF as Debian installs it (python3-fitz) lives with Debian's python, not with a python of one's own on PATH.</summary>
    private static string DebianPython => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private const string PyMuPdfScript =
        "import sys, fitz\n" +
        "doc = fitz.open(sys.argv[1])\n" +
        "open(sys.argv[2], 'w', encoding='utf-8').write(''.join(page.get_text() + '\\f' for page in doc))\n";

    public static IReadOnlyList<ExtractionTool> All { get; } =
    [
        // Limit: the anchor in docs/extraction.md that explains what the tool's text cannot give back.
        new("pdftotext", "pdftotext", "poppler-utils", "reading-order", (pdf, output) => [pdf, output]),
        new("pdftotext-layout", "pdftotext", "poppler-utils", "layout-columns", (pdf, output) => ["-layout", pdf, output]),
        new("pdftotext-raw", "pdftotext", "poppler-utils", "content-order", (pdf, output) => ["-raw", pdf, output]),
        new("pdfminer", "pdf2txt", "python3-pdfminer", "text-boxes", (pdf, output) => ["-o", output, pdf]),
        new("mutool", "mutool", "mupdf-tools", "cells-per-line", (pdf, output) => ["draw", "-q", "-F", "txt", "-o", output, pdf]),
        new("pymupdf", DebianPython, "python3-fitz", "cells-per-line", (pdf, output) => ["-c", PyMuPdfScript, pdf, output]),
    ];

    public static ExtractionTool Named(string name) => All.Single(t => t.Name == name);

    /// <summary>The tool's text of <paramref name="pdf"/>, as a file path in the temporary folder.</summary>
    public string TextOf(string pdf)
    {
        var info = new FileInfo(pdf);
        var cache = Path.Combine(Path.GetTempPath(), "bd-extraction-cache");
        Directory.CreateDirectory(cache);
        var kept = Path.Combine(cache, $"{Path.GetFileNameWithoutExtension(pdf)}.{info.Length}.{info.LastWriteTimeUtc.Ticks}.{Name}.txt");
        if (File.Exists(kept)) return kept;
        var output = kept + $".{Guid.NewGuid():N}.tmp";
        var start = new ProcessStartInfo(Program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in Arguments(pdf, output)) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            Precondition.Require(false, $"跳过：本机没有 {Program}（apt-get install {Package}），{Name} 的提取测试未运行。");
            throw;
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var message = errors.Result;
            Precondition.Require(process.ExitCode == 0 || !message.Contains("No module named", StringComparison.Ordinal),
                $"跳过：本机的 python3 没有 PyMuPDF（apt-get install {Package}）：{message.Trim()}");
            Assert.True(process.ExitCode == 0, $"{Name} 提取 {pdf} 失败（退出码 {process.ExitCode}）：{message}");
        }
        File.Move(output, kept, overwrite: true);
        return kept;
    }
}
