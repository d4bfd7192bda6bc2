using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;

namespace BudgetDisclosure.Html;

/// <summary>
/// Reads a disclosure published as HTML: block elements (headings, paragraphs, list items, captions) become lines and
/// every table row a line of tab-separated cells laid on the table's grid — colspan and rowspan give empty cells, the
/// text stays in the top-left cell, as printed disclosures put it — then the tab-layout passes run unchanged.
/// Line numbers count the lines in document order.
/// </summary>
public static class HtmlReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "DT", "DD", "CAPTION", "BLOCKQUOTE", "PRE", "ADDRESS", "FIGCAPTION",
    };

    /// <summary>HTML bytes as a browser without a charset declaration would take them: UTF-8, a BOM honoured.</summary>
    public static ReadResult<SourceDocument> Read(ReadOnlySpan<byte> bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = Encoding.UTF8.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
        return ReadHtml(text, path);
    }

    public static ReadResult<SourceDocument> ReadHtml(string html, string path)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<ExtractedLine>();
        if (document.Body is { } body) Walk(body, lines);
        return TextDocumentReader.ReadExtractedLines(lines, path);
    }

    /// <summary>True when the bytes start like an HTML document (after a BOM and white space).</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var text = Encoding.UTF8.GetString(head).TrimStart();
        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static void Walk(IElement element, List<ExtractedLine> lines)
    {
        foreach (var child in element.Children)
        {
            var name = child.TagName;
            if (name is "SCRIPT" or "STYLE" or "TEMPLATE" or "NOSCRIPT") continue;
            if (name == "TABLE") { Table(child, lines); continue; }
            if (Blocks.Contains(name) || IsLeafBlock(child))
            {
                Add(lines, Text(child));
                continue;
            }
            Walk(child, lines);
        }
    }

    /// <summary>A block with only inline children (a div of spans: "编制单位：… 单位：万元") is one line.</summary>
    private static bool IsLeafBlock(IElement element) =>
        element.TagName is "DIV" or "SECTION" or "HEADER" or "FOOTER" or "ARTICLE"
        && element.Children.All(c => c.TagName is "SPAN" or "B" or "STRONG" or "EM" or "I" or "MARK" or "A" or "SUP" or "SUB" or "BR" or "FONT" or "SMALL")
        && element.TextContent.Trim().Length > 0;

    /// <summary>An element's text, its inline children separated by two spaces so side-by-side captions stay apart.</summary>
    private static string Text(IElement element)
    {
        if (element.Children.Length > 1 && element.Children.All(c => c.TagName == "SPAN"))
            return string.Join("  ", element.Children.Select(c => Clean(c.TextContent)).Where(t => t.Length > 0));
        return Clean(element.TextContent);
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000') { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static void Add(List<ExtractedLine> lines, string text)
    {
        // A tab is the cell separator of the lines the tab-layout passes read.
        lines.Add(new ExtractedLine(text.Replace('\t', ' '), lines.Count + 1, 0));
    }

    private static void Table(IElement table, List<ExtractedLine> lines)
    {
        if (table.QuerySelector("caption") is { } caption) Add(lines, Clean(caption.TextContent));
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var covered = new Dictionary<(int Row, int Column), bool>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<string>();
            var column = 0;
            foreach (var cell in rows[r].Children.Where(c => c.TagName is "TD" or "TH"))
            {
                while (covered.ContainsKey((r, column))) { cells.Add(""); column++; }
                var colspan = Math.Clamp(int.TryParse(cell.GetAttribute("colspan"), out var cs) ? cs : 1, 1, 1000);
                var rowspan = Math.Clamp(int.TryParse(cell.GetAttribute("rowspan"), out var rs) ? rs : 1, 1, 1000);
                // A nested table's text stays in its cell.
                cells.Add(Clean(cell.TextContent).Replace('\t', ' '));
                for (var k = 1; k < colspan; k++) cells.Add("");
                for (var dr = 1; dr < rowspan; dr++)
                    for (var dc = 0; dc < colspan; dc++) covered[(r + dr, column + dc)] = true;
                column += colspan;
            }
            while (covered.ContainsKey((r, column))) { cells.Add(""); column++; }
            if (cells.Count == 1) cells.Add("");
            lines.Add(new ExtractedLine(string.Join('\t', cells), lines.Count + 1, 0));
        }
        // Two tables in a row stay two tables.
        lines.Add(new ExtractedLine("", lines.Count + 1, 0));
    }
}
