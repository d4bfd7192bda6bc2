using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BudgetDisclosure.Fuzzing;

/// <summary>How a seed is taken apart before it is mutated.</summary>
internal enum SeedShape
{
    /// <summary>Text and HTML: bytes, with markup and layout pieces spliced in.</summary>
    Plain,

    /// <summary>PDF: objects, cross-reference table, trailer and streams.</summary>
    Pdf,

    /// <summary>DOCX and XLSX: a ZIP of XML parts.</summary>
    Zip,
}

/// <summary>
/// Mutates real inputs into damaged ones the way damage arrives: downloads cut short, bits flipped, objects and parts
/// lost, doubled, emptied or blown up, numbers in the structure set to extremes. Structure-aware where the format has a
/// structure a plain byte flip would rarely reach (a deflated ZIP part fails its CRC; a PDF's xref is one line among
/// megabytes), plain bytes elsewhere. Every choice comes from the <see cref="Random"/> given, so one seed and index
/// replay one input exactly.
/// </summary>
internal static partial class Mutator
{
    /// <summary>No mutated input grows past this: the readers' limits are tested elsewhere, and memory stays bounded.</summary>
    public const int MaxBytes = 12 * 1024 * 1024;

    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>Extremes that overflow an int, a uint or a loop bound when a reader trusts them.</summary>
    private static readonly string[] Extremes =
        ["0", "-1", "-2147483648", "2147483647", "2147483648", "4294967295", "4294967296", "99999999999999999999", "1e308", "NaN", "1000000"];

    public static SeedShape ShapeOf(string format) => format switch
    {
        "pdf" => SeedShape.Pdf,
        "docx" or "xlsx" => SeedShape.Zip,
        _ => SeedShape.Plain,
    };

    /// <summary>One to four mutations stacked on a copy of <paramref name="seed"/>.</summary>
    public static byte[] Mutate(byte[] seed, SeedShape shape, Random random, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(random);
        var bytes = seed;
        var count = random.Next(4) == 0 ? random.Next(2, 5) : 1;
        for (var i = 0; i < count; i++)
        {
            bytes = shape switch
            {
                SeedShape.Pdf => MutatePdf(bytes, random, maxBytes),
                SeedShape.Zip => MutateZip(bytes, random, maxBytes),
                _ => MutatePlain(bytes, random, LooksLikeMarkup(bytes), maxBytes),
            };
            if (bytes.Length > maxBytes) bytes = bytes[..maxBytes];
        }
        return bytes;
    }

    // ---- bytes ----

    /// <summary>Mutations any format suffers: cut short, bits flipped, pieces lost or copied elsewhere.</summary>
    public static byte[] MutateBytes(byte[] bytes, Random random)
    {
        if (bytes.Length == 0) return [(byte)random.Next(256)];
        switch (random.Next(6))
        {
            case 0: return bytes[..random.Next(bytes.Length)];
            case 1: return bytes[..Math.Max(0, bytes.Length - 1 - random.Next(Math.Min(bytes.Length, 4096)))];
            case 2:
                {
                    var copy = (byte[])bytes.Clone();
                    var flips = random.Next(1, 17);
                    for (var i = 0; i < flips; i++)
                    {
                        var at = random.Next(copy.Length);
                        copy[at] = random.Next(2) == 0 ? (byte)(copy[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
                    }
                    return copy;
                }
            case 3:
                {
                    var at = random.Next(bytes.Length);
                    var length = Math.Min(random.Next(1, 4096), bytes.Length - at);
                    return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + length)];
                }
            case 4:
                {
                    var at = random.Next(bytes.Length);
                    var length = Math.Min(random.Next(1, 4096), bytes.Length - at);
                    var to = random.Next(bytes.Length + 1);
                    return [.. bytes.AsSpan(0, to), .. bytes.AsSpan(at, length), .. bytes.AsSpan(to)];
                }
            default: return [];
        }
    }

    // ---- text and HTML ----

    private static readonly string[] TextPieces =
        ["\t", "\n", "\r\n", "\f- 3 -\n", "\t\t\t\t", "合计\t", "\t-\t", "—", "（单位：万元）\n", "1,234.56", "\u0000", "\uFEFF", "\t999999999999999999999999.99\t", "表一\n"];

    private static readonly string[] HtmlPieces =
        ["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<td colspan=\"1000\">", "<td rowspan=\"1000\">",
         "<td colspan=\"1000\" rowspan=\"1000\">", "<td colspan=\"2147483647\">", "<td rowspan=\"-5\">", "<caption>", "<p>", "</p>",
         "<div><span>", "</span></div>", "<script>", "<!--", "<![CDATA[", "&#x0;", "&nbsp;", "<br>", "<table><tr><td><table>"];

