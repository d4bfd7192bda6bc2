using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.OpenXml.Tests;

/// <summary>Word and Excel versions of the sample read into the same tables as its text.</summary>
public sealed class OfficeReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("budget-office-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>(table, code or label, column key, printed value) of every printed amount.</summary>
    private static HashSet<string> Facts(Disclosure d) =>
        [.. d.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Where(c => c.Amount.IsPrinted).Select(c =>
            $"{t.Kind.ToName()}|{r.Panel}|{r.Code?.Digits ?? r.Label}|{r.Project}|{t.Columns.Single(col => col.Index == c.Column).Key}|{c.Amount.Text}")))];

    private static Disclosure Bind(ReadResult<SourceDocument> read)
    {
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        return DisclosureBinder.Bind(read.Value!).Value!;
    }

    private static Disclosure FromText() => DisclosurePipeline.Text.Read(SampleOffice.SamplePath()).Value!;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Docx_reads_the_same_tables_as_the_text(bool merge)
    {
        var path = Path.Combine(dir, "sample.docx");
        SampleOffice.WriteDocx(path, SampleOffice.SampleLines(), merge);
        var docx = Bind(TestPipelines.Office.ReadDocument(path));
        var text = FromText();
        Assert.Equal(text.Tables.Select(t => t.Kind), docx.Tables.Select(t => t.Kind));
        var expected = Facts(text);
        var actual = Facts(docx);
        Assert.Empty(expected.Except(actual));
        Assert.Empty(actual.Except(expected));
        Assert.Equal(text.UnitName, docx.UnitName);
        Assert.Equal(text.Claims.Count, docx.Claims.Count);
    }

    [Fact]
    public void An_office_package_is_told_by_its_main_part_not_its_name()
    {
        var docx = Path.Combine(dir, "报表.bin");
        SampleOffice.WriteDocx(docx, SampleOffice.SampleLines(), merge: false);
        var xlsx = Path.Combine(dir, "报表.docx");
        SampleOffice.WriteXlsx(xlsx, SampleOffice.SampleLines(), hiddenNoise: false);
        var pipeline = TestPipelines.Office;
        Assert.Equal("docx", pipeline.FormatOf(DocumentInput.FromFile(docx).Value!).Name);
        Assert.Equal("xlsx", pipeline.FormatOf(DocumentInput.FromFile(xlsx).Value!).Name);
        // A ZIP that is neither, and bytes that only start like a ZIP, go to the text format (which says it is binary).
        var zip = Path.Combine(dir, "other.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create)) archive.CreateEntry("readme.txt");
        Assert.Equal("text", pipeline.FormatOf(DocumentInput.FromFile(zip).Value!).Name);
        Assert.Equal("text", pipeline.FormatOf(DocumentInput.FromBytes("PK\u0003\u0004broken"u8.ToArray(), "broken.docx")).Name);
        Assert.Equal(Facts(FromText()), Facts(Bind(pipeline.ReadDocument(docx))));
        using var stream = File.OpenRead(xlsx);
        Assert.Equal(Facts(FromText()), Facts(pipeline.Read(stream, xlsx).Value!));
    }

    [Fact]
    public void Docx_cells_know_their_paragraph()
    {
        var path = Path.Combine(dir, "sample.docx");
        SampleOffice.WriteDocx(path, SampleOffice.SampleLines(), merge: true);
        var docx = Bind(TestPipelines.Office.ReadDocument(path));
        var cell = docx.Table(TableKey.Expenditure)!.Row("2101101")!.Cells[0];
        Assert.Equal(path, cell.Source.File);
        Assert.True(cell.Source.Line > 0);
        Assert.Null(cell.Source.Page);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Xlsx_reads_the_same_tables_as_the_text(bool hiddenNoise)
    {
        var path = Path.Combine(dir, "sample.xlsx");
        SampleOffice.WriteXlsx(path, SampleOffice.SampleLines(), hiddenNoise);
        var read = TestPipelines.Office.ReadDocument(path);
        var xlsx = Bind(read);
        var text = FromText();
        Assert.Equal(text.Tables.Select(t => t.Kind), xlsx.Tables.Select(t => t.Kind));
        var expected = Facts(text);
        var actual = Facts(xlsx);
        Assert.Empty(expected.Except(actual));
        Assert.Empty(actual.Except(expected));
        if (hiddenNoise)
        {
            Assert.Contains(read.Diagnostics, d => d.Code == OpenXmlMessages.HiddenSheetCode);
            Assert.Contains(read.Diagnostics, d => d.Code == OpenXmlMessages.HiddenRowsCode);
        }
        var cell = xlsx.Table(TableKey.Expenditure)!.Row("2101101")!.Cells[0];
        Assert.Equal(3, cell.Source.Page); // the third sheet
        Assert.True(cell.Source.Line > 3);
    }

    [Theory]
    [InlineData(4, "#,##0.00", 1234.5, "1,234.50")]
    [InlineData(2, "0.00", 996.43000000000006, "996.43")]
    [InlineData(0, "General", 996.43000000000006, "996.43")]
    [InlineData(10, "0.00%", 0.9163, "91.63%")]
    [InlineData(3, "#,##0", 1234.4, "1,234")]
    public void Numbers_print_as_their_format_prints_them(uint builtIn, string _, double value, string printed)
    {
        var formats = NumberFormats.From(new DocumentFormat.OpenXml.Spreadsheet.Stylesheet(
            new DocumentFormat.OpenXml.Spreadsheet.CellFormats(new DocumentFormat.OpenXml.Spreadsheet.CellFormat { NumberFormatId = builtIn })));
        Assert.Equal(printed, formats.Print((decimal)value, 0));
    }

    [Fact]
    public void Not_an_office_file()
    {
        var path = Path.Combine(dir, "fake.docx");
        File.WriteAllText(path, "这不是 Word 文件");
        // The pipeline would hand these bytes to the text format; the DOCX reader itself must still say what is wrong.
        using var stream = File.OpenRead(path);
        var read = DocxReader.Read(stream, path);
        Assert.False(read.Success);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(path, error.Source.File);
        Assert.Contains(error.Code, new[] { OpenXmlMessages.NotOfficeFileCode, OpenXmlMessages.CorruptFileCode });
    }

    [Fact]
    public void Missing_file() =>
        Assert.Equal(Messages.FileNotFoundCode, Assert.Single(TestPipelines.Office.ReadDocument(Path.Combine(dir, "nope.xlsx")).Diagnostics).Code);
}
