using System.Runtime.CompilerServices;
using System.Text.Json;
using BudgetDisclosure.Cli.Tests.Support;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Output;

namespace BudgetDisclosure.Cli.Tests;

public class JsonOutputTests
{
    private static readonly ReadDiagnostic Warning =
        new(DiagnosticSeverity.Warning, "BD0014", "表格“政府采购预算明细表”没有注明金额单位，按万元处理。", new SourceLocation(SampleDisclosure.Path, 49, 2));

    private static string Write(params (string Path, IReadOnlyList<ReadDiagnostic> Diagnostics, Disclosure? Disclosure)[] documents)
    {
        using var output = new StringWriter();
        using (var writer = new JsonDocumentWriter(output))
        {
            foreach (var (path, diagnostics, disclosure) in documents) writer.Write(path, diagnostics, disclosure);
            writer.Complete();
        }
        return output.ToString();
    }

    private static string Sample() => Write((SampleDisclosure.Path, [Warning], SampleDisclosure.Create()));

    [Fact]
    public void Envelope_has_schema_version_and_one_document_per_input()
    {
        var json = Write(
            ("missing.txt", [new ReadDiagnostic(DiagnosticSeverity.Error, "BD0001", "找不到文件。", new SourceLocation("missing.txt", 0, 0))], null),
            (SampleDisclosure.Path, [], SampleDisclosure.Create()));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("schemaVersion", root.EnumerateObject().First().Name);
        Assert.Equal("1.3", root.GetProperty("schemaVersion").GetString());
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);

