using System.Globalization;
using System.Text.Json;
using BudgetDisclosure.Model;
using BudgetDisclosure.Output;

namespace BudgetDisclosure.Storage;

/// <summary>
/// <c>budget export --format fdp</c>: the stored cells as a Fiscal Data Package (the OpenSpending format): a
/// <c>datapackage.json</c> describing <c>budget.csv</c>, with its measures — approved (预算) or executed (决算),
/// expenditure or revenue, in CNY with a factor of 10000 (every amount converted to 万元 from its table's unit) — and
/// its dimensions: the unit and its region, the year, the functional classification (类 → 款 → 项) and the economic
/// one (类 → 款), the project, and the table line (table, column, label) the amount was printed on. One CSV row per
/// printed amount; the columns of a table (合计, 基本支出, 项目支出 …) are rows of their own, so a sum over the package
/// adds a total to its parts unless it is filtered by <c>column</c>.
/// </summary>
public static class FiscalDataPackage
{
    private static readonly string[] Header =
    [
        "unit", "region", "year", "kind", "scope", "table", "column", "label", "code",
        "functional_class", "functional_section", "functional_item", "economic_class", "economic_item", "project",
        "approved_expenditure", "approved_revenue", "executed_expenditure", "executed_revenue", "document",
    ];

    private static readonly string[] Measures = ["approved_expenditure", "approved_revenue", "executed_expenditure", "executed_revenue"];

    /// <summary>Writes datapackage.json and budget.csv into <paramref name="folder"/>; returns the number of rows.</summary>
    public static int Write(BudgetStore store, ExportFilter filter, string folder)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var rows = 0;
        int? first = null, last = null;
        using (var csv = new StreamWriter(Path.Combine(folder, "budget.csv"), false, new System.Text.UTF8Encoding(false)))
        {
            csv.Write(string.Join(",", Header));
            csv.Write('\n');
            foreach (var cell in store.ExportCells(filter))
            {
                if (cell.Value is not { } value) continue;
                var code = cell.Code ?? "";
                var functional = code.Length is 3 or 5 or 7 && code[0] == '2';
                var economic = code.Length is 3 or 5 && code[0] is '3' or '5';
                var measure = (cell.Kind == DisclosureKind.FinalAccounts ? "executed_" : "approved_") + (IsRevenue(cell) ? "revenue" : "expenditure");
                var amount = Storage.Measures.ToWan(value, cell.MoneyUnit).ToString(CultureInfo.InvariantCulture);
                string?[] fields =
                [
                    cell.Unit, cell.Region, cell.Year?.ToString(CultureInfo.InvariantCulture), Names.Of(cell.Kind), Names.Of(cell.Scope), cell.Table,
                    cell.ColumnKey ?? cell.Column, cell.Project ?? cell.Label, code,
                    functional ? code[..3] : null, functional && code.Length >= 5 ? code[..5] : null, functional && code.Length == 7 ? code : null,
                    economic ? code[..3] : null, economic && code.Length == 5 ? code : null, cell.Project,
                    .. Measures.Select(m => m == measure ? amount : null), cell.Document,
                ];
                csv.Write(string.Join(",", fields.Select(f => FactsCsv.Quote(f ?? ""))));
                csv.Write('\n');
                rows++;
                if (cell.Year is { } y) { first = Math.Min(first ?? y, y); last = Math.Max(last ?? y, y); }
            }
        }
        using var stream = File.Create(Path.Combine(folder, "datapackage.json"));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", "budget-disclosures");
        json.WriteString("title", "预算公开数据（budget export）");
        json.WriteString("created", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        json.WriteString("countryCode", "CN");
        json.WriteString("granularity", "aggregated");
        if (first is { } from)
        {
            json.WriteStartObject("fiscalPeriod");
            json.WriteString("start", $"{from:D4}-01-01");
            json.WriteString("end", $"{last!.Value:D4}-12-31");
            json.WriteEndObject();
        }
        json.WriteStartArray("resources");
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", "budget");
        json.WriteString("path", "budget.csv");
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var name in Header)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("type", name == "year" ? "integer" : Measures.Contains(name) ? "number" : "string");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("model");
        json.WriteStartObject("measures");
        foreach (var m in Measures)
        {
            json.WriteStartObject(m);
            json.WriteString("source", m);
            json.WriteString("currency", "CNY");
            json.WriteNumber("factor", 10000);
            json.WriteString("direction", m.EndsWith("revenue", StringComparison.Ordinal) ? "revenue" : "expenditure");
            json.WriteString("phase", m.StartsWith("executed", StringComparison.Ordinal) ? "executed" : "approved");
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartObject("dimensions");
        Dimension(json, "unit", "entity", null, ["unit", "region"], "unit", []);
        Dimension(json, "year", "datetime", null, ["year"], "year", []);
        Dimension(json, "functional_classification", "classification", "functional", ["functional_class", "functional_section", "functional_item"], "functional_item",
            [("functional_section", "functional_class"), ("functional_item", "functional_section")]);
        Dimension(json, "economic_classification", "classification", "economic", ["economic_class", "economic_item"], "economic_item", [("economic_item", "economic_class")]);
        Dimension(json, "project", "activity", null, ["project"], "project", []);
        Dimension(json, "line", "other", null, ["table", "column", "label", "code", "kind", "scope", "document"], "label", []);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        return rows;
    }

    private static bool IsRevenue(ExportCell cell) =>
        cell.Panel == TablePanel.Income || cell.Table == TableKey.Income.Name;

    private static void Dimension(Utf8JsonWriter json, string name, string type, string? classification, string[] attributes, string key, (string Child, string Parent)[] parents)
    {
        json.WriteStartObject(name);
        json.WriteString("dimensionType", type);
        if (classification is not null) json.WriteString("classificationType", classification);
        json.WriteString("primaryKey", key);
        json.WriteStartObject("attributes");
        foreach (var attribute in attributes)
        {
            json.WriteStartObject(attribute);
            json.WriteString("source", attribute);
            foreach (var (child, parent) in parents)
                if (child == attribute) json.WriteString("parent", parent);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
