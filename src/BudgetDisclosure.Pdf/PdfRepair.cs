using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BudgetDisclosure.Pdf;

/// <summary>
/// A PDF cut short (a download that stopped, an upload over its limit) has lost its cross-reference table and
/// trailer, which are written last; PdfPig, strict or lenient, then finds no way in, although the objects of the first
/// pages are all there. This writes a new table for the complete <c>N G obj … endobj</c> objects found in the file and
/// a trailer naming its catalog, so the pages those objects make up can be read; the pages whose objects were lost fail
/// one by one, as damaged pages. Objects packed in object streams are not recovered.
/// </summary>
internal static partial class PdfRepair
{
    [GeneratedRegex(@"(?<![0-9])(\d{1,9})\s+(\d{1,5})\s+obj\b")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"/Type\s*/Catalog\b")]
    private static partial Regex Catalog();

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex Page();

    [GeneratedRegex(@"/Pages\s+(\d{1,9})\s+\d{1,5}\s+R")]
    private static partial Regex PagesReference();

    /// <summary>The file with a rebuilt cross-reference table and trailer, or null when it holds no catalog to start from.</summary>
    public static byte[]? Rebuild(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        // The last complete copy of each object wins, as an incremental update's does.
        var objects = new SortedDictionary<int, (int Generation, int Offset)>();
        var end = 0;
        int? root = null;
        string? rootBody = null;
        var pages = new List<(int Number, int Generation)>();
        var starts = ObjectStart().Matches(text);
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var limit = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var close = text.IndexOf("endobj", start.Index + start.Length, limit - start.Index - start.Length, StringComparison.Ordinal);
            if (close < 0) continue; // cut inside this object, or not an object at all
            var number = int.Parse(start.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var generation = int.Parse(start.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            if (generation > 65535) continue;
            objects[number] = (generation, start.Index);
            end = Math.Max(end, close + "endobj".Length);
            var body = text.AsSpan(start.Index, close - start.Index);
            if (Catalog().IsMatch(body))
            {
                root = number;
                rootBody = body.ToString();
            }
            else if (Page().IsMatch(body)) pages.Add((number, generation));
        }
        if (objects.Count == 0) return null;

        var size = objects.Keys.Max() + 1;
        // Writers put the page tree last as often as first; when it was cut off, a new one gathers the pages found.
        string? newTree = null;
        if (root is null || rootBody is null || PagesReference().Match(rootBody) is not { Success: true } tree
            || !objects.ContainsKey(int.Parse(tree.Groups[1].ValueSpan, CultureInfo.InvariantCulture)))
        {
            if (pages.Count == 0) return null;
            var kids = string.Join(' ', pages.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Number} {p.Generation} R")));
            newTree = string.Create(CultureInfo.InvariantCulture,
                $"{size} 0 obj\n<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>\nendobj\n{size + 1} 0 obj\n<< /Type /Catalog /Pages {size} 0 R >>\nendobj\n");
            root = size + 1;
        }
        var catalog = root.Value;
        var output = new StringBuilder(end + 64 + 20 * size);
        output.Append(text, 0, end).Append('\n');
        if (newTree is not null)
        {
            objects[size] = (0, output.Length);
            objects[size + 1] = (0, output.Length + newTree.IndexOf(string.Create(CultureInfo.InvariantCulture, $"{size + 1} 0 obj"), StringComparison.Ordinal));
            output.Append(newTree);
            size += 2;
        }
        var xref = output.Length;
        output.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n");
        for (var number = 0; number < size; number++)
            output.Append(objects.TryGetValue(number, out var entry)
                ? string.Create(CultureInfo.InvariantCulture, $"{entry.Offset:D10} {entry.Generation:D5} n \n")
                : "0000000000 65535 f \n");
        output.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root {catalog} {objects[catalog].Generation} R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(output.ToString());
    }
}
