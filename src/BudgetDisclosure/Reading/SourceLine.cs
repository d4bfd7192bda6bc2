using BudgetDisclosure.Model;

namespace BudgetDisclosure.Reading;

/// <summary>A line of decoded text: its 1-based number in the file, the 1-based page (form feeds count pages) and its text.</summary>
internal readonly record struct SourceLine(int Number, int Page, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>What <see cref="Number"/> counts: a line of the file, of the PDF reader's layout, a block, a sheet row.</summary>
    public LineKind Kind { get; init; }

    /// <summary>The worksheet of a sheet row.</summary>
    public string? Sheet { get; init; }

    /// <summary>Where this line was printed, in <paramref name="path"/>; page 0 (unknown) is left out.</summary>
    public SourceLocation At(string path) => new(path, Number, Page > 0 ? Page : null) { LineKind = Kind, Sheet = Sheet };

    /// <summary>Splits text into lines; a form feed starts a new page and is removed from the line.</summary>
    public static List<SourceLine> Split(string text)
    {
        // One line per newline (form feeds add a few): sized once instead of grown and copied.
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        var page = 1;
        var number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var raw = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (raw.Length > 0 && raw[^1] == '\r') raw = raw[..^1];
            if (raw.Contains('\f'))
            {
                // pdftotext puts the form feed at the start of the first line of the next page.
                var parts = raw.ToString().Split('\f');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0) page++;
                    if (parts[i].Length > 0 || i == parts.Length - 1) lines.Add(new SourceLine(number, page, parts[i]));
                }
                continue;
            }
            lines.Add(new SourceLine(number, page, raw.ToString()));
        }
        return lines;
    }
}
