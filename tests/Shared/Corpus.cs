namespace BudgetDisclosure.Testing;

/// <summary>
/// Shared by the test projects (linked into each). Finds <c>shared/corpus</c> beside the repository (tests read it in place; nothing is copied in).
/// Tests that need it call <see cref="Require"/>, which skips them with a visible reason when it is absent.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string?> RootPath = new(Find);

    public static string? Root => RootPath.Value;

    public static string Require(params string[] relative)
    {
        Skip.If(Root is null, "跳过：找不到 ../shared/corpus（语料不在本机），语料测试未运行。");
        var path = Path.Combine([Root!, .. relative]);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"跳过：语料中没有 {string.Join('/', relative)}。");
        return path;
    }

    public static string Text(string name) => Require("text", name);

    public static string Pdf(string name) => Require("pdf", name);

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("BUDGET_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "corpus");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }
}
