using System.Diagnostics;
using System.Runtime.CompilerServices;
using BudgetDisclosure.Cli.Tests.Support;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.OpenXml;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>
/// The seventh tool of the extraction matrix (docs/extraction.md): LibreOffice's "save as text" of a Word file. LibreOffice
/// opens a PDF in Draw, whose text export writes nothing, so it is measured on what people do save from it: a DOCX, here
/// the bundled sample rendered by <c>budget render</c>. LibreOffice writes every table cell on a line of its own, the
/// empty ones as empty lines.
/// </summary>
public sealed class LibreOfficeTextTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string SamplePath([CallerFilePath] string here = "") =>
        Directory.GetFiles(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "samples")), "*.txt").Single();

    /// <summary>
    /// Measured 0.949 (2026-12-04): every one-sided table reads whole; the two-sided 收支总表 and 财政拨款收支总表 do not,
    /// because a cell per line keeps no trace of which panel (收入 | 支出) a row's second half stands in.
    /// </summary>
    private const double Floor = 0.94;

    [SkippableFact]
    public void Text_saved_by_libreoffice_reads_to_the_amounts_of_the_docx()
    {
        Precondition.Require(PdfConverter.FindConverter() is not null, "LibreOffice（soffice）未安装：跳过 LibreOffice 文本测试（.ci/run 会安装 libreoffice-writer-nogui）。");
        var parse = CliRun.Of("parse", SamplePath());
        Assert.Equal(0, parse.ExitCode);
        var json = _dir.Write("sample.json", parse.Out);
        var docx = Path.Combine(_dir.Path, "sample.docx");
        var render = CliRun.Of("render", json, "--to", "docx", "--out", docx);
        Assert.True(render.ExitCode == 0, render.Error);

        var text = SaveAsText(docx);
        var fromDocx = TableCells.Of(BudgetDisclosure.Cli.Pipelines.Default.ReadDocument(docx).Value!);
        var fromText = TableCells.Of(DisclosurePipeline.Text.ReadDocument(text).Value!);
        var total = fromDocx.Values.Sum();
        var share = TableCells.Share(fromDocx, fromText);
        Assert.True(total > 150, $"only {total} cells read from the DOCX");
        Assert.True(share >= Floor, $"{share:P1} of the DOCX's {total} cells read from LibreOffice's text");
    }

    private string SaveAsText(string docx)
    {
        var profile = new Uri(Path.Combine(_dir.Path, "profile")).AbsoluteUri;
        var start = new ProcessStartInfo(PdfConverter.FindConverter()!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", _dir.Path, docx })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "LibreOffice did not finish");
        var text = Path.ChangeExtension(docx, ".txt");
        Assert.True(File.Exists(text), $"LibreOffice wrote no text: {error.Result}");
        return text;
    }
}
