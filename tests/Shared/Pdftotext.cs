using System.ComponentModel;
using System.Diagnostics;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Testing;

/// <summary>
/// Shared by the test projects: runs poppler's <c>pdftotext</c> (with <c>-layout</c> unless asked not to) at test time
/// and reads its output with the text reader; skips visibly where poppler-utils is not installed.
/// </summary>
public static class Pdftotext
{
    public static SourceDocument Read(string pdf, bool layout = true)
    {
        var output = Path.Combine(Path.GetTempPath(), $"bd-pdftotext-{Guid.NewGuid():N}.txt");
        try
        {
            Run(pdf, layout, output);
            var read = DisclosurePipeline.Text.ReadDocument(output);
            Assert.NotNull(read.Value);
            return read.Value!;
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>
    /// pdftotext's output for <paramref name="pdf"/>, kept in the temporary folder under the PDF's name, size and time,
    /// so that a suite that reads the same PDFs many times (a Stryker run starts a test host for every mutant) runs the
    /// tool once.
    /// </summary>
    public static string Text(string pdf, bool layout = true)
    {
        var info = new FileInfo(pdf);
        var cache = Path.Combine(Path.GetTempPath(), "bd-pdftotext-cache");
        Directory.CreateDirectory(cache);
        var kept = Path.Combine(cache, $"{Path.GetFileNameWithoutExtension(pdf)}.{info.Length}.{info.LastWriteTimeUtc.Ticks}.{(layout ? "layout" : "plain")}.txt");
        if (!File.Exists(kept))
        {
            var output = kept + $".{Guid.NewGuid():N}.tmp";
            Run(pdf, layout, output);
            File.Move(output, kept, overwrite: true);
        }
        return File.ReadAllText(kept);
    }

    private static void Run(string pdf, bool layout, string output)
    {
        var start = new ProcessStartInfo("pdftotext") { UseShellExecute = false, RedirectStandardError = true };
        if (layout) start.ArgumentList.Add("-layout");
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add(output);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            Precondition.Require(false, "跳过：本机没有安装 pdftotext（poppler-utils），依赖它的 PDF 测试未运行。");
            throw;
        }
        using (process)
        {
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
    }
}
