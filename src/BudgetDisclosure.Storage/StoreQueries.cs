using System.Data.Common;
using System.Globalization;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Storage;

/// <summary>A stored current document, as <c>budget query units</c> lists it.</summary>
public sealed record StoredDocumentRow(long DocumentId, string Unit, int? Year, DisclosureKind Kind, DisclosureScope Scope, string? Region,
    string? Template, string Document, DateTime ImportedAt, int Version, int Errors, int Warnings, string ReadingStatus);

/// <summary>A unit the store knows.</summary>
public sealed record StoredUnit(long Id, string Name, string? Region, string? Level, IReadOnlyList<string> Aliases);

/// <summary>One stored cell of a unit's history.</summary>
public sealed record HistoryRow(string Unit, int? Year, DisclosureKind Kind, DisclosureScope Scope, string Table, string? Code, string Label,
    string Column, decimal? Value, string Printed, string Document, int? Page, int Line);

/// <summary>One unit's figure on a measure in a comparison, with its rank and its change on the year before.</summary>
public sealed record CompareRow(int Rank, string Unit, string? Region, decimal Value, decimal? Prior, decimal? Change, decimal? Rate, string Document);

/// <summary>A stored finding with its document.</summary>
public sealed record StoredFindingRow(string Unit, int? Year, string? Region, string Rule, string Severity, string Location, string Message, string MessageEnglish, string Document);

/// <summary>How often a rule fails, among the documents it was evaluated on, per region and year.</summary>
public sealed record FiringRateRow(string Rule, string? Region, int? Year, int Documents, int Evaluated, int Failed)
{
    public decimal? Rate => Evaluated == 0 ? null : Math.Round((decimal)Failed / Evaluated, 4);
}

public sealed record UnitsQuery(int? Year = null, string? Region = null, DisclosureKind? Kind = null);

public sealed record FindingsQuery(string? Rule = null, string? Severity = null, string? Region = null, int? Year = null);

public sealed partial class BudgetStore
{
    private const string CurrentDocuments = "FROM documents d LEFT JOIN units u ON u.id = d.unit_id WHERE d.is_current";

    public IReadOnlyList<StoredDocumentRow> Units(UnitsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = Filters(query.Year, query.Region, query.Kind);
        return Read(
            $"""
             SELECT d.id, COALESCE(u.display_name, d.unit_name, ''), d.year, d.kind, d.scope, d.region, d.template_id, d.file_name, d.imported_at,
                    d.version, d.errors, d.warnings, d.reading_status
             {CurrentDocuments}{where}
             ORDER BY COALESCE(u.name, d.unit_name, ''), d.year, d.kind, d.scope, d.id
             """,
            r => new StoredDocumentRow(r.GetInt64(0), r.GetString(1), Int(r, 2), Names.Parse<DisclosureKind>(r.GetString(3)), Names.Parse<DisclosureScope>(r.GetString(4)),
                Text(r, 5), Text(r, 6), r.GetString(7), Timestamp(r, 8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11), r.GetString(12)),
            parameters);
    }

