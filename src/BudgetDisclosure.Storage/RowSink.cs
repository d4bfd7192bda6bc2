using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace BudgetDisclosure.Storage;

internal enum ColumnType
{
    Text,
    Int,
    Long,
    Decimal,
    Bool,
}

/// <summary>A table's columns for many rows written at once.</summary>
internal sealed record RowShape(string Table, params (string Name, ColumnType Type)[] Columns);

/// <summary>
/// Many rows of one table inside the document's transaction: a prepared INSERT on SQLite (in-process, a row costs
/// microseconds), binary COPY on PostgreSQL (one round trip per row would cost a document its cells' count in them).
/// </summary>
internal abstract class RowSink : IDisposable
{
    public abstract void Write(params object?[] values);

    public abstract void Complete();

    public abstract void Dispose();

    public static RowSink Open(DbConnection connection, DbTransaction transaction, RowShape shape) =>
        connection is NpgsqlConnection npgsql ? new CopySink(npgsql, shape) : new InsertSink(connection, transaction, shape);

    private sealed class InsertSink : RowSink
    {
        private readonly DbCommand command;

        public InsertSink(DbConnection connection, DbTransaction transaction, RowShape shape)
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
#pragma warning disable CA2100 // the shape's names are the store's own constants, never input
            command.CommandText = $"INSERT INTO {shape.Table} ({string.Join(", ", shape.Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", shape.Columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
#pragma warning restore CA2100
            for (var i = 0; i < shape.Columns.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }
            command.Prepare();
        }

        public override void Write(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        public override void Complete()
        {
        }

        public override void Dispose() => command.Dispose();
    }

    private sealed class CopySink(NpgsqlConnection connection, RowShape shape) : RowSink
    {
        private readonly NpgsqlBinaryImporter importer = connection.BeginBinaryImport(
            $"COPY {shape.Table} ({string.Join(", ", shape.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)");

        public override void Write(params object?[] values)
        {
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
                    case ColumnType.Bool: importer.Write((bool)value, NpgsqlDbType.Boolean); break;
                }
            }
        }

        public override void Complete() => importer.Complete();

        public override void Dispose() => importer.Dispose();
    }
}
