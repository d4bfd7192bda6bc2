using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Pdf.Tests.Support;
using Xunit.Abstractions;

namespace BudgetDisclosure.Pdf.Tests;

public class OcrTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Dump()
    {
        var bytes = ScannedFixture.Build();
        File.WriteAllBytes("/tmp/ocrx/fixture.pdf", bytes);
        var result = PdfDocumentReader.Read(bytes, "fixture.pdf", new PdfReadOptions { Ocr = OcrOptions.Default });
        foreach (var d in result.Diagnostics) output.WriteLine(d.ToString());
        foreach (var b in result.Value?.Blocks ?? []) output.WriteLine(b.ToString());
        foreach (var t in result.Value?.Tables ?? [])
            foreach (var r in t.HeaderRows.Concat(t.BodyRows)) output.WriteLine(r.Source.Line + ": " + string.Join(" | ", r.Cells.Select(c => c.Text)));
        var bound = DisclosureBinder.Bind(result);
        foreach (var d in bound.Diagnostics) output.WriteLine(d.ToString());
        var report = BudgetDisclosure.Checks.Checker.Check(bound.Value!);
        foreach (var f in report.Findings) output.WriteLine(f.ToString());
    }
}
