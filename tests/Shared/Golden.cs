using System.Text;

namespace BudgetDisclosure.Testing;

/// <summary>
/// Shared by the test projects: golden files kept in the source tree beside the test that owns them. A run with
/// <c>UPDATE_GOLDEN=1</c> rewrites the files whose content changed, names each one, and still fails, so that nobody
/// mistakes a rewrite for a pass; under <c>CI</c> the rewrite is refused outright.
/// </summary>
public static class Golden
{
    /// <summary>The golden file <paramref name="name"/> in the <c>Golden/</c> folder of the test project <paramref name="testProject"/>.</summary>
    public static string PathOf(string testProject, params string[] name) =>
        System.IO.Path.Combine([Repository.Root, "tests", testProject, "Golden", .. name]);

    /// <summary>Compares <paramref name="actual"/> with the golden file at <paramref name="path"/> (line endings folded to \n).</summary>
    public static void Assert(string path, string actual) =>
        Assert(path, actual, Environment.GetEnvironmentVariable("UPDATE_GOLDEN"), Precondition.UnderCi, Console.Error);

    internal static void Assert(string path, string actual, string? update, bool underCi, TextWriter log)
    {
        actual = actual.ReplaceLineEndings("\n");
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (update == "1")
        {
            if (underCi)
                Xunit.Assert.Fail($"CI 下不允许 UPDATE_GOLDEN=1 改写 golden 文件（{path}）：请在本机更新并提交。");
            if (expected == actual) return;
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            log.WriteLine($"golden 已改写：{path}");
            Xunit.Assert.Fail($"golden 已改写：{path}。检查差异并提交后，不带 UPDATE_GOLDEN 再运行一次。");
        }
        Xunit.Assert.True(expected is not null, $"缺少 golden 文件 {path}；在本机用 UPDATE_GOLDEN=1 运行测试生成，检查后提交。");
        Xunit.Assert.Equal(expected, actual);
    }
}
