using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Npgsql;
using NpgsqlTypes;

namespace BudgetDisclosure.Storage;

internal enum ColumnType
{
    Text,
    Int,
    Long,
    Decimal,
    Double,
    Bool,
}

/// <summary>A table's columns for many rows written at once.</summary>
internal sealed record RowShape(string Table, params (string Name, ColumnType Type)[] Columns);

/// <summary>
/// Many rows of one table inside the document's transaction: a prepared INSERT bound through SQLite's own API on
/// SQLite, binary COPY on PostgreSQL (one round trip per row would cost a document its cells' count in them).
/// </summary>
internal abstract class RowSink : IDisposable
{
    public abstract void Write(params object?[] values);

    public abstract void Complete();

    public abstract void Dispose();

    public static RowSink Open(DbConnection connection, DbTransaction transaction, RowShape shape) =>
        connection switch
        {
            NpgsqlConnection npgsql => new CopySink(npgsql, shape),
            SqliteConnection sqlite => new SqliteSink(sqlite, shape),
            _ => throw new NotSupportedException(connection.GetType().Name),
        };

    /// <summary>
    /// One prepared INSERT through SQLite's own API, values bound by position: ADO.NET's parameter objects cost more
    /// than SQLite's work on a row (6.8 ms to save a 520-cell document through SqliteCommand, multi-row statements
    /// slower still; docs/benchmarks.md). Runs inside the connection's open transaction.
    /// </summary>
    private sealed class SqliteSink : RowSink
    {
        private readonly sqlite3_stmt statement;
        private readonly sqlite3 handle;

        public SqliteSink(SqliteConnection connection, RowShape shape)
        {
            handle = connection.Handle!;
            var sql = $"INSERT INTO {shape.Table} ({string.Join(", ", shape.Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", shape.Columns.Select(_ => "?"))})";
            Check(raw.sqlite3_prepare_v2(handle, sql, out statement));
        }

        public override void Write(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var at = i + 1;
                var result = values[i] switch
                {
                    null => raw.sqlite3_bind_null(statement, at),
                    string text => raw.sqlite3_bind_text(statement, at, text),
                    int n => raw.sqlite3_bind_int64(statement, at, n),
                    long n => raw.sqlite3_bind_int64(statement, at, n),
                    bool b => raw.sqlite3_bind_int64(statement, at, b ? 1 : 0),
                    double x => raw.sqlite3_bind_double(statement, at, x),
                    // Exact, as text: SQLite has no decimal, and REAL would round.
                    decimal d => raw.sqlite3_bind_text(statement, at, d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    var other => raw.sqlite3_bind_text(statement, at, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)),
                };
                Check(result);
            }
            var step = raw.sqlite3_step(statement);
            if (step != raw.SQLITE_DONE) Check(step);
            raw.sqlite3_reset(statement);
        }

        public override void Complete()
        {
        }

        public override void Dispose() => statement.Dispose();

        private void Check(int result)
        {
            if (result is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW) return;
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), result);
        }
    }

    /// <summary>Binary COPY, begun at the first row: a table with no rows for a document costs it no round trip.</summary>
    private sealed class CopySink(NpgsqlConnection connection, RowShape shape) : RowSink
    {
        private NpgsqlBinaryImporter? importer;

        public override void Write(params object?[] values)
        {
            importer ??= connection.BeginBinaryImport($"COPY {shape.Table} ({string.Join(", ", shape.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)");
            importer.StartRow();
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is not { } value) { importer.WriteNull(); continue; }
                switch (shape.Columns[i].Type)
                {
                    case ColumnType.Text: importer.Write((string)value, NpgsqlDbType.Text); break;
                    case ColumnType.Int: importer.Write(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Integer); break;
                    case ColumnType.Long: importer.Write(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Bigint); break;
                    case ColumnType.Decimal: importer.Write((decimal)value, NpgsqlDbType.Numeric); break;
                    case ColumnType.Double: importer.Write((double)value, NpgsqlDbType.Double); break;
                    case ColumnType.Bool: importer.Write((bool)value, NpgsqlDbType.Boolean); break;
                }
            }
        }

        public override void Complete() => importer?.Complete();

        public override void Dispose() => importer?.Dispose();
    }
}
