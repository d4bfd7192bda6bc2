using System.Globalization;
using System.Text;

namespace BudgetDisclosure.Pdf.Tests.Support;

/// <summary>
/// Writes small, valid PDFs by hand (objects, cross-reference table, trailer) so that the reader's handling of text
/// pages, image-only pages and damaged files is tested without the corpus.
/// </summary>
public static class MinimalPdf
{
    /// <summary>A page that shows <paramref name="text"/> (ASCII, Helvetica) or, when null, a 2×2 grey image and no text.</summary>
    public static byte[] Build(params string?[] pages)
    {
        var objects = new List<byte[]>();
        int Add(string body) => Add2(Encoding.ASCII.GetBytes(body));
        int Add2(byte[] body)
        {
            objects.Add(body);
            return objects.Count;
        }

        // 1 catalog and 2 page tree first; their bodies are filled in once the pages are known.
        Add("");
        Add("");
        var font = Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var image = Add2([.. "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n"u8, 0x00, 0xFF, 0xFF, 0x00, .. "\nendstream"u8]);
        var kids = new List<int>();
        foreach (var text in pages)
        {
            var content = text is null
                ? "q 200 0 0 200 72 500 cm /Im1 Do Q"
                : string.Join('\n', text.Split('\n').Select((line, i) => string.Create(CultureInfo.InvariantCulture, $"BT /F1 12 Tf 72 {760 - 16 * i} Td ({line}) Tj ET")));
            var stream = Add(string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"));
            var resources = text is null ? $"<< /XObject << /Im1 {image} 0 R >> >>" : $"<< /Font << /F1 {font} 0 R >> >>";
            kids.Add(Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources {resources} /Contents {stream} 0 R >>"));
        }
        objects[0] = Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>");
        objects[1] = Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>");

        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write("\nendobj\n");
        }
        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
