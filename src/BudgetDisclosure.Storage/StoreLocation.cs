using Microsoft.Data.Sqlite;
using Npgsql;

namespace BudgetDisclosure.Storage;

/// <summary>Which database a store lives in.</summary>
public enum StoreProvider
{
    /// <summary>One file, nothing to install: the default.</summary>
    Sqlite,
    /// <summary>A server, for a whole province's documents.</summary>
    PostgreSql,
}

/// <summary>
/// Where a store is, from what a user types after <c>--db</c>: a file name (<c>budget.db</c>, or <c>Data Source=…</c>)
/// is SQLite; a PostgreSQL connection string (<c>Host=…;Database=…</c>) or URL (<c>postgresql://user@host/db</c>) is
/// PostgreSQL. The same commands work on both.
/// </summary>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString)
{
    public const string DefaultFile = "budget.db";

    /// <summary>What to show a person: the file, or the server and database without the password.</summary>
    public string Display => Provider switch
    {
        StoreProvider.Sqlite => new SqliteConnectionStringBuilder(ConnectionString).DataSource,
        _ => new NpgsqlConnectionStringBuilder(ConnectionString) is var b ? $"postgresql://{b.Host}:{b.Port}/{b.Database}" : "",
    };

    public static StoreLocation Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) text = DefaultFile;
        text = text.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new StoreLocation(StoreProvider.PostgreSql, FromUrl(new Uri(text)));
        if (LooksLikeKeywords(text, "host", "server"))
            return new StoreLocation(StoreProvider.PostgreSql, new NpgsqlConnectionStringBuilder(text).ConnectionString);
        var sqlite = LooksLikeKeywords(text, "data source", "datasource", "filename")
            ? new SqliteConnectionStringBuilder(text)
            : new SqliteConnectionStringBuilder { DataSource = text };
        // The writer is the importer's one thread; readers (queries, the web app) go on beside it under WAL.
        sqlite.Pooling = true;
        return new StoreLocation(StoreProvider.Sqlite, sqlite.ConnectionString);
    }

    private static bool LooksLikeKeywords(string text, params string[] keywords) =>
        text.Contains('=', StringComparison.Ordinal)
        && text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(part => keywords.Any(k => part.StartsWith(k + "=", StringComparison.OrdinalIgnoreCase) || part.StartsWith(k + " =", StringComparison.OrdinalIgnoreCase)));

    private static string FromUrl(Uri url)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = url.Host, Database = url.AbsolutePath.Trim('/') is { Length: > 0 } db ? Uri.UnescapeDataString(db) : "postgres" };
        if (url.Port > 0) builder.Port = url.Port;
        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2) builder[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
        }
        return builder.ConnectionString;
    }
}
