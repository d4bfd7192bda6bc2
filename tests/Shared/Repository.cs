namespace BudgetDisclosure.Testing;

/// <summary>Shared by the test projects: the repository's own files (samples/, docs/) found from the test assembly.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetDisclosure.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("BudgetDisclosure.slnx not found above the test assembly");
    });

    public static string Root => RootPath.Value;

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>The bundled sample disclosure in the tab-separated text layout.</summary>
    public static string SampleText => Directory.GetFiles(Path.Combine(Root, "samples"), "*.txt").Single();
}
