using System.Text;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Reading;

/// <summary>
/// Seeded fuzzing: the project's fixtures cut, spliced and corrupted at random, read and bound. Reading never
/// throws; a result without a document always carries an error naming the file; and whatever is read is traceable:
/// every amount bound into a table is printed on the line its source names, so a corrupted document may lose figures
/// but never gains or moves one.
/// </summary>
public class ReaderFuzzTests
{
    [Theory]
    [InlineData("markdown-continued-table-and-empty-table.md", 20251)]
    [InlineData("tabs-totals-at-bottom-dropped-level.txt", 20262)]
    public void Mutated_documents_never_throw(string fixture, int seed)
    {
        var original = File.ReadAllBytes(Fixtures.Path("text", fixture));
        var random = new Random(seed);
        var bound = 0;
        for (var i = 0; i < 400; i++)
        {
            var bytes = Mutate(original, random);
            var text = Decode(bytes);
            var result = DisclosurePipeline.Text.Read(DocumentInput.FromText(text, $"fuzz-{seed}-{i}.txt"));
            if (result.Value is null)
                Assert.Contains(result.Diagnostics, d => d.Severity == BudgetDisclosure.Documents.DiagnosticSeverity.Error && d.Source.File == $"fuzz-{seed}-{i}.txt");
            else
            {
                bound += AssertAmountsArePrintedAtTheirSource(result.Value, text);
                Assert.All(result.Diagnostics, d => Assert.Equal($"fuzz-{seed}-{i}.txt", d.Source.File));
            }
            var raw = BudgetDisclosure.Reading.TextDocumentReader.Read(bytes, $"raw-{i}.txt");
            Assert.True(raw.Value is not null || raw.Diagnostics.Count > 0);
        }
        // Most mutations leave most tables readable: a reader that gave up on every mutated document would pass the
        // rest of this test, not this line.
        Assert.True(bound > 400 * 20, $"only {bound} amounts bound over 400 mutated documents");
    }

    /// <summary>
    /// The mutations of tools/BudgetDisclosure.Fuzz (huge repeated stretches, layout pieces, cuts) over every text
    /// fixture and the sample, each input under a time limit; a failure names the seed and index that replay it.
    /// </summary>
    [Theory]
    [InlineData(20260631)]
    public void Fuzzer_mutations_never_throw_or_hang(int seed)
    {
        var files = Directory.GetFiles(Fixtures.Path("text", ""), "*").Concat(Directory.GetFiles(Path.GetDirectoryName(Fixtures.Path("pdftotext", "x"))!, "*"))
            .Append(Repository.SampleText).Order(StringComparer.Ordinal);
        var seeds = files.Select(f => new BudgetDisclosure.Fuzzing.FuzzSeed(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var summary = BudgetDisclosure.Fuzzing.FuzzHarness.RunMany(DisclosurePipeline.Text, "text", seeds, seed, 200, TimeSpan.FromSeconds(10), maxBytes: 1 << 18);
        Assert.True(summary.Failures.Count == 0, string.Join('\n', summary.Failures));
        Assert.True(summary.Bound > 200 * 10, $"only {summary.Bound} amounts bound over 200 mutated texts");
    }

    /// <summary>
    /// Fuzz: a stretch of a pdftotext fixture repeated into one line of 200 KB took seconds, because taking the same
    /// amount span twice out of a list went by value equality, which hashes the span's whole line.
    /// </summary>
    [Fact]
    public void A_line_hundreds_of_kilobytes_long_is_read_in_time()
    {
        var text = File.ReadAllText(Fixtures.Path("pdftotext", "layout-split-codes.txt"));
        var lines = text.Split('\n').ToList();
        var row = lines.FindIndex(l => l.Contains('.', StringComparison.Ordinal) && l.Any(char.IsAsciiDigit));
        lines[row] = string.Concat(Enumerable.Repeat(lines[row] + "   ", 1500));
        var outcome = BudgetDisclosure.Fuzzing.FuzzHarness.Run(DisclosurePipeline.Text, Encoding.UTF8.GetBytes(string.Join('\n', lines)), "long-line.txt", TimeSpan.FromSeconds(10));
        Assert.True(outcome.Verdict is BudgetDisclosure.Fuzzing.Verdict.Read or BudgetDisclosure.Fuzzing.Verdict.Refused, $"{outcome.Verdict}: {outcome.Detail}");
    }

    /// <summary>
    /// Fuzz: a continued page whose header line was blown up into thousands of words gave thousands of columns, and
    /// mapping them onto the first page's worked out every column's position again for every pair (cubic: minutes).
    /// </summary>
    [Fact]
    public void A_continued_page_with_thousands_of_columns_is_read_in_time()
    {
        var text = File.ReadAllText(Fixtures.Path("pdftotext", "layout-page-continuation.txt"));
        var header = "      功能分类科目编码          科目名称                  合计        基本支出        项目支出";
        var second = text.LastIndexOf(header, StringComparison.Ordinal);
        var wide = header + string.Concat(Enumerable.Range(0, 8000).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"   列{i}")));
        var damaged = string.Concat(text.AsSpan(0, second), wide, text.AsSpan(second + header.Length));
        var outcome = BudgetDisclosure.Fuzzing.FuzzHarness.Run(DisclosurePipeline.Text, Encoding.UTF8.GetBytes(damaged), "wide.txt", TimeSpan.FromSeconds(10));
        Assert.True(outcome.Verdict is BudgetDisclosure.Fuzzing.Verdict.Read or BudgetDisclosure.Fuzzing.Verdict.Refused, $"{outcome.Verdict}: {outcome.Detail}");
    }

