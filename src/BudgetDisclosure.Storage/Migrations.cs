using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace BudgetDisclosure.Storage;

/// <summary>
/// Versioned schema migrations: numbered SQL scripts (<c>Migrations/&lt;database&gt;/0001_initial.sql</c>), embedded,
/// applied in order on open, each in its own transaction with its row in <c>schema_version</c>. Plain scripts rather
/// than DbUp or FluentMigrator: the two databases need their own types anyway, the scripts are the documentation of the
/// schema, and the served DbUp packages do not agree on one core version (docs/storage.md).
/// </summary>
internal static class Migrations
{
    public sealed record Script(int Version, string Name, string Sql);

    public static IReadOnlyList<Script> For(StoreDialect dialect)
    {
        var assembly = typeof(Migrations).Assembly;
        var prefix = "BudgetDisclosure.Storage.Migrations." + dialect.MigrationFolder + ".";
        var scripts = new List<Script>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..^".sql".Length];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            scripts.Add(new Script(version, name, Read(assembly, resource)));
        }
        // A build without its scripts would open every store as empty: that is a broken build, not an empty store.
        if (scripts.Count == 0) throw new InvalidOperationException("no migrations embedded for " + dialect.MigrationFolder);
        return scripts;
    }

    /// <summary>Brings the schema to the latest version; returns the versions applied.</summary>
    public static IReadOnlyList<int> Apply(StoreDialect dialect, DbConnection connection)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = new HashSet<int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT version FROM schema_version";
            using var reader = command.ExecuteReader();
            while (reader.Read()) applied.Add(reader.GetInt32(0));
        }
        var scripts = For(dialect);
        if (applied.Count > 0 && applied.Max() > scripts.Max(s => s.Version))
            throw new StoreException(StorageMessages.NewerSchema(applied.Max(), scripts.Max(s => s.Version)));
        var done = new List<int>();
        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, script.Sql);
            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t)";
                BudgetStore.Add(record, "@v", script.Version);
                BudgetStore.Add(record, "@n", script.Name);
                BudgetStore.Add(record, "@t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }
            transaction.Commit();
            done.Add(script.Version);
        }
        return done;
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
