using System.Text;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Reading;

/// <summary>Bad input gets a clear message naming the file and the line, never an exception or a silent empty result.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("budget-bad-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ReadDiagnostic SingleError(ReadResult<SourceDocument> result, string path)
    {
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(path, error.Source.File);
        return error;
    }

    [Fact]
    public void Empty_file()
    {
        var path = Write("empty.txt", []);
        var error = SingleError(DisclosurePipeline.Text.ReadDocument(path), path);
        Assert.Equal(Messages.EmptyFileCode, error.Code);
        Assert.Equal(Messages.EmptyFile, error.Message);
    }

    [Fact]
    public void Whitespace_only_file_is_empty()
    {
        var path = Write("blank.txt", "\n\n  \r\n"u8.ToArray());
        Assert.Equal(Messages.EmptyFileCode, SingleError(DisclosurePipeline.Text.ReadDocument(path), path).Code);
    }

    [Fact]
    public void Binary_data_names_the_offset()
    {
        var path = Write("data.bin", [0x41, 0x42, 0x00, 0x01, 0x02, 0xFF]);
        var error = SingleError(DisclosurePipeline.Text.ReadDocument(path), path);
        Assert.Equal(Messages.BinaryFileCode, error.Code);
        Assert.Equal(Messages.BinaryFile(2), error.Message);
    }

    [Fact]
    public void Pdf_handed_to_the_text_reader()
    {
        var path = Write("budget.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"));
        var error = SingleError(DisclosurePipeline.Text.ReadDocument(path), path);
        Assert.Equal(Messages.PdfToTextReaderCode, error.Code);
        Assert.Contains("pdftotext", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_handed_to_the_text_reader()
    {
        var path = Write("budget.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);
        Assert.Equal(Messages.OfficeToTextReaderCode, SingleError(DisclosurePipeline.Text.ReadDocument(path), path).Code);
    }

    [Fact]
    public void Missing_file()
    {
        var path = Path.Combine(dir, "nope.txt");
        Assert.Equal(Messages.FileNotFoundCode, SingleError(DisclosurePipeline.Text.ReadDocument(path), path).Code);
    }

    [Fact]
    public void Text_that_is_no_disclosure()
    {
        var path = Write("poem.txt", Encoding.UTF8.GetBytes("床前明月光\n疑是地上霜\n"));
        Assert.Equal(Messages.NoDisclosureContentCode, SingleError(DisclosurePipeline.Text.ReadDocument(path), path).Code);
    }

    [Fact]
    public void Truncated_table_is_reported_at_its_line()
    {
        var text = "2026 年部门预算公开\n\n表 3\n\n部门支出总体情况表\n\n单位：万元\n\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n类\t款\t\t\t\n";
        var path = Write("cut.txt", Encoding.UTF8.GetBytes(text));
        var result = DisclosurePipeline.Text.ReadDocument(path);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Messages.TruncatedTableCode);
        Assert.Equal(path, warning.Source.File);
        Assert.Equal(9, warning.Source.Line);
        Assert.Equal(Messages.TruncatedTable("部门支出总体情况表"), warning.Message);
    }

    [Fact]
    public void Gb18030_and_utf16_read_like_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "2026 年部门预算公开\n\n表 3\n\n部门支出总体情况表\n\n单位：万元\n\n科目编码\t科目名称\t合计\n210\t卫生健康支出\t1,234.56\n\t合计\t1,234.56\n";
        var expected = Table(TextDocumentReader.Read(Encoding.UTF8.GetBytes(text), "u8.txt").Value!);
        var gb = Write("gb.txt", Encoding.GetEncoding("GB18030").GetBytes(text));
        Assert.Equal(expected, Table(DisclosurePipeline.Text.ReadDocument(gb).Value!));
        var utf16 = Write("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        Assert.Equal(expected, Table(DisclosurePipeline.Text.ReadDocument(utf16).Value!));
        var utf16NoBom = Write("u16nobom.txt", Encoding.Unicode.GetBytes(text));
        Assert.Equal(expected, Table(DisclosurePipeline.Text.ReadDocument(utf16NoBom).Value!));

        static string Table(SourceDocument d) => string.Join("|", d.Tables.Single().BodyRows.SelectMany(r => r.Cells).Select(c => c.Text));
    }
}
