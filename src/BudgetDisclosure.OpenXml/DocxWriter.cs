using BudgetDisclosure.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetDisclosure.OpenXml;

/// <summary>
/// Writes a composed disclosure as a Word document: named styles a clerk can adjust (正文, 标题 1–3, 表格标题, 表头,
/// 表格文字, 表格数字, 表注, 目录项, 落款, 占位符), real tables with merged multi-level headers (gridSpan and vMerge),
/// header rows repeated on every page, rows that do not break across pages, landscape sections for wide tables,
/// and page numbers in the footer.
/// </summary>
public static class DocxWriter
{
    // Page sizes in twentieths of a point (A4 210 × 297 mm).
    private const uint A4Short = 11906;
    private const uint A4Long = 16838;
    // The faces' English family names: Word resolves SimSun/SimHei to 宋体/黑体 as well, and LibreOffice's substitution
    // table knows them as Simplified Chinese faces (Noto Serif CJK SC for SimSun, Noto Sans CJK SC for SimHei), while
    // "宋体" is unknown to it and falls back to a sans face.
    private const string BodyFont = "SimSun";
    private const string HeadingFont = "SimHei";

    public static void Write(ComposedDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(document, stream);
    }

    public static void Write(ComposedDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles();
        main.AddNewPart<FontTablePart>().Fonts = FontTable();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageNumberFooter();
        var footerId = main.GetIdOfPart(footer);

        var body = new Body();
        var breakBefore = false;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case PageBreakBlock:
                    breakBefore = true;
                    continue;
                case HeadingBlock h:
                    body.Append(Para(h.Level == 0 ? "Title" : "Heading" + h.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), [new TextRun(h.Text)], breakBefore));
                    break;
                case ParagraphBlock p:
                    var style = p.Style switch
                    {
                        BudgetDisclosure.Writing.ParagraphStyle.Contents => "ContentsEntry",
                        BudgetDisclosure.Writing.ParagraphStyle.Signature => "Signature",
                        BudgetDisclosure.Writing.ParagraphStyle.Note => "TableNote",
                        _ => "BodyText",
                    };
                    body.Append(Para(style, p.Runs, breakBefore));
                    break;
                case TableBlock t:
                    if (t.Table.IsWide)
                    {
                        // A wide table gets a landscape section of its own: the break before ends the portrait section.
                        body.Append(SectionBreak(landscape: false, footerId));
                        AppendTable(body, t.Table, breakBefore: false);
                        body.Append(SectionBreak(landscape: true, footerId));
                    }
                    else AppendTable(body, t.Table, breakBefore);
                    break;
            }
            breakBefore = false;
        }
        body.Append(SectionProperties(landscape: false, footerId));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph SectionBreak(bool landscape, string footerId) =>
        new(new ParagraphProperties(SectionProperties(landscape, footerId)));

    private static SectionProperties SectionProperties(bool landscape, string footerId) =>
        new(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new SectionType { Val = SectionMarkValues.NextPage },
            landscape
                ? new PageSize { Width = A4Long, Height = A4Short, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = A4Short, Height = A4Long },
            landscape
                ? new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }
                : new PageMargin { Top = 1440, Bottom = 1440, Left = 1247, Right = 1247, Header = 851, Footer = 851, Gutter = 0 });

    private static Footer PageNumberFooter() =>
        new(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static Paragraph Para(string style, IEnumerable<TextRun> runs, bool breakBefore = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (breakBefore) properties.Append(new PageBreakBefore());
        var paragraph = new Paragraph(properties);
        foreach (var r in runs)
        {
            var run = new Run();
            if (r.IsPlaceholder) run.Append(new RunProperties(new RunStyle { Val = "Placeholder" }));
            run.Append(new Text(r.Text) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }
        return paragraph;
    }

    private static void AppendTable(Body body, ComposedTable table, bool breakBefore)
    {
        var first = true;
        Paragraph Caption(string style, string text)
        {
            var p = Para(style, [new TextRun(text)], first && breakBefore);
            first = false;
            return p;
        }
        if (table.Number is not null) body.Append(Caption("TableCaptionNumber", table.Number));
        body.Append(Caption("TableTitle", table.Title));
        if (table.Subtitle is not null) body.Append(Caption("TableSubtitle", table.Subtitle));
        if (table.Preparer is not null) body.Append(Caption("TableMeta", table.Preparer));
        if (table.UnitCaption is not null) body.Append(Caption("TableUnit", table.UnitCaption));

        var grid = new TableGrid();
        var width = table.IsWide ? (int)(A4Long - 2 * 1134) : (int)(A4Short - 2 * 1247);
        var widths = ColumnWidths(table, width);
        foreach (var w in widths) grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var t = new Table(
            new TableProperties(
                new TableStyle { Val = "BudgetTable" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                // In schema order (tblW, tblBorders, tblLayout, tblCellMar): Word may report a file with them out of order as damaged.
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 6 },
                    new LeftBorder { Val = BorderValues.Single, Size = 6 },
                    new BottomBorder { Val = BorderValues.Single, Size = 6 },
                    new RightBorder { Val = BorderValues.Single, Size = 6 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })),
            grid);
        AppendRows(t, table.Header, table.ColumnCount, header: true, widths);
        AppendRows(t, table.Body, table.ColumnCount, header: false, widths);
        body.Append(t);
        foreach (var note in table.Notes) body.Append(Para("TableNote", [new TextRun(note)]));
        if (table.Notes.Count == 0) body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableNote" })));
    }

    /// <summary>
    /// Code columns just wide enough for "208", amounts for "12,345.67" at the table font size, names take the rest;
    /// when even that does not fit, everything but the codes shrinks in proportion. A code column never shrinks: a
    /// 类 code wrapped as "21" over "0" is a misprint (and reads back as two figures), and how wide three digits set
    /// depends on the Latin face the converter substitutes for Times New Roman (DejaVu Serif where Liberation is absent).
    /// </summary>
    private const int CodeWidth = 620;

    private static int[] ColumnWidths(ComposedTable table, int total)
    {
        var roles = new CellRole?[table.ColumnCount];
        foreach (var row in table.Body)
            foreach (var c in row.Cells)
                if (c.ColSpan == 1 && c.Column < roles.Length) roles[c.Column] ??= c.Role;
        var fixedWidth = roles.Select(r => r switch { CellRole.Code => CodeWidth, CellRole.Label or CellRole.Text => 0, _ => 1000 }).ToArray();
        var labels = roles.Count(r => r is CellRole.Label or CellRole.Text);
        var rest = total - fixedWidth.Sum();
        if (labels == 0 || rest < labels * 1400)
        {
            var codes = roles.Count(r => r is CellRole.Code) * CodeWidth;
            var weights = roles.Select(r => r switch { CellRole.Code => 0.0, CellRole.Label => 1.6, CellRole.Text => 1.6, _ => 1.0 }).ToArray();
            return [.. roles.Select((r, i) => r is CellRole.Code ? CodeWidth : (int)((total - codes) * weights[i] / weights.Sum()))];
        }
        return [.. roles.Select((r, i) => r is CellRole.Label or CellRole.Text ? rest / labels : fixedWidth[i])];
    }

    private static void AppendRows(Table t, IReadOnlyList<GridRow> rows, int columns, bool header, int[] widths)
    {
        // Columns still covered by a cell spanning down from an earlier row: (remaining rows, column span).
        var covering = new (int Rows, int Span)[columns];
        foreach (var row in rows)
        {
            var tr = new TableRow();
            var rowProperties = new TableRowProperties(new CantSplit());
            if (header) rowProperties.Append(new TableHeader());
            tr.Append(rowProperties);
            var starts = row.Cells.ToDictionary(c => c.Column);
            for (var c = 0; c < columns;)
            {
                if (covering[c].Rows > 0)
                {
                    var span = covering[c].Span;
                    tr.Append(Cell("", CellRole.Text, span, merge: MergedCellValues.Continue, header, row.IsTotal, Width(widths, c, span)));
                    covering[c].Rows--;
                    c += span;
                    continue;
                }
                if (starts.TryGetValue(c, out var cell))
                {
                    var span = Math.Max(1, Math.Min(cell.ColSpan, columns - c));
                    MergedCellValues? merge = cell.RowSpan > 1 ? MergedCellValues.Restart : null;
                    if (cell.RowSpan > 1) covering[c] = (cell.RowSpan - 1, span);
                    tr.Append(Cell(cell.Text, cell.Role, span, merge, header, row.IsTotal, Width(widths, c, span)));
                    c += span;
                    continue;
                }
                tr.Append(Cell("", CellRole.Text, 1, null, header, row.IsTotal, widths[c]));
                c++;
            }
            t.Append(tr);
        }
    }

    private static int Width(int[] widths, int start, int span) => widths.Skip(start).Take(span).Sum();

    private static TableCell Cell(string text, CellRole role, int span, MergedCellValues? merge, bool header, bool total, int width)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } m) properties.Append(new VerticalMerge { Val = m });
        if (header || role == CellRole.Header) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F2F2F2", Color = "auto" });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var style = header || role == CellRole.Header ? "TableHeaderText" : role == CellRole.Amount ? "TableAmount" : role == CellRole.Code ? "TableCode" : "TableText";
        var runProperties = total && !header ? new RunProperties(new Bold()) : null;
        var run = new Run();
        if (runProperties is not null) run.Append(runProperties);
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new TableCell(properties, new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), run));
    }

    // ---- styles ------------------------------------------------------------------------------------------------

    /// <summary>The body size in half-points (小四, 12 pt).</summary>
    private const int DefaultSize = 24;
    private const string DefaultSizeText = "24";

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = BodyFont, ComplexScript = "Times New Roman" },
                    new FontSize { Val = DefaultSizeText }, new FontSizeComplexScript { Val = DefaultSizeText },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "360", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(StyleOf("Normal", "Normal", null, isDefault: true));
        styles.Append(StyleOf("BodyText", "正文段落", "Normal", indentChars: 200, justify: JustificationValues.Both));
        styles.Append(StyleOf("Title", "标题", "Normal", size: 44, bold: true, font: HeadingFont, justify: JustificationValues.Center, spaceAfter: 240));
        styles.Append(StyleOf("Heading1", "标题 1", "Normal", size: 32, bold: true, font: HeadingFont, justify: JustificationValues.Center, spaceBefore: 240, spaceAfter: 240, outline: 0));
        styles.Append(StyleOf("Heading2", "标题 2", "Normal", size: 28, bold: true, font: HeadingFont, spaceBefore: 200, spaceAfter: 120, outline: 1, keepNext: true));
        styles.Append(StyleOf("Heading3", "标题 3", "Normal", size: 24, bold: true, font: HeadingFont, spaceBefore: 120, spaceAfter: 60, outline: 2, keepNext: true, indentChars: 200));
        styles.Append(StyleOf("ContentsEntry", "目录项", "Normal", indentChars: 200));
        styles.Append(StyleOf("Signature", "落款", "Normal", justify: JustificationValues.Right));
        styles.Append(StyleOf("TableCaptionNumber", "表号", "Normal", size: 22, keepNext: true, spaceBefore: 240));
        styles.Append(StyleOf("TableTitle", "表格标题", "Normal", size: 30, bold: true, font: HeadingFont, justify: JustificationValues.Center, keepNext: true, spaceAfter: 60));
        styles.Append(StyleOf("TableSubtitle", "表格副标题", "Normal", size: 22, justify: JustificationValues.Center, keepNext: true));
        styles.Append(StyleOf("TableMeta", "编制单位", "Normal", size: 21, keepNext: true));
        styles.Append(StyleOf("TableUnit", "金额单位", "Normal", size: 21, justify: JustificationValues.Right, keepNext: true));
        styles.Append(StyleOf("TableHeaderText", "表头", "Normal", size: 20, bold: true, font: HeadingFont, justify: JustificationValues.Center, line: 260));
        styles.Append(StyleOf("TableText", "表格文字", "Normal", size: 20, line: 260));
        styles.Append(StyleOf("TableCode", "表格编码", "Normal", size: 20, justify: JustificationValues.Center, line: 260));
        styles.Append(StyleOf("TableAmount", "表格数字", "Normal", size: 20, justify: JustificationValues.Right, line: 260));
        styles.Append(StyleOf("TableNote", "表注", "Normal", size: 21, spaceAfter: 120));
        styles.Append(new Style(
            new StyleName { Val = "占位符" },
            new PrimaryStyle(),
            // Yellow shading, not highlight: the schema does not allow w:highlight in a style's run properties.
            new StyleRunProperties(new Bold(), new Color { Val = "C00000" }, new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFFF00" }))
        { Type = StyleValues.Character, StyleId = "Placeholder", CustomStyle = true });
        styles.Append(new Style(new StyleName { Val = "预算表格" }, new PrimaryStyle()) { Type = StyleValues.Table, StyleId = "BudgetTable", CustomStyle = true });
        return styles;
    }

    /// <summary>
    /// The Chinese faces with their localized names, GB2312 character set and family, so a reader without them
    /// substitutes a Song (serif) face for the body and a Hei (sans) face for headings.
    /// </summary>
    private static Fonts FontTable()
    {
        static Font Face(string name, string localized, string panose, FontFamilyValues family) => new(
            new AltName { Val = localized },
            new Panose1Number { Val = panose },
            new FontCharSet { Val = "86" },
            new FontFamily { Val = family },
            new Pitch { Val = FontPitchValues.Variable })
        { Name = name };
        return new Fonts(
            Face(BodyFont, "宋体", "02010600030101010101", FontFamilyValues.Roman),
            Face(HeadingFont, "黑体", "02010609060101010101", FontFamilyValues.Modern));
    }

    private static Style StyleOf(string id, string name, string? basedOn, bool isDefault = false, int? size = null, bool bold = false, string? font = null,
        JustificationValues? justify = null, int? spaceBefore = null, int? spaceAfter = null, int? outline = null, bool keepNext = false, int? indentChars = null, int? line = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = !isDefault && !id.StartsWith("Heading", StringComparison.Ordinal) && id != "Title" };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle());
        var p = new StyleParagraphProperties();
        if (keepNext) p.Append(new KeepNext());
        if (spaceBefore is not null || spaceAfter is not null || line is not null)
        {
            // LibreOffice reads a spacing element without w:line as line height 0 (the text vanishes), so it is always given.
            var spacing = new SpacingBetweenLines { Line = (line ?? 360).ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Auto };
            // Set only when given: an unset measure would be written as an empty attribute (w:before=""), which is not valid.
            if (spaceBefore is { } before) spacing.Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (spaceAfter is { } after) spacing.After = after.ToString(System.Globalization.CultureInfo.InvariantCulture);
            p.Append(spacing);
        }
        // Word takes the indent in characters; LibreOffice ignores w:firstLineChars and would print the paragraph flush
        // left (its PDF then loses the two-character indent that marks every paragraph of a published disclosure), so the
        // same indent is also given in twips at the style's size (a character is one em).
        if (indentChars is { } chars)
            p.Append(new Indentation { FirstLineChars = chars, FirstLine = (chars * (size ?? DefaultSize) / 10).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (justify is { } j) p.Append(new Justification { Val = j });
        if (outline is { } o) p.Append(new OutlineLevel { Val = o });
        if (p.HasChildren) style.Append(p);
        var r = new StyleRunProperties();
        if (font is not null) r.Append(new RunFonts { EastAsia = font });
        if (bold) r.Append(new Bold());
        if (size is { } sz) { r.Append(new FontSize { Val = sz.ToString(System.Globalization.CultureInfo.InvariantCulture) }); r.Append(new FontSizeComplexScript { Val = sz.ToString(System.Globalization.CultureInfo.InvariantCulture) }); }
        if (r.HasChildren) style.Append(r);
        return style;
    }
}
