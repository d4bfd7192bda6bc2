using System.Data.Common;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Storage;

/// <summary>What a merge or split changed.</summary>
public sealed record UnitChange(long UnitId, string Name, int Documents, int Rechecked);

/// <summary>
/// The escape hatch when names change (<c>budget units merge/split</c>): units are matched across years by their
/// normalised name and aliases, and a unit renamed (机构改革: 某某局 becomes 某某中心) or two units read as one need a
/// person's word. A merge moves one unit's aliases and documents to another; a split moves the documents printed under
/// one alias to a unit of their own. Versions are renumbered by import order within each unit, year and kind, and the
/// units' documents are checked again, since their years before have changed.
/// </summary>
public sealed class UnitMaintenance(BudgetStore store, DisclosurePipeline pipeline)
{
    public UnitChange Merge(long keep, long other)
    {
        if (keep == other) throw new StoreException(StorageMessages.MergeWithItself);
        using (var connection = store.Connect())
        using (var transaction = connection.BeginTransaction())
        {
            BudgetStore.Execute(connection, transaction, "UPDATE unit_aliases SET unit_id = @k WHERE unit_id = @o", ("@k", keep), ("@o", other));
            BudgetStore.Execute(connection, transaction, "UPDATE documents SET unit_id = @k WHERE unit_id = @o", ("@k", keep), ("@o", other));
            BudgetStore.Execute(connection, transaction, "DELETE FROM units WHERE id = @o", ("@o", other));
            Renumber(connection, transaction, keep);
            transaction.Commit();
        }
        return Finish(keep);
    }

    /// <summary>Moves the alias <paramref name="alias"/> of a unit, and the documents printed under it, to a unit of their own.</summary>
    public UnitChange Split(long unit, string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var key = UnitNames.Normalise(alias);
        long created;
        using (var connection = store.Connect())
        using (var transaction = connection.BeginTransaction())
        {
            var printed = BudgetStore.Scalar(connection, transaction, "SELECT printed FROM unit_aliases WHERE alias = @a AND unit_id = @u", ("@a", key), ("@u", unit)) as string
                ?? throw new StoreException(StorageMessages.NoSuchAlias(alias));
            var aliases = Convert.ToInt32(BudgetStore.Scalar(connection, transaction, "SELECT COUNT(*) FROM unit_aliases WHERE unit_id = @u", ("@u", unit)), System.Globalization.CultureInfo.InvariantCulture);
            if (aliases < 2) throw new StoreException(StorageMessages.SplitLastAlias(alias));
            // The unit's own name may be the alias that leaves: the new unit takes it, the old one its next alias.
            var name = BudgetStore.Scalar(connection, transaction, "SELECT name FROM units WHERE id = @u", ("@u", unit)) as string;
            if (name == key)
            {
                var next = BudgetStore.Scalar(connection, transaction, "SELECT alias FROM unit_aliases WHERE unit_id = @u AND alias <> @a ORDER BY alias", ("@u", unit), ("@a", key)) as string;
                BudgetStore.Execute(connection, transaction, "UPDATE units SET name = @n, display_name = (SELECT printed FROM unit_aliases WHERE alias = @n) WHERE id = @u", ("@n", next), ("@u", unit));
            }
            created = Convert.ToInt64(BudgetStore.Scalar(connection, transaction,
                "INSERT INTO units (name, display_name, region, level) SELECT @n, @d, region, level FROM units WHERE id = @u RETURNING id",
                ("@n", key), ("@d", printed.Trim()), ("@u", unit)), System.Globalization.CultureInfo.InvariantCulture);
            BudgetStore.Execute(connection, transaction, "UPDATE unit_aliases SET unit_id = @c WHERE alias = @a", ("@c", created), ("@a", key));
            var moved = store.Read("SELECT id, unit_name FROM documents WHERE unit_id = @u", r => (r.GetInt64(0), BudgetStore.Text(r, 1)), ("@u", unit))
                .Where(d => d.Item2 is not null && UnitNames.Normalise(d.Item2) == key).Select(d => d.Item1).ToList();
            foreach (var id in moved) BudgetStore.Execute(connection, transaction, "UPDATE documents SET unit_id = @c WHERE id = @id", ("@c", created), ("@id", id));
            Renumber(connection, transaction, unit);
            Renumber(connection, transaction, created);
            transaction.Commit();
        }
        Finish(unit);
        return Finish(created);
    }

    /// <summary>Versions by import order within each year, kind and scope; the last imported is current.</summary>
    private static void Renumber(DbConnection connection, DbTransaction transaction, long unit)
    {
        var documents = new List<(long Id, int? Year, string Kind, string Scope)>();
        using (var command = BudgetStore.Command(connection, transaction, "SELECT id, year, kind, scope FROM documents WHERE unit_id = @u ORDER BY id", ("@u", unit)))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) documents.Add((reader.GetInt64(0), BudgetStore.Int(reader, 1), reader.GetString(2), reader.GetString(3)));
        foreach (var group in documents.GroupBy(d => (d.Year, d.Kind, d.Scope)))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
                BudgetStore.Execute(connection, transaction, "UPDATE documents SET version = @v, is_current = @c WHERE id = @id",
                    ("@v", group.Key.Year is null ? 1 : i + 1), ("@c", group.Key.Year is null || i == list.Count - 1), ("@id", list[i].Id));
        }
    }

    /// <summary>Checks the unit's current documents again, each against its stored year before.</summary>
    private UnitChange Finish(long unit)
    {
        var ids = store.Read("SELECT id FROM documents WHERE unit_id = @u AND is_current ORDER BY year", r => r.GetInt64(0), ("@u", unit));
        var rechecked = 0;
        foreach (var id in ids)
        {
            if (store.Model(id) is not { } disclosure) continue;
            store.ReplaceChecks(id, pipeline.Check(disclosure, store.Prior(disclosure)?.Disclosure));
            rechecked++;
        }
        var all = Convert.ToInt32(store.Read("SELECT COUNT(*) FROM documents WHERE unit_id = @u", r => r.GetValue(0), ("@u", unit))[0], System.Globalization.CultureInfo.InvariantCulture);
        return new UnitChange(unit, store.Unit(unit)?.Name ?? "", all, rechecked);
    }
}
