using System.Data.Common;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Storage;

/// <summary>Which stored documents an export takes: the current ones by default, filtered like the queries.</summary>
public sealed record ExportFilter(int? Year = null, string? Region = null, DisclosureKind? Kind = null, string? Unit = null)
{
    /// <summary>Every version, not only the current one of each unit, year and kind.</summary>
    public bool AllVersions { get; init; }
}

/// <summary>One stored cell as tidy data: the document's identity, the table, the row and column, the amount.</summary>
public sealed record ExportCell(string Unit, string? Region, int? Year, DisclosureKind Kind, DisclosureScope Scope, string Table, string? TableNumber,
    string? Code, string Label, string? Project, TablePanel Panel, string? ColumnKey, string Column, decimal? Value, string Printed, string State, MoneyUnit MoneyUnit,
    int? Page, int Line, string Document, string ContentHash, int Version);

/// <summary>One stored claim as tidy data.</summary>
public sealed record ExportClaim(string Unit, string? Region, int? Year, DisclosureKind Kind, DisclosureScope Scope, string Section, string Topic,
    string Subject, string? Table, string? Code, string? ColumnKey, string? Figure, decimal? Value, MoneyUnit MoneyUnit, decimal? Share, string? Direction,
    decimal? Delta, decimal? Rate, string? Basis, string Sentence, int? Page, int Line, string Document, string ContentHash);

public sealed partial class BudgetStore
{
    /// <summary>The cells of the documents the filter takes, streamed in document, table, row and column order.</summary>
    public IEnumerable<ExportCell> ExportCells(ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = ExportWhere(filter);
        return Stream(
            $"""
             SELECT COALESCE(u.display_name, d.unit_name, ''), d.region, d.year, d.kind, d.scope, t.table_key, t.number, w.code, w.label, w.project,
                    w.panel, k.column_key, COALESCE(k.column_path, ''), c.value, c.decimals, c.printed, c.state, t.money_unit, w.page, w.line,
                    d.file_name, d.content_hash, d.version
             FROM cells c JOIN doc_rows w ON w.table_id = c.table_id AND w.row_ordinal = c.row_ordinal
             JOIN doc_tables t ON t.id = c.table_id JOIN documents d ON d.id = t.document_id LEFT JOIN units u ON u.id = d.unit_id
             LEFT JOIN doc_columns k ON k.table_id = c.table_id AND k.col_index = c.col_index
             WHERE 1 = 1{where}
             ORDER BY d.id, t.ordinal, c.row_ordinal, c.col_index
             """,
            r => new ExportCell(r.GetString(0), Text(r, 1), Int(r, 2), Names.Parse<DisclosureKind>(r.GetString(3)), Names.Parse<DisclosureScope>(r.GetString(4)),
                r.GetString(5), Text(r, 6), Text(r, 7), r.GetString(8), Text(r, 9), Names.Parse<TablePanel>(r.GetString(10)), Text(r, 11), r.GetString(12), Dec(r, 13),
                Printed(Dec(r, 13), r.GetInt32(14), Text(r, 15)), r.GetString(16), Names.Parse<MoneyUnit>(r.GetString(17)), Int(r, 18), r.GetInt32(19), r.GetString(20),
                r.GetString(21), r.GetInt32(22)),
            parameters);
    }

    /// <summary>The claims of the documents the filter takes, streamed in document order.</summary>
    public IEnumerable<ExportClaim> ExportClaims(ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = ExportWhere(filter);
        return Stream(
            $"""
             SELECT COALESCE(u.display_name, d.unit_name, ''), d.region, d.year, d.kind, d.scope, c.section, c.topic, c.subject, c.table_key, c.code,
                    c.column_key, c.figure, c.value, c.money_unit, c.share, c.direction, c.delta, c.rate, c.basis, c.sentence, c.page, c.line,
                    d.file_name, d.content_hash
             FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN units u ON u.id = d.unit_id
             WHERE 1 = 1{where}
             ORDER BY d.id, c.ordinal
             """,
            r => new ExportClaim(r.GetString(0), Text(r, 1), Int(r, 2), Names.Parse<DisclosureKind>(r.GetString(3)), Names.Parse<DisclosureScope>(r.GetString(4)),
                r.GetString(5), r.GetString(6), r.GetString(7), Text(r, 8), Text(r, 9), Text(r, 10), Text(r, 11), Dec(r, 12), Names.Parse<MoneyUnit>(r.GetString(13)),
                Dec(r, 14), Text(r, 15), Dec(r, 16), Dec(r, 17), Text(r, 18), r.GetString(19), Int(r, 20), r.GetInt32(21), r.GetString(22), r.GetString(23)),
            parameters);
    }

    /// <summary>The ids of the documents the filter takes, in the order they were stored.</summary>
    public IReadOnlyList<long> DocumentIds(ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = ExportWhere(filter);
        return Read($"SELECT d.id FROM documents d LEFT JOIN units u ON u.id = d.unit_id WHERE 1 = 1{where} ORDER BY d.id", r => r.GetInt64(0), parameters);
    }

    private (string Where, (string, object?)[] Parameters) ExportWhere(ExportFilter filter)
    {
        var (where, parameters) = Filters(filter.Year, filter.Region, filter.Kind);
        var list = parameters.ToList();
        if (!filter.AllVersions) where += " AND d.is_current";
        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            var ids = FindUnits(filter.Unit).Select(u => u.Id).ToList();
            // A unit the store does not know takes nothing, not everything.
            where += ids.Count == 0 ? " AND 1 = 0" : $" AND d.unit_id IN ({string.Join(", ", ids.Select((_, i) => "@u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
            for (var i = 0; i < ids.Count; i++) list.Add(("@u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ids[i]));
        }
        return (where, [.. list]);
    }

    /// <summary>Rows read as they are enumerated, for exports larger than memory.</summary>
    internal IEnumerable<T> Stream<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var connection = Connect();
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return map(reader);
    }
}