    /// <summary>
    /// Fuzz: a paragraph of thousands of lines was joined string to string (quadratic in its length); its text is still
    /// every line's, joined as before.
    /// </summary>
    [Fact]
    public void A_paragraph_of_thousands_of_lines_is_read_in_time_and_whole()
    {
        var line = "  本单位按照厉行节约的要求压减一般性支出并加强预算绩效管理和资金监管";
        var text = "一、关于情况说明\n\n" + string.Join('\n', Enumerable.Repeat(line, 50000)) + "\n";
        var outcome = BudgetDisclosure.Fuzzing.FuzzHarness.Run(DisclosurePipeline.Text, Encoding.UTF8.GetBytes(text), "long-paragraph.txt", TimeSpan.FromSeconds(10));
        Assert.True(outcome.Verdict is BudgetDisclosure.Fuzzing.Verdict.Read or BudgetDisclosure.Fuzzing.Verdict.Refused, $"{outcome.Verdict}: {outcome.Detail}");
        var document = outcome.Result!.Document!.Value!;
        var paragraph = Assert.Single(document.Blocks.OfType<BudgetDisclosure.Documents.ParagraphBlock>(), p => p.Text.Length > 1000);
        Assert.Equal(50000 * line.Trim().Length, paragraph.Text.Length);
    }

    /// <summary>
    /// Fuzz: 目录 repeated thousands of times made the contents rules quadratic (each missing entry looked up the body of
    /// every other entry again, matching names each time): minutes and gigabytes for one damaged page.
    /// </summary>
    [Fact]
    public void Contents_repeated_thousands_of_times_are_checked_in_time()
    {
        var lines = File.ReadAllLines(Repository.SampleText).ToList();
        var start = lines.FindIndex(l => l.Trim() == "目 录");
        var end = lines.FindIndex(start, l => l.StartsWith("第一部分", StringComparison.Ordinal) && l.Contains("概况", StringComparison.Ordinal));
        end = lines.FindIndex(end + 1, l => l.StartsWith("第一部分", StringComparison.Ordinal));
        var contents = lines.GetRange(start + 1, end - start - 1).Where(l => l.Trim().Length > 0).Select(l => l + "（续）").ToList();
        lines.InsertRange(end, Enumerable.Range(0, 3000).SelectMany(_ => contents));
        var outcome = BudgetDisclosure.Fuzzing.FuzzHarness.Run(DisclosurePipeline.Text, Encoding.UTF8.GetBytes(string.Join('\n', lines)), "contents.txt", TimeSpan.FromSeconds(10));
        Assert.Equal(BudgetDisclosure.Fuzzing.Verdict.Read, outcome.Verdict);
        Assert.NotNull(outcome.Result!.Report);
    }

    [Theory]
    [InlineData("markdown-continued-table-and-empty-table.md")]
    [InlineData("tabs-totals-at-bottom-dropped-level.txt")]
    public void Unmutated_fixtures_are_traceable(string fixture)
    {
        var text = File.ReadAllText(Fixtures.Path("text", fixture));
        var read = DisclosurePipeline.Text.Read(DocumentInput.FromText(text, fixture));
        Assert.True(AssertAmountsArePrintedAtTheirSource(read.Value!, text) > 20);
    }

    /// <summary>Every number bound into a table is on the line its source names (separators and full-width forms folded).</summary>
    private static int AssertAmountsArePrintedAtTheirSource(BudgetDisclosure.Model.Disclosure disclosure, string text)
    {
        var lines = text.Split('\n');
        var count = 0;
        foreach (var table in disclosure.Tables)
            foreach (var row in table.Rows)
                foreach (var cell in row.Cells.Where(c => c.Amount.IsNumber))
                {
                    Assert.InRange(cell.Source.Line, 1, lines.Length);
                    var line = lines[cell.Source.Line - 1].Normalize(NormalizationForm.FormKC).Replace(",", "", StringComparison.Ordinal);
                    Assert.True(line.Contains(cell.Amount.Text.TrimStart('-'), StringComparison.Ordinal),
                        $"{table.Kind} {row.Label}: {cell.Amount.Text} is not on line {cell.Source.Line}: {line}");
                    count++;
                }
        return count;
    }

    private static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var edits = random.Next(1, 12);
        for (var e = 0; e < edits && bytes.Count > 1; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes.RemoveRange(at, Math.Min(random.Next(1, 200), bytes.Count - at)); break; // cut
                case 1: bytes.Insert(at, (byte)'\t'); break;
                case 2: bytes.Insert(at, (byte)'\n'); break;
                case 3: bytes[at] = (byte)random.Next(256); break;
                case 4: // splice a piece of the document elsewhere
                    var len = Math.Min(random.Next(1, 300), bytes.Count - at);
                    var piece = bytes.GetRange(at, len);
                    bytes.InsertRange(random.Next(bytes.Count), piece);
                    break;
                default: bytes.InsertRange(at, "\f- 3 -\n"u8.ToArray()); break;
            }
        }
        return [.. bytes];
    }
}
