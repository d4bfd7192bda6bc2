using Xunit.Sdk;

namespace BudgetDisclosure.Tests;

/// <summary>The golden-file guard every golden test goes through (tests/Shared/Golden.cs).</summary>
public sealed class GoldenGuardTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bd-golden-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string content)
    {
        var path = Path.Combine(_dir, "g.txt");
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_matching_golden_passes_and_a_different_one_fails()
    {
        var path = File("a\nb\n");
        Golden.Assert(path, "a\r\nb\r\n", update: null, underCi: false, TextWriter.Null);
        Assert.ThrowsAny<XunitException>(() => Golden.Assert(path, "a\nc\n", update: null, underCi: false, TextWriter.Null));
    }

    [Fact]
    public void A_missing_golden_fails_without_being_written()
    {
        var path = Path.Combine(_dir, "missing.txt");
        Assert.ThrowsAny<XunitException>(() => Golden.Assert(path, "x", update: null, underCi: false, TextWriter.Null));
        Assert.False(System.IO.File.Exists(path));
    }

    [Fact]
    public void Rewriting_a_golden_names_the_file_and_still_fails()
    {
        var path = File("old\n");
        var log = new StringWriter();
        var failure = Assert.ThrowsAny<XunitException>(() => Golden.Assert(path, "new\n", update: "1", underCi: false, log));
        Assert.Equal("new\n", System.IO.File.ReadAllText(path));
        Assert.Contains(path, log.ToString(), StringComparison.Ordinal);
        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
        // The next run, without UPDATE_GOLDEN, compares against what was written.
        Golden.Assert(path, "new\n", update: null, underCi: false, TextWriter.Null);
    }

    [Fact]
    public void Updating_a_golden_that_did_not_change_passes_and_writes_nothing()
    {
        var path = File("same\n");
        var log = new StringWriter();
        Golden.Assert(path, "same\n", update: "1", underCi: false, log);
        Assert.Empty(log.ToString());
    }

    [Fact]
    public void Ci_refuses_to_rewrite_a_golden()
    {
        var path = File("old\n");
        Assert.ThrowsAny<XunitException>(() => Golden.Assert(path, "new\n", update: "1", underCi: true, TextWriter.Null));
        Assert.ThrowsAny<XunitException>(() => Golden.Assert(path, "old\n", update: "1", underCi: true, TextWriter.Null));
        Assert.Equal("old\n", System.IO.File.ReadAllText(path));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Ci_is_told_by_the_CI_variable(string? value, bool ci) => Assert.Equal(ci, Precondition.IsCi(value));
}
