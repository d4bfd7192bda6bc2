using System.ComponentModel;
using System.Diagnostics;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Reading;

namespace BudgetDisclosure.Pdf.Tests.Support;

/// <summary>Runs poppler's <c>pdftotext -layout</c> at test time and reads its output with the text reader.</summary>
public static class Pdftotext
{
    public static SourceDocument ReadLayout(string pdf)
    {
        var output = Path.Combine(Path.GetTempPath(), $"bd-pdf-tests-{Guid.NewGuid():N}.txt");
        try
        {
            var start = new ProcessStartInfo("pdftotext") { UseShellExecute = false, RedirectStandardError = true };
            start.ArgumentList.Add("-layout");
            start.ArgumentList.Add(pdf);
            start.ArgumentList.Add(output);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception)
            {
                Skip.If(true, "跳过：本机没有安装 pdftotext（poppler-utils），两条读取路线的对比未运行。");
                throw;
            }
            using (process)
            {
                process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.Equal(0, process.ExitCode);
            }
            var read = TextDocumentReader.ReadFile(output);
            Assert.NotNull(read.Value);
            return read.Value!;
        }
        finally
        {
            File.Delete(output);
        }
    }
}
