using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Storage;

/// <summary>What became of a disclosure given to the store.</summary>
public enum SaveOutcome
{
    /// <summary>A new document.</summary>
    Imported,
    /// <summary>Its content was stored before: nothing changed.</summary>
    Unchanged,
    /// <summary>A new version of a unit, year and kind the store had: it is current now, the older ones are kept.</summary>
    NewVersion,
}

public sealed record SaveResult(SaveOutcome Outcome, long DocumentId, long? UnitId, int Version);

/// <summary>
/// The store of many disclosures, on SQLite (one file, the default) or PostgreSQL, with the same schema
/// (docs/storage.md) and the same SQL. Every document is written in one transaction, so a store never holds half of
/// one; it is found again by the hash of its bytes. Safe to share between threads: each call opens its own
/// connection from the provider's pool.
/// </summary>
public sealed partial class BudgetStore
{
    private readonly StoreDialect dialect;

    private BudgetStore(StoreLocation location, StoreDialect dialect)
    {
        Location = location;
        this.dialect = dialect;
    }

    public StoreLocation Location { get; }

    public StoreProvider Provider => dialect.Provider;

    /// <summary>For the crash tests: called inside a document's transaction, after every row is written and before the commit.</summary>
    internal Action<StoredDisclosure>? BeforeCommit { get; set; }

    /// <summary>Opens the store, creating it and applying its migrations as needed.</summary>
    /// <exception cref="StoreException">It cannot be opened or its schema is newer than this build.</exception>
    public static BudgetStore Open(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var dialect = StoreDialect.For(location);
        try
        {
            using var connection = dialect.Open();
            Migrations.Apply(dialect, connection);
        }
        catch (DbException ex)
        {
            throw new StoreException(StorageMessages.CannotOpen(location.Display, ex.Message), ex);
        }
        return new BudgetStore(location, dialect);
    }

    public static BudgetStore Open(string? location) => Open(StoreLocation.Parse(location));

    internal DbConnection Connect() => dialect.Open();

