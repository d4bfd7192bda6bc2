using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading.Pdftotext;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Reading;

/// <summary>
/// Reads <c>pdftotext -layout</c> output: page furniture removed (<see cref="PageCleaner"/>), then a walk over the lines
/// that hands running text to <see cref="NarrativeBuilder"/> and each table, page by page, to <see cref="TableAssembler"/>.
/// </summary>
internal sealed class PdftotextLayoutParser(PageGeometry? geometry = null) : ILayoutParser
{
    public List<Block> Parse(IReadOnlyList<SourceLine> lines, string path, List<ReadDiagnostic> diagnostics)
    {
        var pass = new LayoutPass(PageCleaner.Clean(lines), path, diagnostics, geometry);
        try
        {
            pass.Run();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // A reader must never throw on a bad document: keep what was read and say where it stopped.
            diagnostics.Add(new(DiagnosticSeverity.Error, Messages.PdftotextReaderFailedCode, Messages.PdftotextReaderFailed(ex.Message),
                pass.Position.At(path)));
        }
        return pass.Blocks;
    }

    private sealed class LayoutPass(List<SourceLine> lines, string path, List<ReadDiagnostic> diagnostics, PageGeometry? geometry)
    {
        private int i;

        public List<Block> Blocks { get; } = [];

        public SourceLine Position => lines.Count == 0 ? default : lines[Math.Min(i, lines.Count - 1)];

        public void Run()
        {
            var margin = NarrativeBuilder.FindMargin(lines.Where(l => SpanSplitter.Split(l).Count == 1));
            var narrative = new NarrativeBuilder(path, Blocks, margin);
            string? pendingNumber = null;
            while (i < lines.Count)
            {
                var line = lines[i];
                if (line.IsBlank)
                {
                    i++;
                    continue;
                }
                if (TableCaptions.IsNumberOnly(line.Text) && NextNonBlank(i + 1) is var t and >= 0
                    && TableCaptions.TryTitle(lines[t].Text, out _, out _) && IsTableStart(t))
                {
                    pendingNumber = TableCaptions.NumberOf(line.Text);
                    i = t;
                    continue;
                }
                if (TableCaptions.TryTitle(line.Text, out var number, out var title) && IsTableStart(i))
                {
                    narrative.Flush();
                    ReadTable(number ?? pendingNumber, title);
                    pendingNumber = null;
                    continue;
                }
                pendingNumber = null;
                narrative.Add(line);
                i++;
            }
            narrative.Flush();
        }

        private int NextNonBlank(int from)
        {
            for (var j = from; j < lines.Count; j++)
                if (!lines[j].IsBlank) return j;
            return -1;
        }

        /// <summary>
        /// A title starts a table when a header or a row follows before another title: a contents page lists titles
        /// one after another and is no table.
        /// </summary>
        private bool IsTableStart(int titleIndex)
        {
            var page = lines[titleIndex].Page;
            var seen = 0;
            for (var j = titleIndex + 1; j < lines.Count && seen < 12 && lines[j].Page <= page + 1; j++)
            {
                var line = lines[j];
                if (line.IsBlank) continue;
                seen++;
                var text = line.Text;
                if (TableCaptions.IsNumberOnly(text) || TableCaptions.TryTitle(text, out _, out _)) return false;
                var spans = SpanSplitter.Split(line);
                if (spans.All(s => TableCaptions.Preparer(s.Text) is not null || TableCaptions.Unit(s.Text) is not null)) continue;
                if (TableCaptions.IsNote(text) || TableCaptions.IsEmptyTableSentence(text)) return true;
                if (spans.Count >= 2) return true;
                if (NarrativeBuilder.HeadingLevel(text, out _) > 0 || LooksLikeProse(line)) return false;
            }
            return false;
        }

        private static bool LooksLikeProse(SourceLine line)
        {
            var s = TextNormalizer.Squeeze(line.Text);
            return s.Length >= 15 && (s.Contains('。', StringComparison.Ordinal) || s.Contains('，', StringComparison.Ordinal)) && !TableCaptions.IsNote(s);
        }

