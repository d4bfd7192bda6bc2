using System.Text;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading.Pdftotext;
using UglyToad.PdfPig.Content;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Pdf;

/// <summary>
/// One glyph in upright page space: baseline start and end, baseline height and point size; for a word read by OCR, its
/// confidence (0–100; a text layer's glyph is certain).
/// </summary>
internal readonly record struct Glyph(string Text, double X0, double X1, double Base, double Size, double Confidence = 100);

/// <summary>
/// A run of glyphs on one line with no wide gap inside: a cell, a caption, a line of prose. <see cref="Edges"/> holds
/// the left edge of each character of <see cref="Text"/> and, last, the right edge of the run.
/// </summary>
internal sealed class Chunk(string text, double[] edges, double baseline, double size, double confidence = 100)
{
    public string Text { get; } = text;
    public double[] Edges { get; } = edges;
    public double Base { get; } = baseline;
    public double Size { get; } = size;
    public double X0 => Edges[0];
    public double X1 => Edges[^1];
    /// <summary>The lowest confidence of its glyphs: 100 from a text layer, tesseract's word confidence from OCR.</summary>
    public double Confidence { get; } = confidence;

    /// <summary>Characters on the grid: the text's, or a ruled table's width for the frame standing for it.</summary>
    public int Width => Edges.Length - 1;
    /// <summary>Grid column of the first character, once laid out.</summary>
    public int Column { get; set; }

    /// <summary>Index of the rendered line it was written on, once rendered.</summary>
    public int Line { get; set; }

    /// <summary>
    /// For the text of a ruled cell spanning several columns: the grid extent [start, end) of the whole cell, once laid
    /// out (the text itself, centred, covers only part of it).
    /// </summary>
    public (int Start, int End)? Ruled { get; set; }
}

internal static class PageLayout
{
    /// <summary>A horizontal gap of this many ems or more separates two chunks (two table cells, caption and unit).</summary>
    private const double ChunkGap = 0.8;

    /// <summary>A gap of this many ems inside a chunk is a word space ("2026 年", "2,776.75 一、…").</summary>
    private const double WordGap = 0.25;

    /// <summary>Glyphs whose baselines are closer than this many ems form one run; a wrapped cell's lines are further apart.</summary>
    private const double LineTolerance = 0.35;

    /// <summary>Runs whose baselines are closer than this many ems are written on one line (pdftotext's maxIntraLineDelta).</summary>
    private const double LineJoin = 0.5;

