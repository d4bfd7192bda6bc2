using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BudgetDisclosure.Storage;

/// <summary>
/// What differs between the two databases, and nothing else: how a connection is made and set up, which migration
/// folder applies. The SQL of the store is written once, in the subset both speak (named parameters, RETURNING,
/// booleans compared as booleans).
/// </summary>
internal abstract class StoreDialect
{
    public abstract StoreProvider Provider { get; }

    /// <summary>The folder under Migrations/ whose numbered scripts build this database's schema.</summary>
    public abstract string MigrationFolder { get; }

    public abstract DbConnection Create();

    public static StoreDialect For(StoreLocation location) => location.Provider switch
    {
        StoreProvider.PostgreSql => new PostgreSqlDialect(location.ConnectionString),
        _ => new SqliteDialect(location.ConnectionString),
    };

    public DbConnection Open()
    {
        var connection = Create();
        try
        {
            connection.Open();
            Prepare(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Per-connection settings.</summary>
    protected virtual void Prepare(DbConnection connection)
    {
    }

    private sealed class SqliteDialect(string connectionString) : StoreDialect
    {
        public override StoreProvider Provider => StoreProvider.Sqlite;

        public override string MigrationFolder => "sqlite";

        public override DbConnection Create() => new SqliteConnection(connectionString);

        protected override void Prepare(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            // WAL: queries read while an import writes; synchronous=NORMAL is durable for committed transactions under WAL
            // except on power loss, where the last ones may be lost whole — never half.
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
            command.ExecuteNonQuery();
        }
    }

    private sealed class PostgreSqlDialect(string connectionString) : StoreDialect
    {
        public override StoreProvider Provider => StoreProvider.PostgreSql;

        public override string MigrationFolder => "postgresql";

        public override DbConnection Create() => new NpgsqlConnection(connectionString);
    }
}
