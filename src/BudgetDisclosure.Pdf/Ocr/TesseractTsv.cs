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
    /// Words as glyphs in upright page space (points, origin bottom-left, as PdfPig's). Tesseract's word boxes are ragged
    /// for CJK — a box may be half an em taller than its neighbours or reach over the next two words — while the glyph
    /// path's gap and line rules are in ems and baselines. So words are gathered into lines by their box centres, and
    /// every word of a line gets the line's em (the median of its words' ink heights over their ink share: a CJK
    /// character fills about 0.88 em, digits and capitals 0.72, brackets an em) and one baseline; a CJK word is no wider
    /// than 1.1 em a character.
    /// </summary>
    public static List<Glyph> Glyphs(IReadOnlyList<OcrWord> words, int imageHeight, int dpi)
    {
        var scale = 72.0 / dpi;
        var glyphs = new List<Glyph>(words.Count);
        if (words.Count == 0) return glyphs;
        var measured = words.Select(w => (Word: w, Em: w.Height / InkShare(w.Text), Centre: w.Top + w.Height / 2.0)).OrderBy(m => m.Centre).ToList();
        var typical = Median(measured.Select(m => m.Em));
        var i = 0;
        while (i < measured.Count)
        {
            var j = i + 1;
            while (j < measured.Count && measured[j].Centre - measured[i].Centre < 0.5 * Math.Min(typical, measured[i].Em)) j++;
            var line = measured.GetRange(i, j - i);
            var em = Median(line.Select(m => m.Em));
            var centre = Median(line.Select(m => m.Centre));
            // The ink of a CJK line is centred about 0.38 em above its baseline.
            var baseline = (imageHeight - centre - 0.38 * em) * scale;
            foreach (var (w, _, _) in line)
            {
                var width = w.Text.Any(IsCjk) ? Math.Min(w.Width, 1.1 * em * w.Text.Length) : w.Width;
                glyphs.Add(new Glyph(w.Text, w.Left * scale, (w.Left + width) * scale, baseline, em * scale, w.Confidence));
            }
            i = j;
        }
        return glyphs;
    }

    private static bool IsCjk(char c) => c >= '\u2E80';

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double InkShare(string text)
    {
        if (text.Any(IsCjk)) return 0.88;
        if (text.Any(c => c is '(' or ')' or '[' or ']' or '{' or '}' or '|' or '/' or 'g' or 'j' or 'p' or 'q' or 'y')) return 1.0;
        return 0.72;
    }
}
