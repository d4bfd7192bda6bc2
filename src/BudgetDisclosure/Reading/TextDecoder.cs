using System.Text;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Reading;

/// <summary>
/// Turns the bytes of a text extraction into a string: UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern),
/// GB18030/GBK. Refuses PDFs, Office files and binary data with a message naming the reason.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ReadResult<DecodedText> Decode(ReadOnlySpan<byte> bytes, string path)
    {
        var at = new SourceLocation(path, 1);
        if (bytes.IsEmpty || IsAllWhitespace(bytes))
            return ReadResult.Failed<DecodedText>(new(DiagnosticSeverity.Error, Messages.EmptyFileCode, Messages.EmptyFile, at));
        if (bytes.StartsWith("%PDF-"u8))
            return ReadResult.Failed<DecodedText>(new(DiagnosticSeverity.Error, Messages.PdfToTextReaderCode, Messages.PdfToTextReader, at));
        if (bytes.StartsWith("PK\u0003\u0004"u8))
            return ReadResult.Failed<DecodedText>(new(DiagnosticSeverity.Error, Messages.OfficeToTextReaderCode, Messages.OfficeToTextReader, at));

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Utf8(bytes[3..], path, "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Utf16(bytes[2..], path, Encoding.Unicode, "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Utf16(bytes[2..], path, Encoding.BigEndianUnicode, "UTF-16BE");
        if (LooksLikeUtf16WithoutBom(bytes, out var bigEndian))
            return Utf16(bytes, path, bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode, bigEndian ? "UTF-16BE" : "UTF-16LE");

        var binaryAt = FirstBinaryByte(bytes);
        if (binaryAt >= 0)
            return ReadResult.Failed<DecodedText>(new(DiagnosticSeverity.Error, Messages.BinaryFileCode, Messages.BinaryFile(binaryAt), at));

        if (IsValidUtf8(bytes)) return Utf8(bytes, path, "UTF-8");

        // Not UTF-8: Chinese text from Windows tools is GBK/GB18030; GB18030 is a superset of both.
        // UTF.Unknown confirms; a detector that names another multi-byte Chinese charset is still read as GB18030.
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = gb.GetString(bytes);
            if (CountReplacementOrControl(text) > text.Length / 20)
                return Fail(path, "GB18030");
            return new ReadResult<DecodedText>(new DecodedText(text, "GB18030"), []);
        }
        catch (DecoderFallbackException)
        {
            var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
            if (detected?.Encoding is { } enc && enc.CodePage != gb.CodePage)
            {
                try
                {
                    var strict = Encoding.GetEncoding(enc.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                    return new ReadResult<DecodedText>(new DecodedText(strict.GetString(bytes), enc.WebName), []);
                }
                catch (DecoderFallbackException)
                {
                    // fall through to the failure below
                }
            }
            return Fail(path, "UTF-8/GB18030");
        }
    }

    private static ReadResult<DecodedText> Fail(string path, string encoding) =>
        ReadResult.Failed<DecodedText>(new(DiagnosticSeverity.Error, Messages.UndecodableCode, Messages.Undecodable(encoding), new SourceLocation(path, 1)));

    private static ReadResult<DecodedText> Utf8(ReadOnlySpan<byte> bytes, string path, string name)
    {
        try
        {
            return new ReadResult<DecodedText>(new DecodedText(StrictUtf8.GetString(bytes), name), []);
        }
        catch (DecoderFallbackException)
        {
            return Fail(path, name);
        }
    }

    private static ReadResult<DecodedText> Utf16(ReadOnlySpan<byte> bytes, string path, Encoding encoding, string name)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            var text = strict.GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal) ? Fail(path, name) : new ReadResult<DecodedText>(new DecodedText(text, name), []);
        }
        catch (DecoderFallbackException)
        {
            return Fail(path, name);
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static bool IsAllWhitespace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f')) return false;
        return true;
    }

    /// <summary>Text in UTF-16 without a BOM has a NUL in every other byte for ASCII characters.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4 || sample.Length % 2 != 0) return false;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0) { if (i % 2 == 0) evenNul++; else oddNul++; }
        // The ASCII digits, tabs and newlines every disclosure has put a NUL in the high byte; few Chinese
        // characters do (开 is U+5F00), so the NULs fall almost all on one side.
        var pairs = sample.Length / 2;
        var needed = Math.Max(4, pairs / 20);
        if (oddNul >= needed && evenNul * 8 <= oddNul) return true;
        if (evenNul >= needed && oddNul * 8 <= evenNul) { bigEndian = true; return true; }
        return false;
    }

    /// <summary>The offset of the first byte that no text file has (NUL, or a C0 control other than tab, CR, LF, FF, ESC), or −1.</summary>
    private static long FirstBinaryByte(ReadOnlySpan<byte> bytes)
    {
        var limit = Math.Min(bytes.Length, 1 << 20);
        for (var i = 0; i < limit; i++)
        {
            var b = bytes[i];
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or 0x1B)) return i;
        }
        return -1;
    }

    private static int CountReplacementOrControl(string text)
    {
        var n = 0;
        foreach (var c in text)
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))) n++;
        return n;
    }
}

/// <summary>Decoded text and the name of the encoding it was read in.</summary>
internal sealed record DecodedText(string Text, string Encoding);