    private static bool LooksLikeMarkup(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("<"u8) >= 0;

    private static byte[] MutatePlain(byte[] bytes, Random random, bool html, int maxBytes)
    {
        switch (random.Next(html ? 5 : 4))
        {
            case 0:
            case 1:
                return MutateBytes(bytes, random);
            case 2:
                {
                    var pieces = html && random.Next(2) == 0 ? HtmlPieces : TextPieces;
                    var piece = Encoding.UTF8.GetBytes(pieces[random.Next(pieces.Length)]);
                    var at = random.Next(bytes.Length + 1);
                    return [.. bytes.AsSpan(0, at), .. piece, .. bytes.AsSpan(at)];
                }
            case 3:
                return Inflate(bytes, random, maxBytes);
            default:
                {
                    // Deep nesting: parsers that recurse on the tree meet their stack.
                    var depth = random.Next(100, 5000);
                    var open = random.Next(3) switch { 0 => "<div>", 1 => "<table><tr><td>", _ => "<span>" };
                    var sb = new StringBuilder();
                    for (var i = 0; i < depth; i++) sb.Append(open);
                    var at = random.Next(bytes.Length + 1);
                    return [.. bytes.AsSpan(0, at), .. Encoding.UTF8.GetBytes(sb.ToString()), .. bytes.AsSpan(at)];
                }
        }
    }

    /// <summary>A huge part: one stretch of the input repeated until it is megabytes long.</summary>
    private static byte[] Inflate(byte[] bytes, Random random, int maxBytes)
    {
        if (bytes.Length == 0) return bytes;
        var at = random.Next(bytes.Length);
        var length = Math.Min(random.Next(1, 2048), bytes.Length - at);
        var times = Math.Min(random.Next(2, 20_000), Math.Max(2, (maxBytes / 2) / length));
        using var output = new MemoryStream();
        output.Write(bytes, 0, at + length);
        for (var i = 1; i < times; i++) output.Write(bytes, at, length);
        output.Write(bytes, at + length, bytes.Length - at - length);
        return output.ToArray();
    }

    // ---- PDF ----

    [GeneratedRegex(@"\d{1,10}\s+\d{1,5}\s+obj\b")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"/(Length|Count|Size|W|Width|Height|N|First|Prev|XRefStm|BitsPerComponent|Columns|Predictor|Rotate|FirstChar|LastChar)\s+(-?\d+)")]
    private static partial Regex StructuralNumber();

    [GeneratedRegex(@"stream\r?\n")]
    private static partial Regex StreamStart();

    private static byte[] MutatePdf(byte[] bytes, Random random, int maxBytes)
    {
        var text = Latin1.GetString(bytes);
        var objects = Objects(text);
        switch (random.Next(10))
        {
            case 0: return bytes[..random.Next(bytes.Length + 1)]; // a download cut short
            case 1: return MutateBytes(bytes, random);
            case 2 when objects.Count > 0:
                {
                    var (start, end) = objects[random.Next(objects.Count)];
                    var to = random.Next(2) == 0 ? end : objects[random.Next(objects.Count)].Start;
                    return Latin1.GetBytes(string.Concat(text.AsSpan(0, to), text.AsSpan(start, end - start), text.AsSpan(to)));
                }
            case 3 when objects.Count > 0:
                {
                    var (start, end) = objects[random.Next(objects.Count)];
                    return Latin1.GetBytes(string.Concat(text.AsSpan(0, start), text.AsSpan(end)));
                }
            case 4: return Latin1.GetBytes(BreakXref(text, random));
            case 5 when objects.Count > 0:
                {
                    // An object emptied: its number and generation left, its body gone.
                    var (start, end) = objects[random.Next(objects.Count)];
                    var header = ObjectStart().Match(text, start);
                    var body = random.Next(2) == 0 ? " " : " null ";
                    return Latin1.GetBytes(string.Concat(text.AsSpan(0, header.Index + header.Length), body, text.AsSpan(end - "endobj".Length)));
                }
            case 6:
                {
                    var numbers = StructuralNumber().Matches(text);
                    if (numbers.Count == 0) return MutateBytes(bytes, random);
                    var number = numbers[random.Next(numbers.Count)].Groups[2];
                    return Latin1.GetBytes(string.Concat(text.AsSpan(0, number.Index), Extremes[random.Next(Extremes.Length)], text.AsSpan(number.Index + number.Length)));
                }
            case 7:
                {
                    // A huge part: a stream's data (a page's drawing operators, a font) repeated.
                    var streams = StreamStart().Matches(text);
                    if (streams.Count == 0) return Inflate(bytes, random, maxBytes);
                    var start = streams[random.Next(streams.Count)];
                    var dataAt = start.Index + start.Length;
                    var dataEnd = text.IndexOf("endstream", dataAt, StringComparison.Ordinal);
                    if (dataEnd <= dataAt) return Inflate(bytes, random, maxBytes);
                    var data = text[dataAt..dataEnd];
                    var times = Math.Clamp(random.Next(2, 2000), 2, Math.Max(2, (maxBytes / 2) / Math.Max(1, data.Length)));
                    var sb = new StringBuilder(text.Length + data.Length * times);
                    sb.Append(text, 0, dataAt);
                    for (var i = 0; i < times; i++) sb.Append(data);
                    sb.Append(text, dataEnd, text.Length - dataEnd);
                    return Latin1.GetBytes(sb.ToString());
                }
            case 8: return Inflate(bytes, random, maxBytes);
            default:
                {
                    // Part of the file before the object where it is cut: what a truncated PDF that still holds pages is.
                    if (objects.Count == 0) return bytes[..random.Next(bytes.Length + 1)];
                    var (_, end) = objects[random.Next(objects.Count)];
                    return bytes[..end];
                }
        }
    }

