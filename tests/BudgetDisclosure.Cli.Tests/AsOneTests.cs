using System.Text.Json;
using BudgetDisclosure.Cli.Commands;
using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>Disclosures published as two files (附件1 情况说明 + 附件2 报表) read as one.</summary>
public sealed class AsOneTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("北京__政府办公厅_附件1：中共北京市委军民融合发展委员会办公室2026年度部门预算情况说明.pdf", "北京__政府办公厅_中共北京市委军民融合发展委员会办公室2026年度部门预算")]
    [InlineData("北京__政府办公厅_附件2：中共北京市委军民融合发展委员会办公室2026年度部门预算报表.pdf", "北京__政府办公厅_中共北京市委军民融合发展委员会办公室2026年度部门预算")]
    [InlineData("某区财政局附件1-2026年部门预算情况说明.docx", "某区财政局2026年部门预算")]
    public void File_names_lose_their_part_words(string name, string key) => Assert.Equal(key, InputSources.NameKey(name));

    [Theory]
    [InlineData("北京__医疗保障局_2026年部门预算.pdf", "医疗保障局")]
    [InlineData("北京__2026年北京市医疗保障局部门预算.pdf", "北京市医疗保障局")]
    public void File_names_give_their_unit(string name, string core) => Assert.Equal(core, InputSources.NameCore(name));

    [Fact]
    public void Files_given_together_are_one_disclosure()
    {
        var text = File.ReadAllLines(Repository.SampleText);
        // The second 第三部分 line: the first is in the 目录.
        var split = Array.FindIndex(text, Array.FindIndex(text, l => l.StartsWith("第三部分", StringComparison.Ordinal)) + 1, l => l.StartsWith("第三部分", StringComparison.Ordinal));
        Assert.True(split > 0);
        // The tables half (with the front matter) and the narrative half, as two files.
        var tables = _dir.Write("附件2 报表.txt", string.Join('\n', text[..split]));
        var narrative = _dir.Write("附件1 情况说明.txt", string.Join('\n', text[split..]));

        var apart = CliRun.Of("check", "--format", "json", narrative, tables);
        var together = CliRun.Of("check", "--format", "json", "--as-one", narrative, tables);
        using var a = JsonDocument.Parse(apart.Out);
        using var t = JsonDocument.Parse(together.Out);
        Assert.Equal(2, a.RootElement.GetProperty("documents").GetArrayLength());
        var one = Assert.Single(t.RootElement.GetProperty("documents").EnumerateArray().ToList());
        Assert.Equal($"{narrative} + {tables}", one.GetProperty("path").GetString());
        // Read as one, the narrative meets its tables: every restated amount is checked, and all hold.
        var restated = one.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("rule").GetString() == "BD3001");
        Assert.Equal("passed", restated.GetProperty("status").GetString());
        Assert.True(together.ExitCode == 0, together.Out);
    }

    [SkippableFact]
    public void A_folder_is_paired_by_unit_and_year()
    {
        var names = new[]
        {
            "北京__2026年北京市医疗保障局部门预算.pdf",
            "北京__医疗保障局_2026年部门预算.pdf",
            "北京__政府办公厅_附件1：中共北京市委军民融合发展委员会办公室2026年度部门预算情况说明.pdf",
            "北京__政府办公厅_附件2：中共北京市委军民融合发展委员会办公室2026年度部门预算报表.pdf",
        };
        foreach (var name in names) File.Copy(Corpus.Pdf(name), Path.Combine(_dir.Path, name));
        var sources = InputSources.From([_dir.Path], asOne: true);
        Assert.Equal(2, sources.Count);
        Assert.All(sources, s => Assert.Equal(2, s.Paths.Count));
        Assert.Contains(sources, s => s.Paths.All(p => p.Contains("医疗保障局", StringComparison.Ordinal)));
        Assert.Contains(sources, s => s.Paths.All(p => p.Contains("军民融合", StringComparison.Ordinal)));
    }
}