    /// <summary>Glyphs from the page's letters: upright text only, whitespace dropped, fake bold (overprinted twice) removed.</summary>
    public static List<Glyph> Glyphs(IReadOnlyList<Letter> letters)
    {
        var orientation = DominantOrientation(letters);
        var glyphs = new List<Glyph>(letters.Count);
        foreach (var letter in letters)
        {
            if (letter.TextOrientation != orientation) continue;
            var text = letter.Value;
            if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsControl)) continue;
            var size = letter.PointSize > 0.5 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
            var (x0, x1, y) = Upright(letter, orientation);
            var advance = x1 - x0;
            // Some fonts declare a full em for half-width glyphs ("(" in E-BZ is 13.7 wide at 13.7 pt, but the next glyph
            // starts 7 pt later): such a glyph is given half an em. Only a claim of (nearly) a whole em is doubted: "%" is
            // 0.83 em in Times, and halved it leaves a gap read as a space ("(% )"). Dashes, quotes and ellipses are full
            // width in CJK fonts (“三公”, ——).
            if (text.Length == 1 && text[0] < '\u2E80' && text[0] is not (>= '\u2010' and <= '\u203F') && advance > 0.9 * size) advance = 0.5 * size;
            if (advance <= 0) advance = 0.5 * size;
            glyphs.Add(new Glyph(text, x0, x0 + advance, y, size));
        }
        return glyphs;
    }

    public static TextOrientation DominantOrientation(IReadOnlyList<Letter> letters)
    {
        Span<int> counts = stackalloc int[6];
        foreach (var l in letters) counts[(int)l.TextOrientation]++;
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
            if (counts[i] > counts[best]) best = i;
        return (TextOrientation)best;
    }

    /// <summary>Coordinates turned so that the text reads left to right with the baseline going up the page.</summary>
    private static (double X0, double X1, double Y) Upright(Letter l, TextOrientation orientation) => orientation switch
    {
        TextOrientation.Rotate180 => (-l.StartBaseLine.X, -l.EndBaseLine.X, -l.StartBaseLine.Y),
        TextOrientation.Rotate90 => (l.StartBaseLine.Y, l.EndBaseLine.Y, -l.StartBaseLine.X),
        TextOrientation.Rotate270 => (-l.StartBaseLine.Y, -l.EndBaseLine.Y, l.StartBaseLine.X),
        _ => (l.StartBaseLine.X, l.EndBaseLine.X, l.StartBaseLine.Y),
    };

    /// <summary>Groups glyphs into lines top to bottom and each line into chunks left to right.</summary>
    /// <param name="glyphs">The page's upright glyphs.</param>
    /// <param name="rulings">Vertical cell borders of the page.</param>
    /// <param name="everyRuling">
    /// True: every vertical ruling cuts a run. False: only a ruling between the end of an amount and the text after it
    /// (a 财政拨款收支总表 may print "15,375.67" and the next cell's "一、一般公共服务支出" a quarter em apart), which no header
    /// or prose needs to keep together.
    /// </param>
    /// <param name="ocr">
    /// The glyphs are OCR words: a number split at its decimal point or separator ("30." "00", as tesseract cuts a
    /// half-width point that advances half an em) is joined back without a space. Only for OCR: in a text layer
    /// "1. 2026 年" is a numbered item.
    /// </param>
    public static List<Chunk> Chunks(List<Glyph> glyphs, Rulings? rulings = null, bool everyRuling = true, bool ocr = false)
    {
        glyphs.Sort((a, b) => b.Base.CompareTo(a.Base));
        var chunks = new List<Chunk>();
        var row = new List<Glyph>();
        var i = 0;
        while (i < glyphs.Count)
        {
            var seed = glyphs[i];
            row.Clear();
            row.Add(seed);
            var j = i + 1;
            while (j < glyphs.Count && seed.Base - glyphs[j].Base <= LineTolerance * Math.Min(seed.Size, glyphs[j].Size))
                row.Add(glyphs[j++]);
            row.Sort((a, b) => a.X0.CompareTo(b.X0));
            SplitRow(row, rulings ?? Rulings.None, everyRuling, ocr, chunks);
            i = j;
        }
        return chunks;
    }

    private static void SplitRow(List<Glyph> row, Rulings rulings, bool everyRuling, bool ocr, List<Chunk> chunks)
    {
        var sb = new StringBuilder();
        var edges = new List<double>();
        var bases = 0.0;
        var count = 0;
        var confidence = 100.0;
        Glyph? last = null;
        foreach (var g in row)
        {
            if (last is { } p)
            {
                var em = Math.Min(p.Size, g.Size);
                // Fake bold and drop shadows draw the same glyph twice at almost the same place.
                if (g.Text == p.Text && Math.Abs(g.X0 - p.X0) < 0.1 * em && Math.Abs(g.Base - p.Base) < 0.2 * em) continue;
                var gap = g.X0 - p.X1;
                // Tesseract gives CJK text as words a few characters long with gaps between them; CJK is written without spaces.
                var numberGoesOn = ocr && g.Text.Length > 0 && sb.Length > 0
                    && (gap < 1.5 * em && EndsNumberSeparator(sb) && char.IsAsciiDigit(TextNormalizer.FoldChar(g.Text[0]))
                        || gap < ChunkGap * em && sb[^1] >= '\u2E80' && g.Text[0] >= '\u2E80');
                // Between glyph centres, so that a glyph box overshooting a border does not hide it.
                if (numberGoesOn)
                {
                }
                else if (gap >= ChunkGap * em
                    || ((everyRuling || EndsAmount(sb) && !StartsNumber(g.Text)) && rulings.Between((p.X0 + p.X1) / 2, (g.X0 + g.X1) / 2, (p.Base + g.Base) / 2)))
                {
                    chunks.Add(MakeChunk(sb.ToString(), edges, p.X1, bases / count, p.Size, confidence));
                    sb.Clear();
                    edges.Clear();
                    bases = 0;
                    count = 0;
                    confidence = 100;
                }
                else if (gap >= WordGap * em)
                {
                    sb.Append(' ');
                    edges.Add(p.X1);
                }
            }
            // A ligature or a multi-character glyph shares its advance among its characters.
            for (var k = 0; k < g.Text.Length; k++) edges.Add(g.X0 + (g.X1 - g.X0) * k / g.Text.Length);
            sb.Append(g.Text);
            bases += g.Base;
            count++;
            confidence = Math.Min(confidence, g.Confidence);
            last = g;
        }
        if (last is { } l) chunks.Add(MakeChunk(sb.ToString(), edges, l.X1, bases / count, l.Size, confidence));
    }

    /// <summary>The run so far ends in an amount with decimals ("15,375.67"), not a year or a count.</summary>
    private static bool EndsAmount(StringBuilder sb)
    {
        var end = sb.Length;
        var start = end;
        while (start > 0 && sb[start - 1] != ' ') start--;
        if (end - start < 3) return false;
        var word = sb.ToString(start, end - start);
        return word.Contains('.', StringComparison.Ordinal) && char.IsAsciiDigit(word[^1]) && LayoutSpan.Classify(word) == SpanKind.Amount;
    }

    /// <summary>The run ends in a digit and a decimal point or thousands separator ("30.", "1,").</summary>
    private static bool EndsNumberSeparator(StringBuilder sb) =>
        sb.Length >= 2 && TextNormalizer.FoldChar(sb[^1]) is '.' or ',' && char.IsAsciiDigit(TextNormalizer.FoldChar(sb[^2]));

    private static bool StartsNumber(string text) => text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '.' or ',' or '%');

    private static Chunk MakeChunk(string text, List<double> edges, double right, double baseline, double size, double confidence)
    {
        // Full-width digits and separators ("１２３．４５") only read as an amount once folded; folding keeps the length.
        var folded = TextNormalizer.FoldWidth(text);
        if (LayoutSpan.Classify(folded) != SpanKind.Text) text = folded;
        return new Chunk(text, [.. edges, right], baseline, size, confidence);
    }

    /// <summary>
    /// Gives every chunk its grid column as pdftotext -layout does (poppler's <c>TextPage::assignColumns</c>): taken in
    /// order of their left edges, a chunk starts two columns after the end of every chunk wholly to its left anywhere on
    /// the page, or, when it starts inside another chunk's extent, at that chunk's column plus the characters before the
    /// point where it starts. So cells of one column share their left column, right-aligned amounts share their right
    /// column, and nothing overlaps — without a fixed pitch, which would stretch CJK text (one column, one em) or digits
    /// (half an em) out of line with each other.
    /// </summary>
    public static void AssignColumns(List<Chunk> chunks)
    {
        chunks.Sort((a, b) => a.X0 != b.X0 ? a.X0.CompareTo(b.X0) : b.Base.CompareTo(a.Base));
        for (var i = 0; i < chunks.Count; i++)
        {
            var c0 = chunks[i];
            var column = 0;
            for (var j = 0; j < i; j++)
            {
                var c1 = chunks[j];
                int candidate;
                if (c0.X0 >= c1.X1)
                {
                    // Two columns apart where poppler has one: chunks are separate cells by construction, and the
                    // layout parser tells cells apart by runs of two or more spaces.
                    candidate = c1.Column + c1.Width + 2;
                }
                else
                {
                    var e = c1.Edges;
                    var k = 0;
                    while (k < c1.Width && c0.X0 >= 0.5 * (e[k] + e[k + 1])) k++;
                    candidate = c1.Column + k;
                }
                if (candidate > column) column = candidate;
            }
            c0.Column = column;
        }
    }

    /// <summary>
    /// Lays a page out: glyphs inside a ruled table cell by cell (<see cref="RuledTable.Lay"/>), the others in runs
    /// (<see cref="Chunks"/>). Returns the lines and every chunk with its grid column.
    /// </summary>
    public static (List<string> Lines, List<Chunk> Chunks) Page(List<Glyph> glyphs, Rulings rulings, bool everyRuling, IReadOnlyList<RuledTable> tables)
    {
        var laid = new List<(Chunk Frame, List<Chunk> Cells)>();
        if (tables.Count > 0)
        {
            var inside = tables.Select(t => new List<Glyph>[t.CellCount]).ToArray();
            var free = new List<Glyph>(glyphs.Count);
            foreach (var g in glyphs)
            {
                var placed = false;
                for (var t = 0; t < tables.Count && !placed; t++)
                {
                    var cell = tables[t].CellAt(g);
                    if (cell < 0) continue;
                    (inside[t][cell] ??= []).Add(g);
                    placed = true;
                }
                if (!placed) free.Add(g);
            }
            glyphs = free;
            for (var t = 0; t < tables.Count; t++)
                if (tables[t].Lay(inside[t]) is { Cells.Count: > 0 } table) laid.Add(table);
        }
        var chunks = Chunks(glyphs, rulings, everyRuling);
        var lines = Render(chunks, laid);
        return (lines, chunks);
    }

    /// <summary>
    /// Writes the chunks out line by line as pdftotext -layout does: chunks whose baselines lie within half an em are one
    /// line, padded with spaces to their columns; a chunk that would overlap the text before it starts a new line; the
    /// vertical distance to the next line, in ems, gives one to five line breaks. A ruled table takes part in the
    /// column assignment as one block (its frame); its cells, already placed within it, are then added to
    /// <paramref name="chunks"/> at the frame's column.
    /// </summary>
    public static List<string> Render(List<Chunk> chunks, IReadOnlyList<(Chunk Frame, List<Chunk> Cells)>? tables = null)
    {
        var result = new List<string>();
        tables ??= [];
        if (chunks.Count == 0 && tables.Count == 0) return result;
        var all = new List<Chunk>(chunks);
        all.AddRange(tables.Select(t => t.Frame));
        AssignColumns(all);
        foreach (var (frame, cells) in tables)
        {
            foreach (var cell in cells)
            {
                cell.Column += frame.Column;
                if (cell.Ruled is { } span) cell.Ruled = (span.Start + frame.Column, span.End + frame.Column);
            }
            chunks.AddRange(cells);
        }
        chunks.Sort((a, b) => b.Base.CompareTo(a.Base));
        // Within a line, left to right by column.
        var ordered = new List<Chunk>(chunks.Count);
        var i = 0;
        while (i < chunks.Count)
        {
            var j = i + 1;
            while (j < chunks.Count && chunks[i].Base - chunks[j].Base < LineJoin * chunks[i].Size) j++;
            ordered.AddRange(chunks.Skip(i).Take(j - i).OrderBy(c => c.Column).ThenBy(c => c.X0));
            i = j;
        }

        var sb = new StringBuilder(256);
        for (var k = 0; k < ordered.Count; k++)
        {
            var chunk = ordered[k];
            if (sb.Length > 0 && chunk.Column < sb.Length)
            {
                result.Add(sb.ToString());
                sb.Clear();
            }
            sb.Append(' ', chunk.Column - sb.Length);
            sb.Append(chunk.Text);
            chunk.Line = result.Count;
            var next = k + 1 < ordered.Count ? ordered[k + 1] : null;
            if (next is null || next.Column < sb.Length || Math.Abs(chunk.Base - next.Base) > LineJoin * chunk.Size)
            {
                result.Add(sb.ToString());
                sb.Clear();
                if (next is not null)
                {
                    var breaks = (int)((chunk.Base - next.Base) / chunk.Size);
                    for (var b = 1; b < Math.Clamp(breaks, 1, 5); b++) result.Add("");
                }
            }
        }
        return result;
    }
}