        private void ReadTable(string? number, string title)
        {
            var titleLine = lines[i];
            var table = new TableAssembler(path, number, title, titleLine, geometry);
            var unit = TextPatterns.UnitCaption().Match(titleLine.Text);
            if (unit.Success) table.UnitCaption = TableCaptions.Unit(unit.Value);
            i++;
            ReadCaptions(table, titleLine.Page);
            var page = titleLine.Page;
            var segment = new List<SourceLine>();
            var continuation = false;
            var ended = false;
            while (!ended)
            {
                if (i >= lines.Count)
                {
                    table.AddSegment(segment, continuation);
                    break;
                }
                var line = lines[i];
                if (line.Page != page)
                {
                    table.AddSegment(segment, continuation);
                    segment = [];
                    if (!ContinuesOnNextPage(table, ref page)) break;
                    continuation = true;
                    continue;
                }
                if (line.IsBlank)
                {
                    segment.Add(line);
                    i++;
                    continue;
                }
                if (TableCaptions.IsNote(line.Text))
                {
                    table.AddSegment(segment, continuation);
                    ReadNotes(table);
                    break;
                }
                var spans = SpanSplitter.Split(line);
                // Before the prose rule: the sentence standing for an empty table reads as prose, and is the table's note.
                if (spans.Count == 1 && TableCaptions.IsEmptyTableSentence(line.Text) && !SegmentParser.IsBodyLine(line)
                    && (!EndsTable(line) || !segment.Any(l => !l.IsBlank && SegmentParser.IsBodyLine(l))))
                {
                    table.AddSegment(segment, continuation);
                    table.Notes.Add(EmptyTableNote());
                    ended = true;
                    continue;
                }
                if (EndsTable(line))
                {
                    table.AddSegment(segment, continuation);
                    break;
                }
                segment.Add(line);
                i++;
            }
            Blocks.Add(table.Build(diagnostics, NextNonBlank(i) < 0));
        }

        /// <summary>
        /// The empty-table sentence at <c>i</c> with the lines it wraps onto ("…支出情况表为空" / "表。"): single pieces of
        /// text on the same page, up to the full stop.
        /// </summary>
        private string EmptyTableNote()
        {
            var page = lines[i].Page;
            var note = CellTextRules.Normalize(lines[i].Text);
            i++;
            for (var taken = 0; taken < 3 && !note.EndsWith('。'); taken++)
            {
                var next = NextNonBlank(i);
                if (next < 0 || lines[next].Page != page || SpanSplitter.Split(lines[next]).Count != 1
                    || TableCaptions.TryTitle(lines[next].Text, out _, out _) || TableCaptions.IsNumberOnly(lines[next].Text)
                    || NarrativeBuilder.HeadingLevel(lines[next].Text, out _) > 0)
                    break;
                note = CellTextRules.Join(note, lines[next].Text.Trim());
                i = next + 1;
            }
            return note;
        }

        private bool EndsTable(SourceLine line)
        {
            var text = line.Text;
            if (TableCaptions.IsNumberOnly(text) && NextNonBlank(i + 1) is var t and >= 0 && TableCaptions.TryTitle(lines[t].Text, out _, out _)) return true;
            if (TableCaptions.TryTitle(text, out _, out _) && IsTableStart(i)) return true;
            if (NarrativeBuilder.HeadingLevel(text, out _) == 1) return true;
            // A section heading followed by a sentence ("（五）其他需说明的事项" over "本单位无其他需说明事项。"): rows of a
            // table can be numbered like headings, but no row is followed by a lone full sentence.
            if (NarrativeBuilder.HeadingLevel(text, out _) > 1 && SpanSplitter.Split(line).Count == 1
                && NextNonBlank(i + 1) is var s and >= 0 && SpanSplitter.Split(lines[s]).Count == 1
                && lines[s].Text.TrimEnd().EndsWith('。') && !SegmentParser.IsBodyLine(lines[s]))
                return true;
            // Running text after a table starts at the left margin and reads as sentences.
            return SpanSplitter.Split(line).Count == 1 && LooksLikeProse(line) && NarrativeBuilder.Indent(text) <= 4
                && !SegmentParser.IsBodyLine(line);
        }

