using System.Text;
using System.Text.Json;
using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Good_input_exits_zero_with_json()
    {
        var good = _dir.WriteGood();
        var run = CliRun.Of("parse", good);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("1.3", doc.RootElement.GetProperty("schemaVersion").GetString());
        var document = Assert.Single(doc.RootElement.GetProperty("documents").EnumerateArray().ToList());
        Assert.Equal(good, document.GetProperty("path").GetString());
        var table = Assert.Single(document.GetProperty("disclosure").GetProperty("tables").EnumerateArray().ToList());
        Assert.Equal("expenditure", table.GetProperty("kind").GetString());
    }

    [Fact]
    public void Good_input_as_facts()
    {
        var good = _dir.WriteGood();
        var run = CliRun.Of("parse", "--format", "facts", good);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("table,code,label,column,value,source", run.OutLines[0]);
        Assert.Contains($"expenditure,2101101,行政单位医疗,支出预算/合计,2.03,{good}:16", run.OutLines);
    }

    [Fact]
    public void Good_input_as_plain_tables_when_redirected()
    {
        var good = _dir.WriteGood();
        var run = CliRun.Of("parse", "-f", "tables", good);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("单位支出总体情况表", run.Out, StringComparison.Ordinal);
        Assert.Contains("expenditure", run.Out, StringComparison.Ordinal);
        Assert.Contains("万元", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
        var line = Assert.Single(run.OutLines, l => l.Contains("2101101", StringComparison.Ordinal));
        Assert.Contains("行政单位医疗", line, StringComparison.Ordinal);
        Assert.Contains("2.03", line, StringComparison.Ordinal);
        Assert.All(run.OutLines, l => Assert.Equal(l.TrimEnd(), l));
    }

    [Fact]
    public void Missing_file_exits_two_naming_the_file()
    {
        var missing = Path.Combine(_dir.Path, "没有这个文件.txt");
        var run = CliRun.Of("parse", missing);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{missing}: error BD0001: 找不到文件。", run.Error, StringComparison.Ordinal);
        AssertNoTrace(run);
    }

    [Fact]
    public void Empty_file_exits_two_naming_the_file()
    {
        var empty = _dir.Write("empty.txt", "");
        var run = CliRun.Of("parse", "-f", "facts", empty);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{empty}(1): error BD0002:", run.Error, StringComparison.Ordinal);
        Assert.Equal(["table,code,label,column,value,source"], run.OutLines);
        AssertNoTrace(run);
    }

    [Fact]
    public void Binary_file_exits_two_naming_the_file()
    {
        var binary = _dir.Write("data.bin", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00, 0x7F, 0x00, 0x00, 0x00]);
        var run = CliRun.Of("parse", binary);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{binary}(1): error BD0003: 文件不是文本", run.Error, StringComparison.Ordinal);
        AssertNoTrace(run);
    }

    [Fact]
    public void A_pdf_goes_to_the_pdf_reader_whatever_its_name()
    {
        // Picked by content: a damaged PDF named .txt is reported by the PDF reader, not decoded as text.
        var pdf = _dir.Write("report.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"));
        var run = CliRun.Of("parse", pdf);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{pdf}: error BD0062: “report.txt”不是可读取的 PDF 文件", run.Error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(run.Out);
        var document = doc.RootElement.GetProperty("documents")[0];
        Assert.Equal(JsonValueKind.Null, document.GetProperty("disclosure").ValueKind);
        Assert.Equal("BD0062", document.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        AssertNoTrace(run);
    }

    [Fact]
    public void A_bad_pdf_does_not_stop_the_batch()
    {
        var bad = _dir.Write("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog"));
        var good = _dir.WriteGood();
        var run = CliRun.Of("parse", "--format", "facts", bad, good);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{bad}: error BD0062:", run.Error, StringComparison.Ordinal);
        Assert.Contains($"expenditure,2101101,行政单位医疗,支出预算/合计,2.03,{good}:16", run.OutLines);
        AssertNoTrace(run);
    }

    [Fact]
    public void Bad_file_does_not_stop_the_batch()
    {
        var bad = Path.Combine(_dir.Path, "missing.txt");
        var good = _dir.WriteGood();
        var run = CliRun.Of("parse", "--format", "facts", bad, good);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{bad}: error BD0001:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(good, run.Error, StringComparison.Ordinal);
        Assert.Equal("table,code,label,column,value,source", run.OutLines[0]);
        Assert.Contains($"expenditure,2101101,行政单位医疗,支出预算/合计,2.03,{good}:16", run.OutLines);
    }

    [Fact]
    public void Bad_file_does_not_stop_the_batch_in_json()
    {
        var bad = _dir.Write("empty.txt", "");
        var good = _dir.WriteGood();
        var run = CliRun.Of("parse", bad, good);
        Assert.Equal(2, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var documents = doc.RootElement.GetProperty("documents");
        Assert.Equal(2, documents.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, documents[0].GetProperty("disclosure").ValueKind);
        Assert.Equal(good, documents[1].GetProperty("path").GetString());
        Assert.Equal(1, documents[1].GetProperty("disclosure").GetProperty("tables").GetArrayLength());
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var run = CliRun.Of("parse", "--format", "xml", _dir.WriteGood());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
        Assert.Contains("budget parse --help", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Parse_without_files_is_a_usage_error()
    {
        var run = CliRun.Of("parse");
        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }

    [Fact]
    public void Help_is_chinese_and_exits_zero()
    {
        var run = CliRun.Of("parse", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--format", run.Out, StringComparison.Ordinal);
        Assert.Contains("输出格式", run.Out, StringComparison.Ordinal);
        Assert.Contains("json|facts|tables", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_printed()
    {
        var run = CliRun.Of("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }

    private static void AssertNoTrace(CliRun run)
    {
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
