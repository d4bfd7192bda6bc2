using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Reading;

/// <summary>Options for reading text extractions.</summary>
public sealed record TextReadOptions
{
    /// <summary>Read as this layout instead of detecting it.</summary>
    public TextLayout? Layout { get; init; }

    public static TextReadOptions Default { get; } = new();
}

/// <summary>
/// Reads a text extraction of a disclosure (Markdown-with-tabs, tab-separated, pdftotext or pdftotext -layout;
/// UTF-8, UTF-16 or GB18030) into a <see cref="SourceDocument"/>. Never throws on bad input: a file that cannot be
/// used comes back with an error diagnostic naming the file and the reason.
/// </summary>
public static class TextDocumentReader
{
    public static ReadResult<SourceDocument> Read(ReadOnlySpan<byte> bytes, string path, TextReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var decoded = TextDecoder.Decode(bytes, path);
        if (decoded.Value is null) return new ReadResult<SourceDocument>(null, decoded.Diagnostics);
        return ReadText(decoded.Value.Text, path, options);
    }

    public static ReadResult<SourceDocument> ReadText(string text, string path, TextReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        options ??= TextReadOptions.Default;
        var lines = SourceLine.Split(text);
        var layout = options.Layout ?? LayoutDetector.Detect(lines);
        var diagnostics = new List<ReadDiagnostic>();
        ILayoutParser parser = layout switch
        {
            TextLayout.PdftotextLayout => new PdftotextLayoutParser(),
            TextLayout.Pdftotext => new PdftotextParser(),
            _ => new TabLayoutParser(layout == TextLayout.MarkdownTabs),
        };
        var blocks = parser.Parse(lines, path, diagnostics);
        var pages = lines.Count == 0 ? 0 : lines[^1].Page;
        if (blocks.Count == 0 || !blocks.Any(b => b is TableBlock) && !blocks.OfType<ParagraphBlock>().Any(p => LooksLikeDisclosureText(p.Text)))
            diagnostics.Add(new(DiagnosticSeverity.Error, Messages.NoDisclosureContentCode, Messages.NoDisclosureContent, new SourceLocation(path, 1)));
        return new ReadResult<SourceDocument>(new SourceDocument(path, layout, blocks, pages), diagnostics);
    }

    /// <summary>
    /// Reads lines that another reader extracted from a structured document (DOCX paragraphs and table rows, XLSX rows):
    /// table cells separated by tabs, each line with its own place. The tab-layout passes (captions, continued tables,
    /// notes, headings, paragraphs) then run unchanged.
    /// </summary>
    public static ReadResult<SourceDocument> ReadExtractedLines(IReadOnlyList<ExtractedLine> lines, string path)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(path);
        var sourceLines = new List<SourceLine>(lines.Count);
        foreach (var line in lines) sourceLines.Add(new SourceLine(line.Line, line.Page, line.Text) { Kind = line.Kind, Sheet = line.Sheet });
        var diagnostics = new List<ReadDiagnostic>();
        var blocks = new TabLayoutParser(markdown: false).Parse(sourceLines, path, diagnostics);
        if (blocks.Count == 0 || !blocks.Any(b => b is TableBlock) && !blocks.OfType<ParagraphBlock>().Any(p => LooksLikeDisclosureText(p.Text)))
            diagnostics.Add(new(DiagnosticSeverity.Error, Messages.NoDisclosureContentCode, Messages.NoDisclosureContent, new SourceLocation(path, 0)));
        var pages = lines.Count == 0 ? 0 : lines.Max(l => l.Page);
        return new ReadResult<SourceDocument>(new SourceDocument(path, TextLayout.Native, blocks, pages), diagnostics);
    }

    private static bool LooksLikeDisclosureText(string text) =>
        text.Contains("预算", StringComparison.Ordinal) || text.Contains("决算", StringComparison.Ordinal);
}

/// <summary>
/// A line extracted from a structured document: its text (table cells joined by tabs), the number that locates it
/// (a paragraph's or row's ordinal for DOCX, the row number for XLSX) and its page (the sheet's ordinal for XLSX).
/// </summary>
public readonly record struct ExtractedLine(string Text, int Line, int Page)
{
    /// <summary>What <see cref="Line"/> counts: a block in reading order (Word, HTML) or a row of <see cref="Sheet"/>.</summary>
    public LineKind Kind { get; init; } = LineKind.Block;

    public string? Sheet { get; init; }
}

/// <summary>Tells the layouts apart from what their lines look like.</summary>
internal static class LayoutDetector
{
    public static TextLayout Detect(IReadOnlyList<SourceLine> lines)
    {
        int tabRows = 0, markdown = 0, wideGaps = 0, indented = 0, pages = 1, nonBlank = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            nonBlank++;
            pages = Math.Max(pages, line.Page);
            var t = line.Text;
            if (TabLayoutParser.IsRow(t)) tabRows++;
            if (t.StartsWith('#') || t.Contains("<b>", StringComparison.Ordinal)) markdown++;
            if (HasWideGap(t)) wideGaps++;
            if (t[0] is ' ' or '\u3000') indented++;
        }
        // A handful of tab rows makes a tab layout: pdftotext never emits tabs.
        if (tabRows >= 3)
            return markdown > 0 ? TextLayout.MarkdownTabs : TextLayout.Tabs;
        // pdftotext -layout keeps columns apart with runs of spaces and keeps indentation (a narrative-only file has few
        // gaps but many indented lines); plain pdftotext puts cells on their own lines and starts every line at column 0.
        if (nonBlank > 0 && (wideGaps * 10 >= nonBlank || indented * 5 >= nonBlank)) return TextLayout.PdftotextLayout;
        if (pages > 1 || nonBlank > 0) return tabRows > 0 ? TextLayout.Tabs : TextLayout.Pdftotext;
        return TextLayout.Tabs;
    }

    private static bool HasWideGap(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Contains("   ", StringComparison.Ordinal);
    }
}