        /// <summary>Number, preparer and unit lines under the title (a unit may share the preparer's line).</summary>
        private void ReadCaptions(TableAssembler table, int page)
        {
            while (i < lines.Count && lines[i].Page == page)
            {
                var line = lines[i];
                if (line.IsBlank)
                {
                    i++;
                    continue;
                }
                var spans = SpanSplitter.Split(line);
                var caption = false;
                for (var k = 0; k < spans.Count; k++)
                {
                    var s = spans[k];
                    // "部门：      江苏省人民检察院      单位：万元": the name stands apart from its key.
                    if (TableCaptions.Preparer(s.Text) is null && k + 1 < spans.Count && TableCaptions.Preparer(s.Text.Trim() + spans[k + 1].Text.Trim()) is { } apart
                        && TableCaptions.Unit(spans[k + 1].Text) is null)
                    {
                        table.Preparer ??= apart;
                        caption = true;
                        k++;
                        continue;
                    }
                    if (TableCaptions.Preparer(s.Text) is { } preparer)
                    {
                        table.Preparer ??= preparer;
                        caption = true;
                    }
                    else if (TableCaptions.Unit(s.Text) is { } unit)
                    {
                        table.UnitCaption ??= unit;
                        caption = true;
                    }
                    else if (TableCaptions.IsNumberOnly(s.Text))
                    {
                        table.Number ??= TableCaptions.NumberOf(s.Text);
                        caption = true;
                    }
                    else if (TableCaptions.IsYearSubtitle(s.Text))
                    {
                        caption = true;
                    }
                    else
                    {
                        caption = false;
                        break;
                    }
                }
                if (!caption) return;
                i++;
            }
        }

        private void ReadNotes(TableAssembler table)
        {
            var note = CellTextRules.Normalize(lines[i].Text);
            var page = lines[i].Page;
            i++;
            // A long note wraps onto the following lines, up to a blank line.
            while (i < lines.Count && lines[i].Page == page && !lines[i].IsBlank && SpanSplitter.Split(lines[i]).Count == 1
                   && !TableCaptions.TryTitle(lines[i].Text, out _, out _) && !TableCaptions.IsNote(lines[i].Text)
                   && NarrativeBuilder.HeadingLevel(lines[i].Text, out _) == 0)
            {
                note = CellTextRules.Join(note, lines[i].Text.Trim());
                i++;
            }
            table.Notes.Add(note);
            if (i < lines.Count && lines[i].Page == page && NextNonBlank(i) is var n and >= 0 && lines[n].Page == page && TableCaptions.IsNote(lines[n].Text))
            {
                i = n;
                ReadNotes(table);
            }
        }

        /// <summary>
        /// At a page break: the same title again (after its number), or rows straight away, continue the table; a note
        /// alone at the top of the next page still belongs to it.
        /// </summary>
        private bool ContinuesOnNextPage(TableAssembler table, ref int page)
        {
            var k = NextNonBlank(i);
            if (k < 0) return false;
            var first = lines[k];
            if (TableCaptions.IsNote(first.Text))
            {
                i = k;
                ReadNotes(table);
                return false;
            }
            var kk = k;
            if (TableCaptions.IsNumberOnly(first.Text))
            {
                kk = NextNonBlank(k + 1);
                if (kk < 0 || lines[kk].Page != first.Page) return false;
            }
            if (TableCaptions.TryTitle(lines[kk].Text, out _, out var title))
            {
                if (!string.Equals(title, table.Title, StringComparison.Ordinal)) return false;
                i = kk + 1;
                page = lines[kk].Page;
                ReadCaptions(table, page);
                return true;
            }
            if (kk != k) return false;
            // A section heading over the next table ("二、收入预算总表" then its title) ends this one.
            if (NarrativeBuilder.HeadingLevel(first.Text, out _) > 0 && NextNonBlank(k + 1) is var h and >= 0
                && (TableCaptions.TryTitle(lines[h].Text, out _, out _) || TableCaptions.IsNumberOnly(lines[h].Text)))
                return false;
            var spans = SpanSplitter.Split(first);
            if (spans.Count >= 2 || SegmentParser.IsBodyLine(first) || table.RepeatsHeaderWord(first))
            {
                if (NarrativeBuilder.HeadingLevel(first.Text, out _) == 1) return false;
                i = k;
                page = first.Page;
                return true;
            }
            return false;
        }
    }
}
