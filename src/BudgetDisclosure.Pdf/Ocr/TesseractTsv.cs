using System.Globalization;

namespace BudgetDisclosure.Pdf;

/// <summary>One word tesseract recognised: its text, its box in image pixels (top-left origin) and its confidence (0–100).</summary>
internal readonly record struct OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence);

/// <summary>
/// Reads tesseract's <c>tsv</c> output (level, page, block, paragraph, line, word, left, top, width, height, conf, text):
/// the word rows (level 5) with text. Never throws: a malformed row is skipped.
/// </summary>
internal static class TesseractTsv
{
    public static List<OcrWord> Words(string tsv)
    {
        var words = new List<OcrWord>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var f = line.Split('\t');
            if (f.Length < 12 || f[0] != "5") continue;
            var text = f[11].Trim();
            if (text.Length == 0) continue;
            if (!Int(f[6], out var left) || !Int(f[7], out var top) || !Int(f[8], out var width) || !Int(f[9], out var height)) continue;
            if (width <= 0 || height <= 0) continue;
            if (!double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf)) continue;
            words.Add(new OcrWord(text, left, top, width, height, Math.Clamp(conf, 0, 100)));
        }
        return words;
    }

    private static bool Int(string s, out int value) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// Words as glyphs in upright page space (points, origin bottom-left, as PdfPig's): the box's left and right edges, its
    /// bottom as the baseline, and the point size estimated from the ink height, since the glyph path's gap and line rules
    /// are in ems. A CJK character's ink fills about 0.88 em, digits and capitals about 0.72 em, brackets about an em.
    /// </summary>
    public static List<Glyph> Glyphs(IReadOnlyList<OcrWord> words, int imageHeight, int dpi)
    {
        var scale = 72.0 / dpi;
        var glyphs = new List<Glyph>(words.Count);
        foreach (var w in words)
        {
            var x0 = w.Left * scale;
            var x1 = (w.Left + w.Width) * scale;
            var baseline = (imageHeight - w.Top - w.Height) * scale;
            var size = w.Height * scale / InkShare(w.Text);
            glyphs.Add(new Glyph(w.Text, x0, x1, baseline, size, w.Confidence));
        }
        return glyphs;
    }

    private static double InkShare(string text)
    {
        if (text.Any(c => c >= '\u2E80')) return 0.88;
        if (text.Any(c => c is '(' or ')' or '[' or ']' or '{' or '}' or '|' or '/' or 'g' or 'j' or 'p' or 'q' or 'y')) return 1.0;
        return 0.72;
    }
}
