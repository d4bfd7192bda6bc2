using System.Data.Common;
using System.Globalization;
using System.Text;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Storage.Tests;

public sealed class StoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Opening_applies_the_migrations_once(string provider)
    {
        using var test = TestStore.Create(provider);
        var again = BudgetStore.Open(test.Location);
        Assert.Equal(1, again.SchemaVersion);
        Assert.Equal("1", Snapshot.Scalar(test.Store, "SELECT COUNT(*) FROM schema_version"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Imported_disclosures_are_listed_queried_and_compared(string provider)
    {
        using var test = TestStore.Create(provider);
        var results = Inputs.Import(test.Store, Inputs.Synthetic(6));
        Assert.All(results, r => Assert.Equal(ImportOutcome.Imported, r.Outcome));

        var units = test.Store.Units(new UnitsQuery());
        Assert.Equal(6, units.Count);
        Assert.All(units, u => Assert.Equal(DisclosureKind.Budget, u.Kind));

        var first = test.Store.FindUnits(units[0].Unit);
        Assert.Single(first);
        var history = test.Store.History(first[0].Id);
        Assert.NotEmpty(history);
        // What the store gives back is what the document printed: every number is its printed value, exactly.
        Assert.All(history.Where(h => h.Value is not null), h => Assert.Equal(decimal.Parse(h.Printed, CultureInfo.InvariantCulture), h.Value!.Value));

        var year = units[0].Year!.Value;
        var ranked = test.Store.Compare(year, "expenditure_total");
        Assert.Equal(units.Count(u => u.Year == year), ranked.Count);
        Assert.Equal(ranked.Select(r => r.Value).OrderDescending(), ranked.Select(r => r.Value));
        Assert.Equal(1, ranked[0].Rank);

        // Synthetic disclosures add up by construction: a rule that fails on them is a bug in the store or the checks.
        Assert.Empty(test.Store.Findings(new FindingsQuery(Severity: "error")));
        var rates = test.Store.FiringRates().Where(r => r.Rule == "BD1001").ToList();
        Assert.Equal(6, rates.Sum(r => r.Evaluated));
        Assert.Equal(0, rates.Sum(r => r.Failed));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Importing_again_changes_nothing(string provider)
    {
        using var test = TestStore.Create(provider);
        var items = Inputs.Synthetic(4);
        Inputs.Import(test.Store, items);
        var before = Snapshot.Of(test.Store);
        var again = Inputs.Import(test.Store, items);
        Assert.All(again, r => Assert.Equal(ImportOutcome.Unchanged, r.Outcome));
        Assert.Equal(before, Snapshot.Of(test.Store));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_corrected_republication_is_a_new_current_version(string provider)
    {
        using var test = TestStore.Create(provider);
        var text = Inputs.Markdown(11, 0);
        Inputs.Import(test.Store, [Inputs.Item("a.md", text)]);
        // The same unit, year and kind with one figure of the narrative corrected.
        var corrected = text.Replace("单位：万元", "单位：万元 ", StringComparison.Ordinal);
        Assert.NotEqual(text, corrected);
        var result = Assert.Single(Inputs.Import(test.Store, [Inputs.Item("a-更正.md", corrected)]));
        Assert.Equal(ImportOutcome.NewVersion, result.Outcome);
        var listed = Assert.Single(test.Store.Units(new UnitsQuery()));
        Assert.Equal(2, listed.Version);
        Assert.Equal("a-更正.md", listed.Document);
        Assert.Equal("2", Snapshot.Scalar(test.Store, "SELECT COUNT(*) FROM documents"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_bad_file_is_reported_and_the_rest_are_stored(string provider)
    {
        using var test = TestStore.Create(provider);
        var items = Inputs.Synthetic(3).ToList();
        items.Insert(1, new ImportItem([ImportPart.FromBytes("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog"))]));
        items.Insert(2, Inputs.Item("README.md", "# 说明\n\n这个文件夹里是下载的文件。\n"));
        var results = Inputs.Import(test.Store, items);
        var failed = results.Where(r => r.Outcome == ImportOutcome.Failed).Select(r => r.Item.Display).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["README.md", "broken.pdf"], failed);
        Assert.All(results.Where(r => r.Outcome == ImportOutcome.Failed), r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Equal(3, test.Store.Units(new UnitsQuery()).Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_crash_inside_a_document_leaves_no_half_of_it_and_a_rerun_finishes(string provider)
    {
        using var test = TestStore.Create(provider);
        var items = Inputs.Synthetic(5);
        var saves = 0;
        test.Store.BeforeCommit = _ => { if (++saves == 3) throw new IOException("injected crash before the commit"); };
        var results = Inputs.Import(test.Store, items, workers: 1);
        test.Store.BeforeCommit = null;
        Assert.Single(results, r => r.Outcome == ImportOutcome.Failed);
        Assert.Equal(4, test.Store.Units(new UnitsQuery()).Count);
        // Every row of the store belongs to a whole document: none of the crashed one's cells, claims or findings remain.
        foreach (var table in new[] { "doc_rows", "claims", "findings", "rule_status", "measures", "doc_tables", "document_parts", "diagnostics" })
            Assert.Equal("0", Snapshot.Scalar(test.Store, $"SELECT COUNT(*) FROM {table} WHERE document_id NOT IN (SELECT id FROM documents)"));
        foreach (var table in new[] { "cells", "doc_columns" })
            Assert.Equal("0", Snapshot.Scalar(test.Store, $"SELECT COUNT(*) FROM {table} WHERE table_id NOT IN (SELECT id FROM doc_tables)"));

        var rerun = Inputs.Import(test.Store, items);
        Assert.Equal(4, rerun.Count(r => r.Outcome == ImportOutcome.Unchanged));
        Assert.Equal(1, rerun.Count(r => r.Outcome == ImportOutcome.Imported));

        using var clean = TestStore.Create(provider);
        Inputs.Import(clean.Store, items);
        Assert.Equal(Snapshot.Of(clean.Store), Snapshot.Of(test.Store));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Amounts_are_stored_exactly(string provider)
    {
        using var test = TestStore.Create(provider);
        var text = Inputs.Markdown(5, 2);
        Inputs.Import(test.Store, [Inputs.Item("x.md", text)]);
        var stored = test.Store.Model(long.Parse(Snapshot.Scalar(test.Store, "SELECT MIN(id) FROM documents"), CultureInfo.InvariantCulture))!;
        var read = Inputs.Pipeline.Read(DocumentInput(text)).Value!;
        var printed = read.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells.Where(c => c.Amount.IsPrinted).OrderBy(c => c.Column)).Where(c => c.Amount.IsNumber).Select(c => c.Amount.Value).ToList();
        var fromCells = Snapshot.Column(test.Store, "SELECT value FROM cells WHERE value IS NOT NULL ORDER BY table_id, row_ordinal, col_index")
            .Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(printed, fromCells);
        Assert.Equal(read.Tables.Count, stored.Tables.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void An_archive_imports_back_into_the_same_store(string provider)
    {
        using var source = TestStore.Create(provider);
        var text = Inputs.Markdown(11, 0);
        Inputs.Import(source.Store, [.. Inputs.Synthetic(3), Inputs.Item("a-更正.md", text.Replace("单位：万元", "单位：万元 ", StringComparison.Ordinal))]);
        var archive = Path.Combine(Path.GetTempPath(), "budget-archive-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using (var stream = File.Create(archive))
                Assert.Equal(4, StoreArchive.Write(source.Store, new ExportFilter { AllVersions = true }, stream));
            Assert.True(StoreArchive.IsArchive(archive));
            using var target = TestStore.Create(provider);
            var results = Inputs.Import(target.Store, StoreArchive.Read(archive).Select(ImportItem.FromArchive), workers: 1);
            Assert.Equal(4, results.Count(r => r.Outcome is ImportOutcome.Imported or ImportOutcome.NewVersion));
            Assert.Equal(Snapshot.Of(source.Store), Snapshot.Of(target.Store));
            // And again: an archive is idempotent like the files it came from.
            Assert.All(Inputs.Import(target.Store, StoreArchive.Read(archive).Select(ImportItem.FromArchive)), r => Assert.Equal(ImportOutcome.Unchanged, r.Outcome));
        }
        finally
        {
            File.Delete(archive);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Merging_two_units_and_splitting_them_again_restores_the_store(string provider)
    {
        using var test = TestStore.Create(provider);
        Inputs.Import(test.Store, Inputs.Synthetic(3));
        var before = Snapshot.Of(test.Store);
        var units = test.Store.FindUnits("");
        Assert.Equal(3, units.Count);
        var maintenance = new UnitMaintenance(test.Store, Inputs.Pipeline);
        var merged = maintenance.Merge(units[0].Id, units[1].Id);
        Assert.Equal(2, test.Store.FindUnits("").Count);
        Assert.Equal(2, test.Store.Unit(merged.UnitId)!.Aliases.Count);
        maintenance.Split(units[0].Id, units[1].Aliases[0]);
        Assert.Equal(before, Snapshot.Of(test.Store));
    }

    [Theory]
    [InlineData("江苏省人民检察院", "江苏省", "省")]
    [InlineData("北京市医疗保障局", "北京市", "省")]
    [InlineData("中共北京市委军民融合发展委员会办公室", "北京市", "省")]
    [InlineData("深圳市审计局", "深圳市", "市")]
    [InlineData("克孜勒苏柯尔克孜自治州医疗保障局", "克孜勒苏柯尔克孜自治州", "市")]
    [InlineData("焉耆回族自治县医疗保障局", "焉耆回族自治县", "县")]
    [InlineData("上海市普陀区财政局", "上海市", "县")]
    [InlineData("杭州市西湖区某某街道办事处", "杭州市", "乡")]
    [InlineData("长沙市市场监督管理局", "长沙市", "市")]
    public void A_units_region_and_level_come_from_the_places_its_name_begins_with(string name, string region, string level) =>
        Assert.Equal(new IssuerPlace(region, level), IssuerRegion.Of(name, null));

    [Fact]
    public void A_regional_templates_region_wins_and_a_name_without_a_place_has_none()
    {
        Assert.Equal("新疆维吾尔自治区", IssuerRegion.Of("焉耆回族自治县医疗保障局", "新疆维吾尔自治区").Region);
        Assert.Equal(new IssuerPlace(null, null), IssuerRegion.Of("医疗保障局", null));
    }

    private static Ingest.DocumentInput DocumentInput(string text) => Ingest.DocumentInput.FromText(text, "x.md");
}

/// <summary>A store's content without what differs between two imports of the same files (ids, times): for comparing stores.</summary>
internal static class Snapshot
{
    public static string Of(BudgetStore store)
    {
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT d.content_hash, COALESCE(u.name, ''), d.year, d.kind, d.scope, d.region, d.version, d.is_current, d.errors, d.warnings, d.infos, d.reading_status, d.template_id FROM documents d LEFT JOIN units u ON u.id = d.unit_id ORDER BY d.content_hash",
            "SELECT d.content_hash, f.ordinal, f.rule, f.severity, f.message, f.line FROM findings f JOIN documents d ON d.id = f.document_id ORDER BY d.content_hash, f.ordinal",
            "SELECT d.content_hash, s.rule, s.outcome, s.evaluated, s.failures, COALESCE(s.reason, '') FROM rule_status s JOIN documents d ON d.id = s.document_id ORDER BY d.content_hash, s.rule",
            "SELECT d.content_hash, t.ordinal, c.row_ordinal, c.col_index, COALESCE(w.code, ''), w.label, c.value, c.decimals, COALESCE(c.printed, ''), c.state FROM cells c JOIN doc_rows w ON w.table_id = c.table_id AND w.row_ordinal = c.row_ordinal JOIN doc_tables t ON t.id = c.table_id JOIN documents d ON d.id = t.document_id ORDER BY d.content_hash, t.ordinal, c.row_ordinal, c.col_index",
            "SELECT d.content_hash, t.ordinal, k.col_index, COALESCE(k.column_key, ''), k.column_path, k.panel FROM doc_columns k JOIN doc_tables t ON t.id = k.table_id JOIN documents d ON d.id = t.document_id ORDER BY d.content_hash, t.ordinal, k.col_index",
            "SELECT d.content_hash, m.measure, m.value FROM measures m JOIN documents d ON d.id = m.document_id ORDER BY d.content_hash, m.measure",
            "SELECT u.name, u.region, u.level FROM units u ORDER BY u.name",
        })
        {
            foreach (var row in Rows(store, sql)) text.AppendLine(row);
            text.AppendLine("--");
        }
        return text.ToString();
    }

    public static string Scalar(BudgetStore store, string sql) => Rows(store, sql).Single();

    public static List<string> Column(BudgetStore store, string sql) => Rows(store, sql);

    private static List<string> Rows(BudgetStore store, string sql) =>
        store.Read(sql, r => string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => Show(r, i))));

    private static string Show(DbDataReader reader, int i) => reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
    {
        bool b => b ? "1" : "0",
        long or int or short => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };
}
