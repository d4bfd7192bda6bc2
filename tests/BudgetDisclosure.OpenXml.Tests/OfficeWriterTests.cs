using BudgetDisclosure.Binding;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Tests.Writing;
using BudgetDisclosure.Writing;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.OpenXml.Tests;

/// <summary>The sample rendered as Word and Excel reads back to the same tables, claims and the rest of the model.</summary>
public sealed class OfficeWriterTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("budget-writer-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Docx_round_trip_of_the_sample()
    {
        var sample = Samples.Clean();
        var composed = Composer.Compose(WritingInput.FromParsed(sample));
        var path = Path.Combine(dir, "sample.docx");
        DocxWriter.Write(composed, path);
        WritingRoundTrip.AssertReadsBack(sample, composed, TestPipelines.Office.ReadDocument(path));
    }

    [Fact]
    public void Xlsx_round_trip_of_the_sample()
    {
        var sample = Samples.Clean();
        var composed = Composer.Compose(WritingInput.FromParsed(sample));
        var path = Path.Combine(dir, "sample.xlsx");
        XlsxWriter.Write(composed, path);
        WritingRoundTrip.AssertReadsBack(sample, composed, TestPipelines.Office.ReadDocument(path));
    }

    [Fact]
    public void Docx_headers_repeat_merge_and_wide_tables_are_landscape()
    {
        var composed = Composer.Compose(WritingInput.FromParsed(Samples.Clean()));
        var path = Path.Combine(dir, "layout.docx");
        DocxWriter.Write(composed, path);
        using var doc = WordprocessingDocument.Open(path, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<W.Table>().ToList();
        Assert.Equal(composed.Tables.Count(), tables.Count);
        // 收入总表: 科目代码 spans 类/款/项, 财政拨款（补助） spans its sub-columns, header rows repeat.
        var income = tables[1];
        var headerRows = income.Elements<W.TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null).ToList();
        Assert.Equal(2, headerRows.Count);
        Assert.Contains(headerRows[0].Elements<W.TableCell>(), c => c.TableCellProperties?.GridSpan?.Val?.Value == 3 && c.InnerText == "科目代码");
        Assert.Contains(headerRows[1].Elements<W.TableCell>(), c => c.TableCellProperties?.VerticalMerge is not null && c.InnerText.Length == 0);
        // The project table (15 columns) sits in a landscape section.
        var landscape = body.Descendants<W.PageSize>().Count(p => p.Orient?.Value == W.PageOrientationValues.Landscape);
        Assert.True(landscape >= 1);
        Assert.NotNull(doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<W.Style>().SingleOrDefault(s => s.StyleId == "TableHeaderText"));
    }

    [Fact]
    public void Docx_declares_simplified_chinese_faces_and_is_schema_valid()
    {
        var composed = Composer.Compose(WritingInput.FromParsed(Samples.Clean()));
        var path = Path.Combine(dir, "fonts.docx");
        DocxWriter.Write(composed, path);
        using var doc = WordprocessingDocument.Open(path, false);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        // The East Asian language selects the Simplified Chinese glyph forms (OpenType locl) whatever face is substituted.
        Assert.Equal("zh-CN", defaults.GetFirstChild<W.Languages>()!.EastAsia!.Value);
        Assert.Equal("SimSun", defaults.GetFirstChild<W.RunFonts>()!.EastAsia!.Value);
        Assert.Equal("SimHei", styles.Elements<W.Style>().Single(s => s.StyleId == "Heading1").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        var fonts = doc.MainDocumentPart.FontTablePart!.Fonts!.Elements<W.Font>().ToDictionary(f => f.Name!.Value!, f => f);
        Assert.Equal("宋体", fonts["SimSun"].AltName!.Val!.Value);
        Assert.Equal("86", fonts["SimHei"].FontCharSet!.Val!.Value);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }
}
