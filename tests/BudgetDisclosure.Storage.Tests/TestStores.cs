using BudgetDisclosure.Ingest;
using BudgetDisclosure.Pdf;
using BudgetDisclosure.Writing;
using BudgetDisclosure.Writing.Synthesis;
using Npgsql;

namespace BudgetDisclosure.Storage.Tests;

/// <summary>
/// A fresh, empty store of either kind for one test: a SQLite file in a temporary folder, or a database of its own on the
/// PostgreSQL server that <c>BUDGET_TEST_POSTGRES</c> names (.ci/run starts a throwaway cluster and sets it). Without
/// that variable the PostgreSQL tests skip with the reason, and fail under CI.
/// </summary>
public sealed class TestStore : IDisposable
{
    public const string PostgresVariable = "BUDGET_TEST_POSTGRES";

    private readonly string? folder;
    private readonly string? database;
    private readonly string? server;

    private TestStore(StoreLocation location, string? folder, string? database, string? server)
    {
        Location = location;
        this.folder = folder;
        this.database = database;
        this.server = server;
        Store = BudgetStore.Open(location);
    }

    public StoreLocation Location { get; }

    public BudgetStore Store { get; }

    public static IEnumerable<object[]> Providers() => [["sqlite"], ["postgresql"]];

    public static TestStore Create(string provider)
    {
        if (provider == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "budget-store-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestStore(StoreLocation.Parse(Path.Combine(folder, "budget.db")), folder, null, null);
        }
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        Precondition.Require(!string.IsNullOrWhiteSpace(server),
            $"跳过：没有 PostgreSQL（环境变量 {PostgresVariable} 未设置；.ci/run 会启动一个临时集群），PostgreSQL 存储测试未运行。");
        var name = "budget_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestStore(new StoreLocation(StoreProvider.PostgreSql, builder.ConnectionString), null, name, server);
    }

    public void Dispose()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
        if (database is not null && server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}

/// <summary>Documents to import: synthetic disclosures as Markdown bytes, and the pipeline every test reads them with.</summary>
public static class Inputs
{
    public static DisclosurePipeline Pipeline { get; } = new DisclosurePipelineBuilder().UsePdf().Build();

    public static string Markdown(int seed, int index) => MarkdownWriter.Write(Composer.Compose(SyntheticDisclosures.One(seed, index).Input));

    public static ImportItem Item(string name, string text) => new([ImportPart.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(text))]);

    public static IReadOnlyList<ImportItem> Synthetic(int count, int seed = 11) =>
        [.. Enumerable.Range(0, count).Select(i => Item($"synth-{seed}-{i}.md", Markdown(seed, i)))];

    public static IReadOnlyList<ImportResult> Import(BudgetStore store, IEnumerable<ImportItem> items, int workers = 2) =>
        new DisclosureImporter(store, Pipeline, new ImportOptions { Workers = workers }).ImportAsync(items).GetAwaiter().GetResult();
}
