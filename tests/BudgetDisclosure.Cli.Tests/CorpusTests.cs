using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

public class CorpusTests
{
    [SkippableFact]
    public void Yanqi_facts_cover_several_tables_and_a_known_cell()
    {
        var path = Corpus.Text("xinjiang-yanqi-medical-security-2026.txt");
        var run = CliRun.Of("parse", "--format", "facts", path);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.OutLines;
        Assert.Equal("table,code,label,column,value,source", lines[0]);
        var tables = lines.Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToHashSet();
        Assert.Superset(new HashSet<string> { "income_expenditure_summary", "income", "expenditure", "general_public_expenditure", "general_public_basic_expenditure" }, tables);
        var cell = Assert.Single(lines, l => l.StartsWith("expenditure,2101101,", StringComparison.Ordinal) && l.Contains(",支出预算/合计,", StringComparison.Ordinal));
        var fields = cell.Split(',');
        Assert.Equal("行政单位医疗", fields[2]);
        Assert.Equal("2.03", fields[4]);
        Assert.StartsWith(path + ":", fields[5], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Every_text_in_the_corpus_parses_to_json()
    {
        var dir = Corpus.Require("text");
        var files = Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToArray();
        var run = CliRun.Of(["parse", .. files]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Out);
        var documents = doc.RootElement.GetProperty("documents");
        Assert.Equal(files.Length, documents.GetArrayLength());
        foreach (var document in documents.EnumerateArray())
            Assert.True(document.GetProperty("disclosure").GetProperty("tables").GetArrayLength() > 0, document.GetProperty("path").GetString());
    }
}

public class PdfCorpusTests
{
    [SkippableFact]
    public void A_corpus_pdf_parses_to_facts_traced_to_their_line()
    {
        var path = Corpus.Require("pdf", "长沙__2026年长沙市信访局部门预算.pdf");
        var run = CliRun.Of("parse", "--format", "facts", path);
        Assert.True(run.ExitCode == 0, run.Error);
        var cell = Assert.Single(run.OutLines, l => l.StartsWith("expenditure,2014004,信访业务,", StringComparison.Ordinal) && l.Contains(",总计,", StringComparison.Ordinal));
        var fields = cell.Split(',');
        Assert.Equal("417.41", fields[4]);
        Assert.StartsWith(path + ":", fields[5], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_scanned_pdf_exits_two_saying_it_is_scanned()
    {
        var path = Corpus.Require("scanned", "榆林__信访局_2026年部门预算.pdf");
        var run = CliRun.Of("check", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}: error BD0060:", run.Error, StringComparison.Ordinal);
        Assert.Contains("扫描件", run.Error, StringComparison.Ordinal);
    }
}
