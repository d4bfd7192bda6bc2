using System.Text;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Reading;

/// <summary>
/// Seeded fuzzing: the project's fixtures cut, spliced and corrupted at random, read and bound. Reading never
/// throws; a result without a document always carries an error naming the file.
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
        for (var i = 0; i < 400; i++)
        {
            var bytes = Mutate(original, random);
            var result = DisclosureReader.ReadText(Decode(bytes), $"fuzz-{seed}-{i}.txt");
            if (result.Value is null)
                Assert.Contains(result.Diagnostics, d => d.Severity == BudgetDisclosure.Documents.DiagnosticSeverity.Error && d.Source.File == $"fuzz-{seed}-{i}.txt");
            var raw = BudgetDisclosure.Reading.TextDocumentReader.Read(bytes, $"raw-{i}.txt");
            Assert.True(raw.Value is not null || raw.Diagnostics.Count > 0);
        }
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