    /// <summary>
    /// The units a user's text names: the one whose name or alias it is (width and spaces aside), else every unit whose
    /// name or alias contains it. More than one is for the user to choose from, never for the store to guess.
    /// </summary>
    public IReadOnlyList<StoredUnit> FindUnits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = UnitNames.Normalise(text);
        var exact = UnitIds("SELECT DISTINCT unit_id FROM unit_aliases WHERE alias = @k UNION SELECT id FROM units WHERE name = @k", key);
        var ids = exact.Count > 0 ? exact
            : UnitIds("SELECT DISTINCT unit_id FROM unit_aliases WHERE alias LIKE '%' || @k || '%' UNION SELECT id FROM units WHERE name LIKE '%' || @k || '%'", key);
        return [.. ids.Select(Unit).OfType<StoredUnit>().OrderBy(u => u.Name, StringComparer.Ordinal)];
    }

    public StoredUnit? Unit(long id)
    {
        var aliases = Read("SELECT printed FROM unit_aliases WHERE unit_id = @id ORDER BY alias", r => r.GetString(0), ("@id", id));
        var units = Read("SELECT id, display_name, region, level FROM units WHERE id = @id",
            r => new StoredUnit(r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), aliases), ("@id", id));
        return units.Count > 0 ? units[0] : null;
    }

    private List<long> UnitIds(string sql, string key) => [.. Read(sql, r => r.GetInt64(0), ("@k", key))];

    /// <summary>A unit's stored cells across its current documents, filtered by table (key or title), code prefix and column (key or header).</summary>
    public IReadOnlyList<HistoryRow> History(long unitId, string? table = null, string? code = null, string? column = null)
    {
        var where = "";
        var parameters = new List<(string, object?)> { ("@u", unitId) };
        if (!string.IsNullOrWhiteSpace(table)) { where += " AND (t.table_key = @t OR t.title LIKE '%' || @t || '%')"; parameters.Add(("@t", table)); }
        if (!string.IsNullOrWhiteSpace(code)) { where += " AND w.code LIKE @c || '%'"; parameters.Add(("@c", code)); }
        if (!string.IsNullOrWhiteSpace(column)) { where += " AND (k.column_key = @k OR k.column_path LIKE '%' || @k || '%')"; parameters.Add(("@k", column)); }
        return Read(
            $"""
             SELECT u.display_name, d.year, d.kind, d.scope, t.table_key, w.code, w.label, COALESCE(k.column_path, ''), c.value, c.decimals, c.printed,
                    d.file_name, w.page, w.line
             FROM cells c JOIN doc_rows w ON w.table_id = c.table_id AND w.row_ordinal = c.row_ordinal
             JOIN doc_tables t ON t.id = c.table_id JOIN documents d ON d.id = t.document_id JOIN units u ON u.id = d.unit_id
             LEFT JOIN doc_columns k ON k.table_id = c.table_id AND k.col_index = c.col_index
             WHERE d.is_current AND d.unit_id = @u{where}
             ORDER BY d.year, d.kind, d.scope, t.ordinal, c.row_ordinal, c.col_index
             """,
            r => new HistoryRow(r.GetString(0), Int(r, 1), Names.Parse<DisclosureKind>(r.GetString(2)), Names.Parse<DisclosureScope>(r.GetString(3)), r.GetString(4),
                Text(r, 5), r.GetString(6), r.GetString(7), Dec(r, 8), Printed(Dec(r, 8), r.GetInt32(9), Text(r, 10)), r.GetString(11), Int(r, 12), r.GetInt32(13)),
            [.. parameters]);
    }

    /// <summary>A number prints as its value with its decimals; anything else is stored as printed.</summary>
    internal static string Printed(decimal? value, int decimals, string? printed) =>
        value is { } v ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : printed ?? "";

    /// <summary>
    /// The units of a year side by side on a measure (<see cref="Measures.Known"/>), largest first, with the change on
    /// the same unit's stored document of the year before. With <paramref name="perHead"/> the measure is divided by
    /// the unit's 实有人数, and units that state none are left out.
    /// </summary>
    public IReadOnlyList<CompareRow> Compare(int year, string measure, string? region = null, DisclosureKind kind = DisclosureKind.Budget, bool perHead = false, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var (where, parameters) = Filters(year, region, kind);
        // The first N by the measure, ranked in the database before anything is joined to them: a national league table's
        // head without reading its tail (per head, the order is known only after the division, so all are read).
        var limit = top is > 0 && !perHead;
        // One statement: the year before joins by the unit's index (unit_id, year, kind, scope), head counts only when asked.
        var heads = perHead
            ? "LEFT JOIN measures h ON h.document_id = d.id AND h.measure = 'staff_actual' LEFT JOIN measures ph ON ph.document_id = p.id AND ph.measure = 'staff_actual'"
            : "";
        var rows = Read(
            $"""
             SELECT COALESCE(u.display_name, d.unit_name, ''), d.region, d.value, d.file_name, pm.value{(perHead ? ", h.value, ph.value" : "")}
             FROM (SELECT d.id, d.unit_id, d.unit_name, d.region, d.file_name, d.year, d.kind, d.scope, m.value
                   FROM documents d JOIN measures m ON m.document_id = d.id AND m.measure = @m
                   WHERE d.is_current{where}{(limit ? " ORDER BY m.rank_value DESC LIMIT @top" : "")}) d
             LEFT JOIN units u ON u.id = d.unit_id
             LEFT JOIN documents p ON p.unit_id = d.unit_id AND p.year = d.year - 1 AND p.kind = d.kind AND p.scope = d.scope AND p.is_current
             LEFT JOIN measures pm ON pm.document_id = p.id AND pm.measure = @m
             {heads}
             """,
            r => (Unit: r.GetString(0), Region: Text(r, 1), Value: r.GetDecimal(2), Document: r.GetString(3), Prior: Dec(r, 4),
                Heads: perHead ? Dec(r, 5) : null, PriorHeads: perHead ? Dec(r, 6) : null),
            [.. parameters, ("@m", measure), ("@top", top ?? 0)]);

        decimal? Of(decimal value, decimal? heads) => !perHead ? value : heads is > 0 ? Math.Round(value / heads.Value, 4) : null;
        var figures = new List<(string Unit, string? Region, decimal Value, decimal? Prior, string Document)>();
        foreach (var row in rows)
        {
            if (Of(row.Value, row.Heads) is not { } value) continue;
            figures.Add((row.Unit, row.Region, value, row.Prior is { } prior ? Of(prior, row.PriorHeads) : null, row.Document));
        }
        var ranked = figures.OrderByDescending(f => f.Value).ThenBy(f => f.Unit, StringComparer.Ordinal).Take(top is > 0 ? top.Value : int.MaxValue).ToList();
        var result = new List<CompareRow>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var f = ranked[i];
            // Equal figures share a rank (1, 2, 2, 4), as league tables do.
            var rank = i > 0 && ranked[i - 1].Value == f.Value ? result[i - 1].Rank : i + 1;
            decimal? change = f.Prior is { } pr ? f.Value - pr : null;
            decimal? rate = f.Prior is { } b && b != 0 ? Math.Round((f.Value - b) / b * 100m, 2) : null;
            result.Add(new CompareRow(rank, f.Unit, f.Region, f.Value, f.Prior, change, rate, f.Document));
        }
        return result;
    }

    public IReadOnlyList<StoredFindingRow> Findings(FindingsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = Filters(query.Year, query.Region, null);
        var list = parameters.ToList();
        if (!string.IsNullOrWhiteSpace(query.Rule)) { where += " AND f.rule = @rule"; list.Add(("@rule", query.Rule.Trim().ToUpperInvariant())); }
        if (!string.IsNullOrWhiteSpace(query.Severity)) { where += " AND f.severity = @sev"; list.Add(("@sev", query.Severity.Trim().ToLowerInvariant())); }
        return Read(
            $"""
             SELECT COALESCE(u.display_name, d.unit_name, ''), d.year, d.region, f.rule, f.severity, f.page, f.line, f.table_number, f.code, f.label, f.column_name,
                    f.message, f.message_en, d.file_name
             {CurrentDocuments.Replace("WHERE", "JOIN findings f ON f.document_id = d.id WHERE", StringComparison.Ordinal)}{where}
             ORDER BY COALESCE(u.name, d.unit_name, ''), d.year, f.ordinal
             """,
            r => new StoredFindingRow(r.GetString(0), Int(r, 1), Text(r, 2), r.GetString(3), r.GetString(4),
                Place(Int(r, 5), r.GetInt32(6), Text(r, 7), Text(r, 8) ?? Text(r, 9), Text(r, 10)), r.GetString(11), r.GetString(12), r.GetString(13)),
            [.. list]);
    }

    /// <summary>Every rule's firing rate per region and year: the documents it failed on among those it was evaluated on.</summary>
    public IReadOnlyList<FiringRateRow> FiringRates(int? year = null, string? region = null)
    {
        var (where, parameters) = Filters(year, region, null);
        return Read(
            $"""
             SELECT s.rule, d.region, d.year, COUNT(*),
                    SUM(CASE WHEN s.outcome IN ('passed', 'failed') THEN 1 ELSE 0 END),
                    SUM(CASE WHEN s.outcome = 'failed' THEN 1 ELSE 0 END)
             {CurrentDocuments.Replace("WHERE", "JOIN rule_status s ON s.document_id = d.id WHERE", StringComparison.Ordinal)}{where}
             GROUP BY s.rule, d.region, d.year
             ORDER BY s.rule, d.region, d.year
             """,
            r => new FiringRateRow(r.GetString(0), Text(r, 1), Int(r, 2), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture),
                Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(5), CultureInfo.InvariantCulture)),
            parameters);
    }

    private static string Place(int? page, int line, string? table, string? row, string? column)
    {
        var parts = new List<string>();
        if (page is { } p) parts.Add("p" + p.ToString(CultureInfo.InvariantCulture));
        else if (line > 0) parts.Add(line.ToString(CultureInfo.InvariantCulture));
        if (table is not null) parts.Add("表" + table);
        if (row is not null) parts.Add(row);
        if (!string.IsNullOrEmpty(column)) parts.Add(column);
        return string.Join(",", parts);
    }

    private static (string Where, (string, object?)[] Parameters) Filters(int? year, string? region, DisclosureKind? kind)
    {
        var where = "";
        var parameters = new List<(string, object?)>();
        if (year is { } y) { where += " AND d.year = @year"; parameters.Add(("@year", y)); }
        if (!string.IsNullOrWhiteSpace(region)) { where += " AND d.region LIKE '%' || @region || '%'"; parameters.Add(("@region", region.Trim())); }
        if (kind is { } k) { where += " AND d.kind = @kind"; parameters.Add(("@kind", Names.Of(k))); }
        return (where, [.. parameters]);
    }

    internal List<T> Read<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var connection = Connect();
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(map(reader));
        return list;
    }

    internal static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    internal static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    internal static decimal? Dec(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);

    /// <summary>SQLite keeps the time as text, PostgreSQL as timestamptz; both come back as UTC.</summary>
    internal static DateTime Timestamp(DbDataReader r, int i) => r.GetValue(i) switch
    {
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        var other => Convert.ToDateTime(other, CultureInfo.InvariantCulture),
    };
}
