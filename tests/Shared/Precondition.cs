namespace BudgetDisclosure.Testing;

/// <summary>
/// Shared by the test projects: the one way a test skips for want of something outside the repository (the corpus
/// beside the checkout, a program such as pdftotext, tesseract or LibreOffice). Elsewhere the test skips with its
/// reason; where <c>CI</c> is set — <c>.ci/run</c> installs every one of these — a missing precondition fails the test,
/// so a CI run can never pass by skipping what it was meant to run. Skips that are meant to happen even in CI are listed
/// with their reasons in <c>tests/intended-skips.txt</c>, which <c>.ci/run</c> checks.
/// </summary>
public static class Precondition
{
    /// <summary>True when the run is CI's: <c>CI</c> set to anything but <c>false</c>/<c>0</c>.</summary>
    public static bool UnderCi => IsCi(Environment.GetEnvironmentVariable("CI"));

    internal static bool IsCi(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";

    /// <summary>Skips (or, under CI, fails) the test with <paramref name="reason"/> unless <paramref name="present"/>.</summary>
    public static void Require(bool present, string reason)
    {
        if (present) return;
        if (UnderCi) Assert.Fail($"CI 应当提供此前提，却缺失（.ci/run 是否安装了它？）：{reason}");
        Skip.If(true, reason);
    }

    /// <summary>True when a program of that name is on PATH.</summary>
    public static bool HasProgram(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(d => File.Exists(Path.Combine(d, name)));

    /// <summary>True when fontconfig knows a face of that family (<c>fc-list</c>); false without fontconfig.</summary>
    public static bool HasFont(string family)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("fc-list", [":", "family"])
            { RedirectStandardOutput = true, UseShellExecute = false })!;
            var families = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return families.Contains(family, StringComparison.OrdinalIgnoreCase);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Skips (under CI fails) unless the program is on PATH; <paramref name="package"/> is the Debian package that has it.</summary>
    public static void RequireProgram(string name, string package) =>
        Require(HasProgram(name), $"跳过：本机没有 {name}（apt-get install {package}），依赖它的测试未运行。");
}
