using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>
/// <c>budget import</c>, <c>query</c>, <c>export</c>, <c>units</c> and <c>check --db</c> as a user runs them, on the corpus:
/// the issue's "done when" — import the corpus, query a 江苏 unit's years, rank units on 三公经费, import again to no
/// change, a corrupt file reported while the rest are stored.
/// </summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private string Db => Path.Combine(_dir.Path, "budget.db");

    [SkippableFact]
    public void The_corpus_imports_once_and_answers_history_and_compare()
    {
        var corpus = Corpus.Require();
        var import = CliRun.Of("import", corpus, "--db", Db);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("新导入 28 个", import.Error, StringComparison.Ordinal);
        // The scans without --ocr and the corpus README are reported, not stored.
        Assert.Contains("扫描件", import.Error, StringComparison.Ordinal);
        Assert.Contains("README.md", import.Error, StringComparison.Ordinal);

        var history = CliRun.Of("query", "history", "政协办公厅", "--table", "expenditure", "--format", "csv", "--db", Db);
        Assert.True(history.ExitCode == 0, history.Error);
        Assert.Equal("unit,year,kind,scope,table,code,label,column,value,document", history.OutLines[0]);
        var years = history.OutLines.Skip(1).Select(l => l.Split(',')[1]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["2017", "2018", "2019"], years);

        var compare = CliRun.Of("query", "compare", "--year", "2026", "--measure", "three_public_total", "--format", "csv", "--db", Db);
        Assert.True(compare.ExitCode == 0, compare.Error);
        var ranked = compare.OutLines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.True(ranked.Count >= 5, compare.Out);
        Assert.Equal("1", ranked[0][0]);
        var values = ranked.Select(r => decimal.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.OrderDescending(), values);

        var again = CliRun.Of("import", corpus, "--db", Db);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("新导入 0 个，未变 28 个，新版本 0 个", again.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_corrupt_file_in_a_folder_is_reported_and_the_rest_stored()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, "in")).FullName;
        File.Copy(Corpus.Text("xinjiang-yanqi-medical-security-2026.txt"), Path.Combine(folder, "yanqi.txt"));
        File.Copy(Repository.SampleText, Path.Combine(folder, "sample.txt"));
        File.WriteAllBytes(Path.Combine(folder, "broken.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"u8.ToArray());
        var run = CliRun.Of("import", folder, "--db", Db);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("broken.pdf", run.Error, StringComparison.Ordinal);
        Assert.Contains("新导入 2 个", run.Error, StringComparison.Ordinal);
        Assert.Contains("失败 1 个", run.Error, StringComparison.Ordinal);

        var nothing = CliRun.Of("import", Path.Combine(folder, "broken.pdf"), "--db", Path.Combine(_dir.Path, "other.db"));
        Assert.Equal(2, nothing.ExitCode);
    }

    [SkippableFact]
    public void Check_with_the_store_verifies_last_years_figures()
    {
        var first = Corpus.Pdf("江苏__江苏省人民检察院_2018年省检察院部门预算公开.pdf");
        var second = Corpus.Pdf("江苏__江苏省人民检察院_2019年度部门预算公开.pdf");
        Assert.Equal(0, CliRun.Of("import", first, "--db", Db).ExitCode);
        var run = CliRun.Of("check", second, "--db", Db, "--format", "json");
        Assert.Contains("\"rule\": \"BD8001\"", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("未提供上年公开文件", run.Out, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Export_writes_tidy_data_an_archive_and_a_fiscal_data_package()
    {
        Assert.Equal(0, CliRun.Of("import", Repository.SampleText, Corpus.Text("xinjiang-yanqi-medical-security-2026.txt"), "--db", Db).ExitCode);
        var csv = Path.Combine(_dir.Path, "csv");
        Assert.Equal(0, CliRun.Of("export", "--format", "csv", "--out", csv, "--db", Db).ExitCode);
        var cells = File.ReadAllLines(Path.Combine(csv, "cells.csv"));
        Assert.StartsWith("unit,region,year,kind,scope,table,", cells[0], StringComparison.Ordinal);
        Assert.True(cells.Length > 100);
        Assert.True(File.ReadAllLines(Path.Combine(csv, "claims.csv")).Length > 10);

        var archive = Path.Combine(_dir.Path, "store.json");
        Assert.Equal(0, CliRun.Of("export", "--format", "json", "--out", archive, "--db", Db).ExitCode);
        var copy = Path.Combine(_dir.Path, "copy.db");
        var restored = CliRun.Of("import", archive, "--db", copy);
        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Contains("新导入 2 个", restored.Error, StringComparison.Ordinal);
        Assert.Equal(CliRun.Of("query", "findings", "--format", "csv", "--db", Db).Out, CliRun.Of("query", "findings", "--format", "csv", "--db", copy).Out);

        var xlsx = Path.Combine(_dir.Path, "x.xlsx");
        Assert.Equal(0, CliRun.Of("export", "--format", "xlsx", "--out", xlsx, "--db", Db).ExitCode);
        Assert.True(new FileInfo(xlsx).Length > 1000);

        var fdp = Path.Combine(_dir.Path, "fdp");
        Assert.Equal(0, CliRun.Of("export", "--format", "fdp", "--out", fdp, "--db", Db).ExitCode);
        Assert.True(File.Exists(Path.Combine(fdp, "datapackage.json")));
        Assert.True(File.ReadAllLines(Path.Combine(fdp, "budget.csv")).Length > 100);
    }

    [Fact]
    public void A_killed_import_keeps_whole_documents_and_running_it_again_finishes()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, "synth")).FullName;
        for (var i = 0; i < 150; i++)
        {
            var doc = BudgetDisclosure.Writing.Synthesis.SyntheticDisclosures.One(77, i);
            var text = BudgetDisclosure.Writing.MarkdownWriter.Write(BudgetDisclosure.Writing.Composer.Compose(doc.Input));
            File.WriteAllText(Path.Combine(folder, $"{i:D3}.md"), text.Replace(doc.Input.Disclosure.UnitName!, doc.Input.Disclosure.UnitName + $"第{i}分局", StringComparison.Ordinal));
        }
        var cli = Path.Combine(AppContext.BaseDirectory, "budget.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "import", folder, "--db", Db, "--jobs", "1" }) start.ArgumentList.Add(arg);
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            // Killed as a power cut would: once some documents are in, without warning.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (Count("SELECT COUNT(*) FROM documents") < 5 && !process.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(20);
            Assert.False(process.HasExited, "the import ended before it could be interrupted");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var kept = Count("SELECT COUNT(*) FROM documents");
        Assert.InRange(kept, 5, 149);
        // Every kept document is whole: its rule statuses and measures are there, and no row belongs to a lost one.
        Assert.Equal(0, Count("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM rule_status s WHERE s.document_id = d.id)"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM measures m WHERE m.document_id = d.id)"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM doc_rows WHERE document_id NOT IN (SELECT id FROM documents)"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM cells WHERE table_id NOT IN (SELECT id FROM doc_tables)"));

        var again = CliRun.Of("import", folder, "--db", Db);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains($"新导入 {150 - kept} 个，未变 {kept} 个", again.Error, StringComparison.Ordinal);
        Assert.Equal(150, Count("SELECT COUNT(*) FROM documents"));
    }

    private int Count(string sql)
    {
        if (!File.Exists(Db)) return 0;
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not created yet, or its schema not yet written
        }
    }

    [Fact]
    public void An_unknown_unit_is_an_error_and_a_vague_one_lists_the_candidates()
    {
        Assert.Equal(0, CliRun.Of("import", Repository.SampleText, "--db", Db).ExitCode);
        var none = CliRun.Of("query", "history", "不存在的单位", "--db", Db);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("没有单位", none.Error, StringComparison.Ordinal);
        var units = CliRun.Of("query", "units", "--format", "csv", "--db", Db);
        Assert.Equal("unit,year,kind,scope,region,template,document,imported", units.OutLines[0]);
        Assert.Equal(2, units.OutLines.Length);
    }
}
