using System.Globalization;
using NJsonSchema;

namespace BudgetDisclosure.Storage.Tests;

/// <summary><c>budget export --format fdp</c> against the Fiscal Data Package specification's own JSON Schema (Schemas/README.md).</summary>
public sealed class FiscalDataPackageTests
{
    [Fact]
    public async Task The_package_validates_against_the_specifications_schema_and_its_csv_matches_its_fields()
    {
        using var test = TestStore.Create("sqlite");
        Inputs.Import(test.Store, Inputs.Synthetic(3));
        var folder = Path.Combine(Path.GetTempPath(), "budget-fdp-" + Guid.NewGuid().ToString("N"));
        try
        {
            var rows = FiscalDataPackage.Write(test.Store, new ExportFilter(), folder);
            Assert.True(rows > 100);
            var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "fiscal-data-package.json"));
            var descriptor = await File.ReadAllTextAsync(Path.Combine(folder, "datapackage.json"));
            var errors = schema.Validate(descriptor);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));

            using var json = System.Text.Json.JsonDocument.Parse(descriptor);
            var fields = json.RootElement.GetProperty("resources")[0].GetProperty("schema").GetProperty("fields").EnumerateArray()
                .Select(f => f.GetProperty("name").GetString()).ToList();
            var lines = await File.ReadAllLinesAsync(Path.Combine(folder, "budget.csv"));
            Assert.Equal(string.Join(",", fields), lines[0]);
            Assert.Equal(rows, lines.Length - 1);
            // Every measure the model names is a field, and every amount is in exactly one measure column.
            var measures = json.RootElement.GetProperty("model").GetProperty("measures").EnumerateObject().Select(m => m.Value.GetProperty("source").GetString()).ToList();
            Assert.All(measures, m => Assert.Contains(m, fields));
            var measureColumns = measures.Select(m => fields.IndexOf(m)).ToList();
            foreach (var line in lines.Skip(1).Take(200))
            {
                var cells = line.Split(',');
                var filled = measureColumns.Where(i => cells[i].Length > 0).ToList();
                Assert.Single(filled);
                _ = decimal.Parse(cells[filled[0]], CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