    /// <summary>The spans of <c>N G obj … endobj</c> in the file.</summary>
    private static List<(int Start, int End)> Objects(string text)
    {
        var spans = new List<(int, int)>();
        foreach (Match match in ObjectStart().Matches(text))
        {
            var end = text.IndexOf("endobj", match.Index + match.Length, StringComparison.Ordinal);
            if (end < 0) break;
            spans.Add((match.Index, end + "endobj".Length));
        }
        return spans;
    }

    private static string BreakXref(string text, Random random)
    {
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var xref = text.LastIndexOf("\nxref", StringComparison.Ordinal);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        switch (random.Next(6))
        {
            case 0 when startxref >= 0:
                {
                    // startxref pointing anywhere
                    var digits = startxref + "startxref".Length;
                    while (digits < text.Length && char.IsWhiteSpace(text[digits])) digits++;
                    var end = digits;
                    while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                    var target = random.Next(3) == 0 ? Extremes[random.Next(Extremes.Length)] : random.Next(text.Length + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return string.Concat(text.AsSpan(0, digits), target, text.AsSpan(end));
                }
            case 1 when xref >= 0 && trailer > xref:
                return string.Concat(text.AsSpan(0, xref + 1), text.AsSpan(trailer)); // the table gone
            case 2 when trailer >= 0:
                {
                    var root = text.IndexOf("/Root", trailer, StringComparison.Ordinal);
                    return root < 0 ? text : string.Concat(text.AsSpan(0, root), "/Xoot", text.AsSpan(root + 5));
                }
            case 3 when xref >= 0:
                {
                    // One entry's offset shifted: it points into the middle of another object.
                    var entries = text.IndexOf('\n', text.IndexOf('\n', xref + 1) + 1);
                    var lines = Math.Max(1, (Math.Max(trailer, entries) - entries) / 20);
                    var at = entries + 1 + 20 * random.Next(lines);
                    if (at + 10 > text.Length) return text;
                    var offset = random.Next(text.Length).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
                    return string.Concat(text.AsSpan(0, at), offset, text.AsSpan(at + 10));
                }
            case 4 when startxref >= 0:
                return text[..startxref]; // no trailer: lenient parsing must find the objects itself
            default:
                {
                    // Everything after the last object lost: xref, trailer, startxref.
                    var last = text.LastIndexOf("endobj", StringComparison.Ordinal);
                    return last < 0 ? text : text[..(last + "endobj".Length)];
                }
        }
    }

    // ---- ZIP (DOCX, XLSX) ----

    private static readonly string[] XmlPieces =
        ["<", ">", "</", "/>", "&", "&#0;", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "<![CDATA[", "]]>", "\"", "xmlns=\"urn:x\""];

    [GeneratedRegex("=\"(-?\\d+)\"")]
    private static partial Regex NumericAttribute();

    [GeneratedRegex("=\"([A-Z]{1,3})(\\d+)\"")]
    private static partial Regex CellReference();

    private static byte[] MutateZip(byte[] bytes, Random random, int maxBytes)
    {
        List<(string Name, byte[] Data)> entries;
        try
        {
            entries = Entries(bytes);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return MutateBytes(bytes, random); // already broken as a ZIP: go on breaking bytes
        }
        if (entries.Count == 0 || random.Next(8) == 0) return MutateBytes(bytes, random);
        var index = PickPart(entries, random);
        var (name, data) = entries[index];
        switch (random.Next(8))
        {
            case 0: entries.RemoveAt(index); break;
            case 1: entries.Insert(random.Next(entries.Count + 1), (name, random.Next(2) == 0 ? data : CorruptXml(data, random, maxBytes))); break;
            case 2: entries[index] = (name, data[..random.Next(data.Length + 1)]); break;
            case 3: entries[index] = (name, []); break;
            case 4: entries[index] = (name, Inflate(data, random, maxBytes)); break;
            default: entries[index] = (name, CorruptXml(data, random, maxBytes)); break;
        }
        return Zip(entries);
    }

    /// <summary>The parts a reader reads (document, sheets, shared strings, styles, workbook) more often than the rest.</summary>
    private static int PickPart(List<(string Name, byte[] Data)> entries, Random random)
    {
        if (random.Next(3) == 0) return random.Next(entries.Count);
        var main = entries.Select((e, i) => (e.Name, i))
            .Where(e => e.Name.StartsWith("word/document", StringComparison.Ordinal) || e.Name.StartsWith("xl/worksheets/", StringComparison.Ordinal)
                        || e.Name is "xl/sharedStrings.xml" or "xl/styles.xml" or "xl/workbook.xml")
            .Select(e => e.i).ToList();
        return main.Count > 0 ? main[random.Next(main.Count)] : random.Next(entries.Count);
    }

    private static byte[] CorruptXml(byte[] data, Random random, int maxBytes)
    {
        if (data.Length == 0) return data;
        var text = Encoding.UTF8.GetString(data);
        switch (random.Next(6))
        {
            case 0:
                {
                    var numbers = NumericAttribute().Matches(text);
                    if (numbers.Count == 0) break;
                    var number = numbers[random.Next(numbers.Count)].Groups[1];
                    return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, number.Index), Extremes[random.Next(Extremes.Length)], text.AsSpan(number.Index + number.Length)));
                }
            case 1:
                {
                    // A cell reference far right (or past the last column Excel has).
                    var references = CellReference().Matches(text);
                    if (references.Count == 0) break;
                    var column = references[random.Next(references.Count)].Groups[1];
                    var wide = random.Next(3) switch { 0 => "XFD", 1 => "ZZZZZZZ", _ => new string('Z', random.Next(4, 40)) };
                    return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, column.Index), wide, text.AsSpan(column.Index + column.Length)));
                }
            case 2:
                {
                    var piece = XmlPieces[random.Next(XmlPieces.Length)];
                    var at = random.Next(text.Length + 1);
                    return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), piece, text.AsSpan(at)));
                }
            case 3:
                {
                    // An element duplicated in place: a row, a paragraph, a cell.
                    var open = text.IndexOf('<', random.Next(text.Length));
                    if (open < 0) break;
                    var close = text.IndexOf('>', open);
                    var nameEnd = text.IndexOfAny([' ', '>', '/'], open + 1);
                    if (close < 0 || nameEnd < 0) break;
                    var tag = text[(open + 1)..nameEnd];
                    var end = text.IndexOf("</" + tag + ">", close, StringComparison.Ordinal);
                    if (end < 0) break;
                    end += tag.Length + 3;
                    var element = text[open..end];
                    var times = random.Next(2) == 0 ? 2 : Math.Min(random.Next(2, 20_000), Math.Max(2, (maxBytes / 2) / element.Length));
                    var sb = new StringBuilder(text.Length + element.Length * times);
                    sb.Append(text, 0, end);
                    for (var i = 1; i < times; i++) sb.Append(element);
                    sb.Append(text, end, text.Length - end);
                    return Encoding.UTF8.GetBytes(sb.ToString());
                }
        }
        return MutateBytes(data, random);
    }

    private static List<(string Name, byte[] Data)> Entries(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in zip.Entries)
        {
            // A part bigger than the cap is left out rather than read: a mutated input may already hold a zip bomb.
            if (entry.Length > MaxBytes) continue;
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add((entry.FullName, copy.ToArray()));
        }
        return entries;
    }

    private static byte[] Zip(List<(string Name, byte[] Data)> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, data) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(data);
            }
        return output.ToArray();
    }
}