    /// <summary>The schema version the store is at.</summary>
    public int SchemaVersion
    {
        get
        {
            using var connection = Connect();
            return Convert.ToInt32(Scalar(connection, null, "SELECT MAX(version) FROM schema_version"), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The document stored with this content, if any.</summary>
    public long? Find(string contentHash)
    {
        using var connection = Connect();
        return Scalar(connection, null, "SELECT id FROM documents WHERE content_hash = @h", ("@h", contentHash)) is { } id and not DBNull
            ? Convert.ToInt64(id, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Writes a disclosure in one transaction: its unit (found by name or alias, or new), the document, its files,
    /// diagnostics, tables, cells, claims, findings, rule statuses and measures. Content already stored is left as it is.
    /// </summary>
    public SaveResult Save(StoredDisclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        if (Scalar(connection, transaction, "SELECT id FROM documents WHERE content_hash = @h", ("@h", document.ContentHash)) is { } existing and not DBNull)
            return new SaveResult(SaveOutcome.Unchanged, Convert.ToInt64(existing, CultureInfo.InvariantCulture), null, 0);

        var disclosure = document.Disclosure;
        var place = IssuerRegion.Of(disclosure.UnitName, TemplateRegion(disclosure));
        var unitId = document.UnitKey is { } key ? ResolveUnit(connection, transaction, key, disclosure.UnitName!, place) : (long?)null;
        var version = 1;
        if (unitId is not null && disclosure.Year is not null)
        {
            var group = GroupFilter(unitId.Value, disclosure.Year.Value, disclosure.Kind, disclosure.Scope);
            version = Convert.ToInt32(Scalar(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM documents WHERE " + group.Sql, group.Parameters), CultureInfo.InvariantCulture) + 1;
            if (version > 1) Execute(connection, transaction, "UPDATE documents SET is_current = @f WHERE " + group.Sql, [.. group.Parameters, ("@f", false)]);
        }

        var id = InsertDocument(connection, transaction, document, unitId, place.Region, version);
        WriteContent(connection, transaction, id, document);
        WriteChecks(connection, transaction, id, document.Report);
        BeforeCommit?.Invoke(document);
        transaction.Commit();
        return new SaveResult(version > 1 ? SaveOutcome.NewVersion : SaveOutcome.Imported, id, unitId, version);
    }

    /// <summary>The stored model of a document, as imported.</summary>
    public Disclosure? Model(long documentId)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT model FROM documents WHERE id = @id", ("@id", documentId));
        return command.ExecuteScalar() is byte[] model ? StoredDisclosure.Decompress(model) : null;
    }

    /// <summary>The current document of the year before, of the same unit, kind and scope: what "比上年" refers to.</summary>
    public (long Id, Disclosure Disclosure)? Prior(Disclosure disclosure) =>
        PriorId(disclosure) is { } id && Model(id) is { } model ? (id, model) : null;

    /// <summary>The id of <see cref="Prior"/>'s document, without reading its model.</summary>
    public long? PriorId(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        if (disclosure.Year is not { } year || string.IsNullOrWhiteSpace(disclosure.UnitName)) return null;
        using var connection = Connect();
        var unit = UnitOf(connection, null, Normalization.UnitNames.Normalise(disclosure.UnitName));
        if (unit is null) return null;
        var group = GroupFilter(unit.Value, year - 1, disclosure.Kind, disclosure.Scope);
        return Scalar(connection, null, "SELECT id FROM documents WHERE is_current AND " + group.Sql, group.Parameters) is { } id and not DBNull
            ? Convert.ToInt64(id, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The current documents of the year after, of the same unit, kind and scope: those whose "比上年" this one answers.</summary>
    public IReadOnlyList<long> Successors(long documentId)
    {
        using var connection = Connect();
        using var command = Command(connection, null,
            """
            SELECT n.id FROM documents d JOIN documents n
              ON n.unit_id = d.unit_id AND n.year = d.year + 1 AND n.kind = d.kind AND n.scope = d.scope AND n.is_current
            WHERE d.id = @id AND d.is_current
            """, ("@id", documentId));
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>Replaces a document's findings and rule statuses with a new check's, in one transaction.</summary>
    public void ReplaceChecks(long documentId, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "DELETE FROM findings WHERE document_id = @id", ("@id", documentId));
        Execute(connection, transaction, "DELETE FROM rule_status WHERE document_id = @id", ("@id", documentId));
        WriteChecks(connection, transaction, documentId, report);
        transaction.Commit();
    }

    private static string? TemplateRegion(Disclosure disclosure) =>
        disclosure.Template is { } match ? Templates.TemplateCatalog.Embedded.Find(match.Id)?.Definition.Region : null;

    private static long? UnitOf(DbConnection connection, DbTransaction? transaction, string key) =>
        Scalar(connection, transaction, "SELECT unit_id FROM unit_aliases WHERE alias = @a", ("@a", key)) is { } id and not DBNull
            ? Convert.ToInt64(id, CultureInfo.InvariantCulture)
            : Scalar(connection, transaction, "SELECT id FROM units WHERE name = @a", ("@a", key)) is { } unit and not DBNull
                ? Convert.ToInt64(unit, CultureInfo.InvariantCulture) : null;

    private static long ResolveUnit(DbConnection connection, DbTransaction transaction, string key, string printed, IssuerPlace place)
    {
        if (UnitOf(connection, transaction, key) is { } known)
        {
            Execute(connection, transaction, "UPDATE units SET region = COALESCE(region, @r), level = COALESCE(level, @l) WHERE id = @id",
                ("@r", place.Region), ("@l", place.Level), ("@id", known));
            if (Scalar(connection, transaction, "SELECT 1 FROM unit_aliases WHERE alias = @a", ("@a", key)) is null or DBNull)
                Execute(connection, transaction, "INSERT INTO unit_aliases (alias, unit_id, printed) VALUES (@a, @u, @p)", ("@a", key), ("@u", known), ("@p", printed));
            return known;
        }
        var id = Convert.ToInt64(Scalar(connection, transaction, "INSERT INTO units (name, display_name, region, level) VALUES (@n, @d, @r, @l) RETURNING id",
            ("@n", key), ("@d", printed.Trim()), ("@r", place.Region), ("@l", place.Level)), CultureInfo.InvariantCulture);
        Execute(connection, transaction, "INSERT INTO unit_aliases (alias, unit_id, printed) VALUES (@a, @u, @p)", ("@a", key), ("@u", id), ("@p", printed));
        return id;
    }

    private static (string Sql, (string, object?)[] Parameters) GroupFilter(long unit, int year, DisclosureKind kind, DisclosureScope scope) =>
        ("unit_id = @gu AND year = @gy AND kind = @gk AND scope = @gs", [("@gu", unit), ("@gy", year), ("@gk", Names.Of(kind)), ("@gs", Names.Of(scope))]);

    private static long InsertDocument(DbConnection connection, DbTransaction transaction, StoredDisclosure document, long? unitId, string? region, int version)
    {
        var d = document.Disclosure;
        var t = d.Template;
        return Convert.ToInt64(Scalar(connection, transaction,
            """
            INSERT INTO documents (content_hash, file_name, format, pages, unit_id, unit_name, region, year, kind, scope, printed_date,
              template_id, template_choice, template_score, template_evidence, reading_status, version, is_current,
              errors, warnings, infos, imported_at, model)
            VALUES (@hash, @file, @format, @pages, @unit, @unitName, @region, @year, @kind, @scope, @date,
              @tid, @tchoice, @tscore, @tevidence, @reading, @version, @current,
              0, 0, 0, @imported, @model)
            RETURNING id
            """,
            ("@hash", document.ContentHash), ("@file", document.FileName), ("@format", document.Format), ("@pages", document.Pages),
            ("@unit", unitId), ("@unitName", d.UnitName), ("@region", region), ("@year", d.Year), ("@kind", Names.Of(d.Kind)), ("@scope", Names.Of(d.Scope)), ("@date", d.Date),
            ("@tid", t?.Id), ("@tchoice", t is null ? null : Names.Of(t.Choice)), ("@tscore", t?.Score), ("@tevidence", JsonSerializer.Serialize(t?.Evidence ?? [], StoreJson.Default.IReadOnlyListString)),
            ("@reading", Names.Of(document.ReadingStatus)), ("@version", version), ("@current", true),
            ("@imported", DateTime.SpecifyKind(document.ImportedAt, DateTimeKind.Utc)), ("@model", document.Model)), CultureInfo.InvariantCulture);
    }

    private static readonly RowShape PartShape = new("document_parts",
        ("document_id", ColumnType.Long), ("ordinal", ColumnType.Int), ("file_name", ColumnType.Text), ("content_hash", ColumnType.Text), ("format", ColumnType.Text), ("pages", ColumnType.Int));

    private static readonly RowShape DiagnosticShape = new("diagnostics",
        ("document_id", ColumnType.Long), ("ordinal", ColumnType.Int), ("severity", ColumnType.Text), ("code", ColumnType.Text), ("message", ColumnType.Text),
        ("file", ColumnType.Text), ("line", ColumnType.Int), ("page", ColumnType.Int));

    private static readonly RowShape ColumnShape = new("doc_columns",
        ("table_id", ColumnType.Long), ("col_index", ColumnType.Int), ("column_key", ColumnType.Text), ("column_path", ColumnType.Text), ("panel", ColumnType.Text));

    private static readonly RowShape RowShapeOfRows = new("doc_rows",
        ("document_id", ColumnType.Long), ("table_id", ColumnType.Long), ("row_ordinal", ColumnType.Int), ("row_kind", ColumnType.Text), ("code", ColumnType.Text),
        ("label", ColumnType.Text), ("project", ColumnType.Text), ("panel", ColumnType.Text), ("line", ColumnType.Int), ("page", ColumnType.Int));

    private static readonly RowShape CellShape = new("cells",
        ("table_id", ColumnType.Long), ("row_ordinal", ColumnType.Int), ("col_index", ColumnType.Int), ("value", ColumnType.Decimal), ("decimals", ColumnType.Int),
        ("printed", ColumnType.Text), ("state", ColumnType.Text));

    private static readonly RowShape ClaimShape = new("claims",
        ("document_id", ColumnType.Long), ("ordinal", ColumnType.Int), ("subject", ColumnType.Text), ("table_key", ColumnType.Text), ("code", ColumnType.Text),
        ("column_key", ColumnType.Text), ("figure", ColumnType.Text), ("value", ColumnType.Decimal), ("printed", ColumnType.Text), ("money_unit", ColumnType.Text),
        ("share", ColumnType.Decimal), ("direction", ColumnType.Text), ("delta", ColumnType.Decimal), ("rate", ColumnType.Decimal), ("basis", ColumnType.Text),
        ("section", ColumnType.Text), ("topic", ColumnType.Text), ("sentence", ColumnType.Text), ("file", ColumnType.Text), ("line", ColumnType.Int), ("page", ColumnType.Int));

    private static readonly RowShape MeasureShape = new("measures",
        ("document_id", ColumnType.Long), ("measure", ColumnType.Text), ("value", ColumnType.Decimal), ("rank_value", ColumnType.Double), ("origin", ColumnType.Text));

    private static void WriteContent(DbConnection connection, DbTransaction transaction, long id, StoredDisclosure document)
    {
        using (var parts = RowSink.Open(connection, transaction, PartShape))
        {
            for (var i = 0; i < document.Parts.Count; i++)
            {
                var p = document.Parts[i];
                parts.Write(id, i, p.FileName, p.ContentHash, p.Format, p.Pages);
            }
            parts.Complete();
        }
        using (var diagnostics = RowSink.Open(connection, transaction, DiagnosticShape))
        {
            for (var i = 0; i < document.Diagnostics.Count; i++)
            {
                var x = document.Diagnostics[i];
                diagnostics.Write(id, i, Names.Of(x.Severity), x.Code, x.Message, x.Source.File, x.Source.Line, x.Source.Page);
            }
            diagnostics.Complete();
        }

        var disclosure = document.Disclosure;
        // All of a document's tables in one statement, their ids returned with their ordinals (a round trip per table
        // was a fifth of a PostgreSQL import's time).
        var tableIds = new long[disclosure.Tables.Count];
        for (var from = 0; from < disclosure.Tables.Count; from += 50)
        {
            var count = Math.Min(50, disclosure.Tables.Count - from);
            var sql = new System.Text.StringBuilder("INSERT INTO doc_tables (document_id, ordinal, table_key, number, title, money_unit, reading_status, identities, failures, declared_empty, file, line, page) VALUES ");
            var values = new List<(string, object?)> { ("@d", id) };
            for (var k = 0; k < count; k++)
            {
                var i = from + k;
                var table = disclosure.Tables[i];
                var reading = document.Report.Tables.FirstOrDefault(r => r.Source == table.Source && r.Table == table.Kind);
                var p = "@t" + k.ToString(CultureInfo.InvariantCulture) + "_";
                sql.Append(k == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@d, {p}o, {p}k, {p}n, {p}t, {p}u, {p}r, {p}i, {p}f, {p}e, {p}file, {p}line, {p}page)");
                values.AddRange([(p + "o", i), (p + "k", table.Kind.Name), (p + "n", table.Number), (p + "t", table.Title), (p + "u", Names.Of(table.Unit)),
                    (p + "r", reading is null ? null : Names.Of(reading.Status)), (p + "i", reading?.Identities), (p + "f", reading?.Failures), (p + "e", table.IsDeclaredEmpty),
                    (p + "file", table.Source.File), (p + "line", table.Source.Line), (p + "page", table.Source.Page)]);
            }
            sql.Append(" RETURNING ordinal, id");
            using var insert = Command(connection, transaction, sql.ToString(), [.. values]);
            using var returned = insert.ExecuteReader();
            while (returned.Read()) tableIds[returned.GetInt32(0)] = returned.GetInt64(1);
        }
        using (var columns = RowSink.Open(connection, transaction, ColumnShape))
        {
            for (var t = 0; t < disclosure.Tables.Count; t++)
            {
                var seen = new HashSet<int>();
                foreach (var column in disclosure.Tables[t].Columns)
                    if (seen.Add(column.Index)) columns.Write(tableIds[t], column.Index, column.Key, column.Path, Names.Of(column.Panel));
            }
            columns.Complete();
        }
        // One table at a time: PostgreSQL runs one COPY per connection.
        using (var rows = RowSink.Open(connection, transaction, RowShapeOfRows))
        {
            for (var t = 0; t < disclosure.Tables.Count; t++)
            {
                var table = disclosure.Tables[t];
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    var row = table.Rows[r];
                    rows.Write(id, tableIds[t], r, Names.Of(row.Kind), row.Code?.Digits, row.Label, row.Project, Names.Of(row.Panel), row.Source.Line, row.Source.Page);
                }
            }
            rows.Complete();
        }
        using (var cells = RowSink.Open(connection, transaction, CellShape))
        {
            for (var t = 0; t < disclosure.Tables.Count; t++)
            {
                var table = disclosure.Tables[t];
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    foreach (var cell in table.Rows[r].Cells)
                    {
                        var amount = cell.Amount;
                        if (!amount.IsPrinted) continue;
                        cells.Write(tableIds[t], r, cell.Column, amount.IsNumber ? amount.Value : null, amount.Decimals, amount.IsNumber ? null : amount.Text, Names.Of(amount.State));
                    }
                }
            }
            cells.Complete();
        }
        using (var claims = RowSink.Open(connection, transaction, ClaimShape))
        {
            for (var i = 0; i < disclosure.Claims.Count; i++)
            {
                var c = disclosure.Claims[i];
                claims.Write(id, i, c.Subject.Name, c.Subject.Table?.Name, c.Subject.Code, c.Subject.Column, c.Subject.Figure,
                    c.Value is { IsNumber: true } v ? v.Value : null, c.Value?.Text, Names.Of(c.Unit), c.Share?.Value,
                    c.Change is { } ch ? Names.Of(ch.Direction) : null, c.Change?.Delta is { IsNumber: true } delta ? delta.Value : null, c.Change?.Rate?.Value, c.Change?.Basis,
                    c.Section, Names.Of(c.Topic), c.Text, c.Source.File, c.Source.Line, c.Source.Page);
            }
            claims.Complete();
        }
        using (var measures = RowSink.Open(connection, transaction, MeasureShape))
        {
            foreach (var m in document.Measures) measures.Write(id, m.Name, m.Value, (double)m.Value, m.Origin);
            measures.Complete();
        }
    }

    private static readonly RowShape FindingShape = new("findings",
        ("document_id", ColumnType.Long), ("ordinal", ColumnType.Int), ("rule", ColumnType.Text), ("severity", ColumnType.Text), ("message_id", ColumnType.Text),
        ("message", ColumnType.Text), ("message_en", ColumnType.Text), ("arguments", ColumnType.Text), ("table_key", ColumnType.Text), ("table_number", ColumnType.Text),
        ("code", ColumnType.Text), ("label", ColumnType.Text), ("column_name", ColumnType.Text), ("section", ColumnType.Text), ("file", ColumnType.Text),
        ("line", ColumnType.Int), ("page", ColumnType.Int), ("expected", ColumnType.Decimal), ("actual", ColumnType.Decimal), ("difference", ColumnType.Decimal),
        ("tolerance", ColumnType.Decimal), ("group_no", ColumnType.Int), ("likely_cell", ColumnType.Text));

    private static readonly RowShape StatusShape = new("rule_status",
        ("document_id", ColumnType.Long), ("rule", ColumnType.Text), ("outcome", ColumnType.Text), ("evaluated", ColumnType.Int), ("failures", ColumnType.Int), ("reason", ColumnType.Text));

    private static void WriteChecks(DbConnection connection, DbTransaction transaction, long id, CheckReport report)
    {
        using (var findings = RowSink.Open(connection, transaction, FindingShape))
        {
            for (var i = 0; i < report.Findings.Count; i++)
            {
                var f = report.Findings[i];
                var l = f.Location;
                findings.Write(id, i, f.Rule.Id, f.Severity.ToName(), f.MessageId, f.GetMessage(MessageLanguage.Chinese), f.GetMessage(MessageLanguage.English),
                    JsonSerializer.Serialize([.. f.Arguments.Select(Argument)], StoreJson.Default.IReadOnlyListString),
                    l.Table?.Name, l.TableNumber, l.Code, l.Label, l.Column, l.Section, l.Source.File, l.Source.Line, l.Source.Page,
                    f.Expected, f.Actual, f.Difference, f.Tolerance, f.Group, f.LikelyCell);
            }
            findings.Complete();
        }
        using (var statuses = RowSink.Open(connection, transaction, StatusShape))
        {
            // One status per rule: a rule reports once per document.
            foreach (var s in report.Statuses.GroupBy(s => s.Rule.Id).Select(g => g.First()))
                statuses.Write(id, s.Rule.Id, Names.Of(s.Outcome), s.Evaluated, s.Failures, s.Reason);
            statuses.Complete();
        }
        Execute(connection, transaction, "UPDATE documents SET errors = @e, warnings = @w, infos = @i WHERE id = @id",
            ("@e", report.Findings.Count(f => f.Severity == Severity.Error)), ("@w", report.Findings.Count(f => f.Severity == Severity.Warning)),
            ("@i", report.Findings.Count(f => f.Severity == Severity.Info)), ("@id", id));
    }

    private static string Argument(object? argument) => argument switch
    {
        null => "",
        LocalizedText text => text.ToString(MessageLanguage.Chinese),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? "",
    };

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // the store's SQL is its own; values go in parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters) Add(command, name, value);
        return command;
    }

    internal static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    internal static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    internal static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJson : System.Text.Json.Serialization.JsonSerializerContext;
