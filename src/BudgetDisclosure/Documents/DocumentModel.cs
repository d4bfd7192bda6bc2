using BudgetDisclosure.Model;

namespace BudgetDisclosure.Documents;

/// <summary>The layout a text extraction came in; each has its own block pass.</summary>
public enum TextLayout
{
    /// <summary>Markdown from a PDF converter: <c>#</c> headings, tab-separated table rows, <c>&lt;b&gt;</c>, LaTeX.</summary>
    MarkdownTabs,
    /// <summary>Plain text from Word: one paragraph a line, tab-separated table rows.</summary>
    Tabs,
    /// <summary>poppler's <c>pdftotext -layout</c>: cells placed by character column, form feeds between pages.</summary>
    PdftotextLayout,
    /// <summary>poppler's plain <c>pdftotext</c>: reading order, table cells often one per line.</summary>
    Pdftotext,
    /// <summary>A PDF read directly (PdfPig), DOCX or XLSX.</summary>
    Native,
}

/// <summary>What any reader produces: the document as blocks in reading order, each with its source.</summary>
public sealed record SourceDocument(string Path, TextLayout Layout, IReadOnlyList<Block> Blocks, int PageCount)
{
    /// <summary>The pages read by OCR rather than from a text layer (PDF scans read with OCR on).</summary>
    public IReadOnlyList<OcrPage> OcrPages { get; init; } = [];

    public IEnumerable<TableBlock> Tables => Blocks.OfType<TableBlock>();
}

/// <summary>A piece of the document in reading order.</summary>
public abstract record Block(SourceLocation Source);

/// <summary>A heading; <see cref="Level"/> is 1 for a part (第一部分), deeper for sections. Levels are the reader's best guess.</summary>
public sealed record HeadingBlock(SourceLocation Source, int Level, string Text) : Block(Source);

/// <summary>A paragraph of running text, re-joined when it was wrapped over lines or pages.</summary>
public sealed record ParagraphBlock(SourceLocation Source, string Text) : Block(Source);

/// <summary>A cell of a table as printed, with where it was printed.</summary>
public sealed record CellText(string Text, SourceLocation Source)
{
    public bool IsEmpty => Text.Length == 0;

    public override string ToString() => Text;
}

/// <summary>One printed row of a table.</summary>
public sealed record TableRowText(IReadOnlyList<CellText> Cells, SourceLocation Source)
{
    public string this[int index] => index < Cells.Count ? Cells[index].Text : "";

    public bool IsEmpty
    {
        get
        {
            // Asked of every row while binding: indexed, so no enumerator is allocated.
            for (var i = 0; i < Cells.Count; i++)
                if (!Cells[i].IsEmpty) return false;
            return true;
        }
    }
}

/// <summary>
/// A table as printed: its caption lines, header rows and body rows (continuations across pages already joined),
/// or, for a table published empty, its note.
/// </summary>
public sealed record TableBlock(
    SourceLocation Source,
    string? Number,
    string? Title,
    string? Preparer,
    string? UnitCaption,
    IReadOnlyList<TableRowText> HeaderRows,
    IReadOnlyList<TableRowText> BodyRows,
    IReadOnlyList<string> Notes) : Block(Source)
{
    public MoneyUnit Unit => UnitCaption is null ? MoneyUnit.Unknown : MoneyUnits.FromCaption(UnitCaption);

    public int ColumnCount => HeaderRows.Concat(BodyRows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();
}
