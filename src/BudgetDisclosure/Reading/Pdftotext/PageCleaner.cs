using BudgetDisclosure.Normalization;
namespace BudgetDisclosure.Reading.Pdftotext;

/// <summary>
/// Blanks out what the printer added to every page — page numbers ("- 7 -", "—6—", "7") and running headers or
/// footers repeated on many pages — so that text and tables run on across page breaks. Lines are blanked rather than
/// removed so that line numbers and pages stay those of the source.
/// </summary>
internal static class PageCleaner
{
    public static List<SourceLine> Clean(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines);
        var pages = new Dictionary<int, (int First, int Last)>();
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].IsBlank) continue;
            var page = result[i].Page;
            pages[page] = pages.TryGetValue(page, out var fl) ? (fl.First, i) : (i, i);
        }

        // Page numbers sit on the first or last printed line of a page; a bare number elsewhere may be a wrapped digit of a table.
        foreach (var (_, (first, last)) in pages)
        {
            if (IsPageNumber(result[last].Text)) Blank(result, last);
            if (first != last && IsPageNumber(result[first].Text)) Blank(result, first);
        }

        RemoveRunningLines(result, pages.Count);
        return result;
    }

    public static bool IsPageNumber(string text)
    {
        var t = text.Trim();
        if (TextPatterns.PageNumberLine().IsMatch(t)) return true;
        // "—6—" / "— 10 —" with em dashes, "·7·", "- 7 -" with spaces already handled above.
        var core = t.Trim('—', '-', '–', '·', ' ', '－');
        return core.Length is > 0 and <= 4 && core.All(char.IsAsciiDigit) && core.Length < t.Length;
    }

    /// <summary>A line printed at the top or bottom of at least three pages and a third of them is a running header or footer.</summary>
    private static void RemoveRunningLines(List<SourceLine> lines, int pageCount)
    {
        if (pageCount < 3) return;
        var counts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byPage = new Dictionary<int, List<int>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            if (!byPage.TryGetValue(lines[i].Page, out var list)) byPage[lines[i].Page] = list = [];
            list.Add(i);
        }
        foreach (var indices in byPage.Values)
        {
            foreach (var i in indices.Take(1).Concat(indices.TakeLast(1)).Distinct())
            {
                // Table numbers and titles repeat on the pages of a continued table; they are not running headers.
                var text = lines[i].Text;
                if (TableCaptions.IsNumberOnly(text) || TableCaptions.TryTitle(text, out _, out _)) continue;
                var key = Key(lines[i].Text);
                if (key.Length == 0) continue;
                if (!counts.TryGetValue(key, out var at)) counts[key] = at = [];
                at.Add(i);
            }
        }
        foreach (var (key, at) in counts)
        {
            if (at.Count < 3 || at.Count * 3 < pageCount) continue;
            foreach (var i in at) Blank(lines, i);
        }
    }

    private static string Key(string text)
    {
        var squeezed = TextNormalizer.Squeeze(text);
        return new string(squeezed.Where(c => !char.IsAsciiDigit(c)).ToArray());
    }

    private static void Blank(List<SourceLine> lines, int i) => lines[i] = lines[i] with { Text = "" };
}
