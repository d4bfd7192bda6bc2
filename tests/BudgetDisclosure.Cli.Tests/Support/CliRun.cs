namespace BudgetDisclosure.Cli.Tests.Support;

/// <summary>What one in-process run of <c>budget</c> printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, CliConsole.Redirected(output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A temporary directory for input files, removed afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "budget-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A minimal tab-separated disclosure with one expenditure table; 行政单位医疗 2101101 is 2.03.</summary>
    public string WriteGood(string name = "good.txt") => Write(name, string.Join('\n',
        "2026年单位预算公开",
        "",
        "表 3",
        "",
        "单位支出总体情况表",
        "",
        "编制单位：测试单位",
        "",
        "单位：万元",
        "",
        "科目\t\t\t支出预算\t\t",
        "科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出",
        "类\t款\t项\t\t\t\t",
        "210\t\t\t卫生健康支出\t2.03\t2.03\t",
        "210\t11\t\t行政事业单位医疗\t2.03\t2.03\t",
        "210\t11\t01\t行政单位医疗\t2.03\t2.03\t",
        "\t\t\t总计\t2.03\t2.03\t",
        ""));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
    }
}
