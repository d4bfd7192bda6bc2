using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

/// <summary><c>budget render</c> end to end from the JSON model of the sample, with golden files for MD, HTML and the DOCX text.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string SamplePath([CallerFilePath] string here = "") =>
        Directory.GetFiles(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "samples")), "*.txt").Single();

    private string SampleJson()
    {
        var parse = CliRun.Of("parse", SamplePath());
        Assert.Equal(0, parse.ExitCode);
        // Relative sources keep the golden files independent of where the repository is checked out.
        return _dir.Write("sample.json", parse.Out);
    }

    private static void AssertGolden(string name, string actual) => Golden.Assert(Golden.PathOf("BudgetDisclosure.Cli.Tests", name), actual);

    [Theory]
    [InlineData("md", "render-sample.md")]
    [InlineData("html", "render-sample.html")]
    public void Text_formats_match_their_golden_files(string format, string golden)
    {
        var json = SampleJson();
        var output = Path.Combine(_dir.Path, "out." + format);
        var run = CliRun.Of("render", json, "--to", format, "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        AssertGolden(golden, File.ReadAllText(output));
    }

    [Fact]
    public void Docx_document_text_matches_its_golden_file()
    {
        var json = SampleJson();
        var output = Path.Combine(_dir.Path, "out.docx");
        var run = CliRun.Of("render", json, "--to", "docx", "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        AssertGolden("render-sample.docx.txt", DocumentText(output));
    }

    /// <summary>document.xml as text: one line per paragraph, table rows as cells joined by " | ", merges marked.</summary>
    private static string DocumentText(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var body = XDocument.Load(stream).Root!.Element(w + "body")!;
        var sb = new StringBuilder();
        foreach (var element in body.Elements())
        {
            if (element.Name == w + "p") sb.Append(string.Concat(element.Descendants(w + "t").Select(t => t.Value))).Append('\n');
            else if (element.Name == w + "tbl")
                foreach (var row in element.Elements(w + "tr"))
                {
                    var header = row.Element(w + "trPr")?.Element(w + "tblHeader") is not null ? "H " : "  ";
                    sb.Append(header).Append(string.Join(" | ", row.Elements(w + "tc").Select(tc =>
                    {
                        var pr = tc.Element(w + "tcPr");
                        var span = pr?.Element(w + "gridSpan")?.Attribute(w + "val")?.Value;
                        var merge = pr?.Element(w + "vMerge");
                        var mark = (span is null ? "" : $"<{span}>") + (merge is null ? "" : merge.Attribute(w + "val")?.Value == "restart" ? "^" : "↓");
                        return mark + string.Concat(tc.Descendants(w + "t").Select(t => t.Value));
                    }))).Append('\n');
                }
        }
        return sb.ToString();
    }

    [Fact]
    public void Xlsx_is_written_with_a_sheet_per_table()
    {
        var json = SampleJson();
        var output = Path.Combine(_dir.Path, "out.xlsx");
        var run = CliRun.Of("render", json, "--to", "xlsx", "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        using var zip = ZipFile.OpenRead(output);
        Assert.True(zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)) >= 12 + 3);
    }

    [Fact]
    public void Missing_input_exits_two()
    {
        var run = CliRun.Of("render", Path.Combine(_dir.Path, "nope.json"), "--to", "md");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("BD0001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_are_warned_on_stderr()
    {
        // The sample without its narrative: its tables alone give no prior-year figures, so every change is a placeholder.
        var lines = File.ReadAllLines(SamplePath());
        var cut = Array.FindLastIndex(lines, l => l.StartsWith("第三部分", StringComparison.Ordinal));
        var tablesOnly = _dir.Write("tables.txt", string.Join('\n', lines[..cut]));
        var output = Path.Combine(_dir.Path, "out.md");
        var run = CliRun.Of("render", tablesOnly, "--to", "md", "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning BD0201", run.Error, StringComparison.Ordinal);
        Assert.Contains("【上年预算数待补充】", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Pdf_through_libreoffice_embeds_cjk_fonts()
    {
        Precondition.Require(BudgetDisclosure.OpenXml.PdfConverter.FindConverter() is not null, "LibreOffice（soffice）未安装：跳过 PDF 测试（.ci/run 会安装 libreoffice-writer-nogui 与 fonts-noto-cjk）。");
        var json = SampleJson();
        var output = Path.Combine(_dir.Path, "out.pdf");
        var run = CliRun.Of("render", json, "--to", "pdf", "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Precondition.Require(Precondition.HasProgram("pdffonts"), "poppler-utils 未安装：不检查嵌入字体。");
        var fonts = Run("pdffonts", output);
        Assert.Contains("CJK", fonts, StringComparison.Ordinal);
        var faces = fonts.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.DoesNotContain(faces, l => l.Contains(" no ", StringComparison.Ordinal) && l.Contains("CJK", StringComparison.Ordinal));
        // The body (SimSun) is set in a Song face and the headings (SimHei) in a Hei face — LibreOffice substitutes
        // Noto Serif/Sans CJK. (Every Noto CJK face shares one CFF named "…CJKjp", so the name does not tell SC from
        // JP: the glyph forms follow the text's language, zh-CN.)
        Assert.Contains(faces, l => l.Contains("SerifCJK", StringComparison.Ordinal) || l.Contains("SimSun", StringComparison.Ordinal));
        Assert.Contains(faces, l => l.Contains("SansCJK", StringComparison.Ordinal) || l.Contains("SimHei", StringComparison.Ordinal));
        var text = Run("pdftotext", output, "-");
        Assert.Contains("示例县医疗保障局", text, StringComparison.Ordinal);
        Assert.Contains("一般公共预算项目支出情况表", text, StringComparison.Ordinal);
    }


    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text;
    }
}
