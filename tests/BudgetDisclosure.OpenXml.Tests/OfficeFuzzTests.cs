using System.IO.Compression;
using System.Text;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Fuzzing;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Writing;

namespace BudgetDisclosure.OpenXml.Tests;

/// <summary>
/// Seeded fuzzing of the DOCX and XLSX readers, with mutations that know the ZIP: parts removed, doubled, truncated,
/// emptied or blown up, one part's XML corrupted (numbers set to extremes, references far right, elements repeated).
/// Then one test per bug the fuzzer found, each on the smallest edit of a real package that shows it.
/// </summary>
public class OfficeFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private static readonly Lazy<ComposedDocument> Composed = new(() =>
        Composer.Compose(WritingInput.FromParsed(DisclosurePipeline.Text.Read(Repository.SampleText).Value!)));

    private static byte[] Docx()
    {
        using var stream = new MemoryStream();
        DocxWriter.Write(Composed.Value, stream);
        return stream.ToArray();
    }

    private static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(Composed.Value, stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("docx", 20260621)]
    [InlineData("xlsx", 20260622)]
    public void Mutated_packages_never_throw_or_hang(string format, int seed)
    {
        FuzzSeed[] seeds = format == "docx"
            ? [new("sample.docx", Docx())]
            : [new("sample.xlsx", Xlsx()), new("workbook.xlsx", File.ReadAllBytes(Directory.GetFiles(Path.Combine(Repository.Root, "samples"), "*.xlsx").Single()))];
        var summary = FuzzHarness.RunMany(TestPipelines.Office, format, seeds, seed, 200, Limit, maxBytes: 1 << 18);
        Assert.True(summary.Failures.Count == 0, string.Join('\n', summary.Failures));
        // A part's XML broken anywhere makes the SDK refuse the whole package, so fewer survive than of text: still some must.
        Assert.True(summary.Read > 15, $"only {summary.Read} of 200 mutated {format} read");
    }

    /// <summary>The package with one part's text edited (or the part removed, when <paramref name="edit"/> gives null).</summary>
    private static byte[] Edit(byte[] package, string part, Func<string, string?> edit)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                var edited = entry.FullName == part ? edit(text) : text;
                if (edited is null) continue;
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(edited);
            }
        return output.ToArray();
    }

    /// <summary>The package with one part's bytes replaced.</summary>
    private static byte[] Replace(byte[] package, string part, byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == part) to.Write(bytes);
                else from.CopyTo(to);
            }
        return output.ToArray();
    }

    [Fact]
    public void A_part_that_is_not_text_in_its_encoding_is_a_damaged_file()
    {
        // Fuzz: XmlException out of PackageGuard, whose XmlReader decodes the first bytes as it is created.
        // The fuzzer's input: "<?xml" with its "<" flipped to 0x90, behind a UTF-8 BOM.
        var bytes = Replace(Xlsx(), "[Content_Types].xml", [0xEF, 0xBB, 0xBF, 0x90, .. "?xml version=\"1.0\"?><Types />"u8]);
        var result = Read(bytes, "bad-encoding.xlsx");
        AssertNoUnexpectedError(result, "bad-encoding.xlsx");
    }

    private static ReadResult<SourceDocument> Read(byte[] bytes, string name) =>
        TestPipelines.Office.ReadDocument(DocumentInput.FromBytes(bytes, name));

    private static void AssertNoUnexpectedError(ReadResult<SourceDocument> result, string name)
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Messages.ReaderFailedCode);
        Assert.All(result.Diagnostics, d => Assert.Equal(name, d.Source.File));
        if (result.Value is null) Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_cell_reference_past_the_last_column_is_skipped_not_an_overflow()
    {
        // Fuzz: OverflowException in XlsxReader.ColumnOf (checked arithmetic) on r="ZZZZZZZZZZ5".
        var bytes = Edit(Xlsx(), "xl/worksheets/sheet2.xml", xml => xml.Replace("r=\"A5\"", "r=\"ZZZZZZZZZZ5\"", StringComparison.Ordinal));
        var result = Read(bytes, "wide.xlsx");
        AssertNoUnexpectedError(result, "wide.xlsx");
        Assert.NotNull(result.Value);
        Assert.Equal(XlsxReader.MaxColumn + 1, XlsxReader.ColumnOf("ZZZZZZZZZZZZZZ1"));
        Assert.Equal(16384, XlsxReader.ColumnOf("XFD1"));
    }

    [Fact]
    public void An_empty_sheet_part_is_a_warning_and_the_other_sheets_are_read()
    {
        // Fuzz: NullReferenceException in XlsxReader.SheetLines when a worksheet part is empty.
        var bytes = Edit(Xlsx(), "xl/worksheets/sheet3.xml", _ => "");
        var result = Read(bytes, "empty-sheet.xlsx");
        AssertNoUnexpectedError(result, "empty-sheet.xlsx");
        Assert.NotNull(result.Value);
        Assert.Contains(result.Diagnostics, d => d.Code == OpenXmlMessages.DamagedSheetCode && d.Source.Page == 3);
    }

    [Fact]
    public void A_relationship_to_a_removed_part_is_a_damaged_file()
    {
        // Fuzz: InvalidOperationException ("Specified part does not exist in the package") out of WordprocessingDocument.Open.
        var bytes = Edit(Docx(), "word/styles.xml", _ => null);
        var result = Read(bytes, "no-styles.docx");
        AssertNoUnexpectedError(result, "no-styles.docx");
    }

    [Fact]
    public void A_huge_grid_span_does_not_lay_out_billions_of_cells()
    {
        var bytes = Edit(Docx(), "word/document.xml", xml =>
        {
            var at = xml.IndexOf("<w:tc>", StringComparison.Ordinal);
            return string.Concat(xml.AsSpan(0, at), "<w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\" /></w:tcPr><w:p /></w:tc>", xml.AsSpan(at));
        });
        var result = Read(bytes, "span.docx");
        AssertNoUnexpectedError(result, "span.docx");
        Assert.NotNull(result.Value);
    }

    [Fact]
    public void Xml_nested_thousands_deep_is_refused_before_the_sdk_builds_it()
    {
        // Fuzz: a row element repeated unclosed inside a cell took the SDK minutes (quadratic in depth) and, deeper, the stack.
        var bytes = Edit(Xlsx(), "xl/worksheets/sheet1.xml", xml =>
        {
            var at = xml.IndexOf("<x:sheetData>", StringComparison.Ordinal) + "<x:sheetData>".Length;
            return string.Concat(xml.AsSpan(0, at), string.Concat(Enumerable.Repeat("<x:row>", 5000)), xml.AsSpan(at));
        });
        var result = Read(bytes, "deep.xlsx");
        AssertNoUnexpectedError(result, "deep.xlsx");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(OpenXmlMessages.CorruptFileCode, error.Code);
        Assert.Contains("嵌套", error.Message, StringComparison.Ordinal);
    }
}