        Assert.Equal("missing.txt", documents[0].GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, documents[0].GetProperty("disclosure").ValueKind);
        var error = Assert.Single(documents[0].GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal("BD0001", error.GetProperty("code").GetString());

        Assert.Equal(JsonValueKind.Object, documents[1].GetProperty("disclosure").ValueKind);
        Assert.Empty(documents[1].GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Amounts_keep_state_text_value_and_decimals()
    {
        using var doc = JsonDocument.Parse(Sample());
        var table = doc.RootElement.GetProperty("documents")[0].GetProperty("disclosure").GetProperty("tables")[0];
        Assert.Equal("expenditure", table.GetProperty("kind").GetString());
        Assert.Equal("ten_thousand_yuan", table.GetProperty("unit").GetString());

        var total = table.GetProperty("rows")[0];
        Assert.Equal("total", total.GetProperty("kind").GetString());
        var amount = total.GetProperty("cells")[2].GetProperty("amount");
        Assert.Equal("number", amount.GetProperty("state").GetString());
        Assert.Equal("71.60", amount.GetProperty("text").GetString());
        Assert.Equal(2, amount.GetProperty("decimals").GetInt32());
        // Written from decimal with its printed scale: the raw JSON number keeps the trailing zero.
        Assert.Equal("71.60", amount.GetProperty("value").GetRawText());
        Assert.Equal(71.60m, amount.GetProperty("value").GetDecimal());

        var separated = total.GetProperty("cells")[0].GetProperty("amount");
        Assert.Equal("1838.21", separated.GetProperty("text").GetString());
        Assert.Equal("1838.21", separated.GetProperty("value").GetRawText());

        var blank = table.GetProperty("rows")[1].GetProperty("cells")[2].GetProperty("amount");
        Assert.Equal("blank", blank.GetProperty("state").GetString());
        Assert.Equal("", blank.GetProperty("text").GetString());
        Assert.False(blank.TryGetProperty("value", out _));
        Assert.False(blank.TryGetProperty("decimals", out _));

        var cells = table.GetProperty("rows")[2].GetProperty("cells");
        Assert.Equal("dash", cells[0].GetProperty("amount").GetProperty("state").GetString());
        Assert.Equal("-", cells[0].GetProperty("amount").GetProperty("text").GetString());
        Assert.False(cells[0].GetProperty("amount").TryGetProperty("value", out _));
        Assert.Equal("unreadable", cells[1].GetProperty("amount").GetProperty("state").GetString());
        Assert.Equal("见附表", cells[1].GetProperty("amount").GetProperty("text").GetString());
    }

    [Fact]
    public void Amount_built_from_value_is_written_with_its_printed_decimals()
    {
        var amount = JsonMapper.ToJson(Amount.FromValue(2m, 2));
        Assert.Equal("2.00", amount.Text);
        Assert.Equal(2, amount.Decimals);
        Assert.Equal("2.00", amount.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Codes_columns_rows_and_sources_are_described()
    {
        using var doc = JsonDocument.Parse(Sample());
        var disclosure = doc.RootElement.GetProperty("documents")[0].GetProperty("disclosure");
        var table = disclosure.GetProperty("tables")[0];

        var column = table.GetProperty("columns")[1];
        Assert.Equal(2, column.GetProperty("index").GetInt32());
        Assert.Equal(["支出预算", "基本支出"], column.GetProperty("headerPath").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("支出预算/基本支出", column.GetProperty("path").GetString());
        Assert.Equal("basic", column.GetProperty("key").GetString());
        Assert.Equal("none", column.GetProperty("panel").GetString());

        var row = table.GetProperty("rows")[1];
        var code = row.GetProperty("code");
        Assert.Equal("2101101", code.GetProperty("digits").GetString());
        Assert.Equal("function", code.GetProperty("system").GetString());
        Assert.Equal("item", code.GetProperty("level").GetString());
        Assert.Equal("行政单位医疗", row.GetProperty("label").GetString());
        var source = row.GetProperty("source");
        Assert.Equal("sample.txt", source.GetProperty("file").GetString());
        Assert.Equal(21, source.GetProperty("line").GetInt32());
        Assert.Equal(2, source.GetProperty("page").GetInt32());
        Assert.False(table.GetProperty("rows")[0].TryGetProperty("code", out _));

        var project = disclosure.GetProperty("tables")[1];
        Assert.Equal("general_public_project_expenditure", project.GetProperty("kind").GetString());
        Assert.Equal("医保经办服务经费，\"两定\"机构核查", project.GetProperty("rows")[0].GetProperty("project").GetString());
        Assert.Equal("econ_302", project.GetProperty("columns")[1].GetProperty("key").GetString());

        var empty = disclosure.GetProperty("tables")[3];
        Assert.True(empty.GetProperty("isDeclaredEmpty").GetBoolean());
        Assert.Equal("prior_year_carryover", empty.GetProperty("kind").GetString());
    }

    [Fact]
    public void Narrative_parts_use_snake_case_enums()
    {
        using var doc = JsonDocument.Parse(Sample());
        var disclosure = doc.RootElement.GetProperty("documents")[0].GetProperty("disclosure");
        Assert.Equal("unit", disclosure.GetProperty("scope").GetString());
        Assert.Equal("budget", disclosure.GetProperty("kind").GetString());
        Assert.Equal(2026, disclosure.GetProperty("year").GetInt32());
        var claim = disclosure.GetProperty("claims")[0];
        Assert.Equal("income", claim.GetProperty("topic").GetString());
        Assert.Equal("income", claim.GetProperty("subject").GetProperty("table").GetString());
        Assert.Equal("increase", claim.GetProperty("change").GetProperty("direction").GetString());
        Assert.Equal("1.02%", claim.GetProperty("change").GetProperty("rate").GetProperty("text").GetString());
        Assert.Equal("operating_costs", disclosure.GetProperty("otherMatters").GetProperty("operatingCosts").GetProperty("topic").GetString());
        var indicator = disclosure.GetProperty("performanceTargets")[0].GetProperty("indicators")[0];
        Assert.Equal("at_least", indicator.GetProperty("comparator").GetString());
        Assert.Equal("财政拨款", disclosure.GetProperty("performanceTargets")[0].GetProperty("funding")[0].GetProperty("name").GetString());
        Assert.Equal(-1, disclosure.GetProperty("profile").GetProperty("staffing").GetProperty("actual").GetProperty("change").GetInt32());
    }

    [Fact]
    public void Chinese_is_not_escaped_and_lines_end_with_lf()
    {
        var json = Sample();
        Assert.Contains("焉耆回族自治县医疗保障局", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Streamed_output_equals_whole_serialisation_and_reads_back()
    {
        var json = Sample();
        var whole = BudgetJson.Serialize(new ParseOutputJson
        {
            SchemaVersion = BudgetJson.SchemaVersion,
            Documents = [JsonMapper.ToJson(SampleDisclosure.Path, [Warning], SampleDisclosure.Create())],
        });
        Assert.Equal(whole + "\n", json);

        var back = BudgetJson.Deserialize(json);
        Assert.NotNull(back);
        Assert.Equal(whole, BudgetJson.Serialize(back!));
        var cell = back!.Documents[0].Disclosure!.Tables[0].Rows[1].Cells[0];
        Assert.Equal(AmountState.Number, cell.Amount.State);
        Assert.Equal(2.03m, cell.Amount.Value);
    }

    [Fact]
    public void Enum_numbers_are_refused_on_reading()
    {
        var json = Sample().Replace("\"kind\": \"expenditure\"", "\"kind\": 3", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => BudgetJson.Deserialize(json));
    }

    [Fact]
    public void Matches_golden_file()
    {
        Golden.Assert(Golden.PathOf("BudgetDisclosure.Cli.Tests", "sample.json"), Sample());
    }
}
