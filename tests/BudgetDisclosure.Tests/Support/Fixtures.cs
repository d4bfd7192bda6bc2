namespace BudgetDisclosure.Tests.Support;

/// <summary>The project's own small fixtures, copied beside the test assembly.</summary>
public static class Fixtures
{
    public static string Path(params string[] relative) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. relative]);

    public static string Read(params string[] relative) => File.ReadAllText(Path(relative));
}
