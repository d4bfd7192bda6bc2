using BudgetDisclosure.Ingest;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Writing;

namespace BudgetDisclosure.Fuzzing;

/// <summary>
/// The inputs mutations start from, by format: the repository's fixtures and samples, the sample disclosure written
/// as HTML, DOCX and XLSX by the project's own writers, and any files under <c>--seeds</c> (the corpus), told apart by
/// the pipeline's own sniffing.
/// </summary>
internal static class Seeds
{
    private static readonly string[] RepositoryFolders = ["samples", "tests/BudgetDisclosure.Tests/Fixtures", "tests/BudgetDisclosure.Pdf.Tests/Fixtures"];

    public static Dictionary<string, List<FuzzSeed>> Collect(DisclosurePipeline pipeline, IEnumerable<string> folders)
    {
        var root = RepositoryRoot();
        var seeds = new Dictionary<string, List<FuzzSeed>>(StringComparer.Ordinal);
        void Add(string format, string name, byte[] bytes)
        {
            if (!seeds.TryGetValue(format, out var list)) seeds[format] = list = [];
            list.Add(new FuzzSeed(name, bytes));
        }
        void AddFile(string path) => Add(pipeline.FormatOf(DocumentInput.FromBytes(File.ReadAllBytes(path), path)).Name, Path.GetRelativePath(root, path), File.ReadAllBytes(path));

        var files = RepositoryFolders
            .Select(d => Path.Combine(root, d)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal) || f.Contains("Fixtures", StringComparison.Ordinal));
        foreach (var file in files.Order(StringComparer.Ordinal)) AddFile(file);

        var sample = Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").Single();
        var composed = Composer.Compose(WritingInput.FromParsed(DisclosurePipeline.Text.Read(sample).Value!));
        Add("html", "sample.html (HtmlWriter)", System.Text.Encoding.UTF8.GetBytes(HtmlWriter.Write(composed)));
        using (var docx = new MemoryStream())
        {
            DocxWriter.Write(composed, docx);
            Add("docx", "sample.docx (DocxWriter)", docx.ToArray());
        }
        using (var xlsx = new MemoryStream())
        {
            XlsxWriter.Write(composed, xlsx);
            Add("xlsx", "sample.xlsx (XlsxWriter)", xlsx.ToArray());
        }
        AddSamplePdf(composed, Add);

        foreach (var folder in folders)
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                if (!file.EndsWith("README.md", StringComparison.Ordinal)) AddFile(file);
        return seeds;
    }

    /// <summary>
    /// The sample as <c>budget render --to pdf</c> writes it, when LibreOffice is installed: the repository holds no PDF
    /// of its own, and a run without <c>--seeds</c> should still fuzz the PDF reader.
    /// </summary>
    private static void AddSamplePdf(ComposedDocument composed, Action<string, string, byte[]> add)
    {
        if (PdfConverter.FindConverter() is null) return;
        var dir = Directory.CreateTempSubdirectory("budget-fuzz-");
        try
        {
            var docx = Path.Combine(dir.FullName, "sample.docx");
            var pdf = Path.Combine(dir.FullName, "sample.pdf");
            DocxWriter.Write(composed, docx);
            PdfConverter.Convert(docx, pdf);
            add("pdf", "sample.pdf (DocxWriter + LibreOffice)", File.ReadAllBytes(pdf));
        }
        catch (PdfConversionException ex)
        {
            Console.Error.WriteLine($"no sample PDF seed: {ex.Message}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "BudgetDisclosure.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("BudgetDisclosure.slnx not found above the current folder");
    }
}
