using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Reading.Pdftotext;

/// <summary>
/// Re-flows running text: lines wrapped at ~30 characters (blank lines between them, page breaks inside sentences) are
/// joined; a paragraph ends where a sentence ends (。；：！？) and the next line is indented, or at a heading.
/// </summary>
internal sealed partial class NarrativeBuilder(string path, List<Block> blocks, int margin)
{
    private readonly List<SourceLine> pending = [];

    // A long numbered line may be the first line of a paragraph ("（二）起草有关地方性法规、规章和" / "政策，…"):
    // it is a heading only if the next line does not carry on its sentence.
    private (SourceLine Line, int Level, string Text)? candidate;

    /// <summary>The indentation most lines of running text start at: the left margin of continuation lines.</summary>
    public static int FindMargin(IEnumerable<SourceLine> lines)
    {
        var counts = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            var indent = Indent(line.Text);
            counts[indent] = counts.GetValueOrDefault(indent) + 1;
        }
        return counts.Count == 0 ? 0 : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
    }

    public void Add(SourceLine line, bool plain = false)
    {
        if (line.IsBlank) return;
        var level = HeadingLevel(line.Text, out var heading);
        if (candidate is { } c)
        {
            candidate = null;
            if (level == 0 && (plain || Indent(line.Text) <= margin))
            {
                pending.Add(line);
                return;
            }
            pending.Clear();
            blocks.Add(new HeadingBlock(c.Line.At(path), c.Level, c.Text));
        }
        // A numbered heading longer than a line of running text is short ("四、关于示例县医疗保障局2026 年财政拨款收支预算情况的
        // 总体说明", 32 characters) only counts as one after a finished sentence and before an indented line.
        var longHeading = level == 0 && !plain && (pending.Count == 0 || EndsSentence(pending[^1].Text)) ? LongHeadingLevel(line.Text, out heading) : 0;
        if (longHeading > 0) level = longHeading;
        if (level > 1 && TextNormalizer.Squeeze(heading).Length >= 14)
        {
            Flush();
            candidate = (line, level, heading);
            pending.Add(line);
            return;
        }
        if (level > 0)
        {
            Flush();
            blocks.Add(new HeadingBlock(line.At(path), level, heading));
            return;
        }
        if (pending.Count > 0 && EndsSentence(pending[^1].Text))
        {
            // Plain pdftotext keeps no indentation: there a short last line is the only sign of a paragraph end.
            var breaks = plain ? IsShort(pending[^1]) : Indent(line.Text) > margin;
            if (breaks) Flush();
        }
        else if (pending.Count == 1 && !plain && Indent(line.Text) > margin && IsShort(pending[0])
            && (LabelledValue().IsMatch(pending[0].Text.Trim()) || DateLine().IsMatch(line.Text.Trim())))
        {
            // A short "label：value" line without a full stop before an indented one is a paragraph of its own:
            // "预算安排规模：40.00 万元" above "项目承担单位：…". (Other short lines may be a contents heading or a
            // title over what follows, which the rules above sort out.) So is the unit's name over the date of a signature.
            Flush();
        }
        pending.Add(line);
    }

    public void Flush()
    {
        if (candidate is { } c)
        {
            candidate = null;
            pending.Clear();
            blocks.Add(new HeadingBlock(c.Line.At(path), c.Level, c.Text));
            return;
        }
        if (pending.Count == 0) return;
        // Joined into one buffer: joining string to string was quadratic in the lines of a paragraph, and a damaged
        // file's paragraph can run for thousands of lines.
        var text = new System.Text.StringBuilder();
        foreach (var l in pending)
        {
            var piece = l.Text.Trim();
            if (piece.Length == 0) continue;
            if (text.Length > 0 && CellTextRules.NeedsSpace(text[^1], piece[0])) text.Append(' ');
            text.Append(piece);
        }
        blocks.Add(new ParagraphBlock(pending[0].At(path), text.ToString()));
        pending.Clear();
    }

    private bool IsShort(SourceLine line)
    {
        // Widths measured without trimming copies: this runs for every line of a paragraph, over all of its lines.
        var typical = 28;
        if (pending.Count > 1)
        {
            typical = 0;
            foreach (var p in pending) typical = Math.Max(typical, p.Text.AsSpan().Trim().Length);
        }
        return line.Text.AsSpan().Trim().Length < typical - 2;
    }

    public static int Indent(string text)
    {
        var n = 0;
        while (n < text.Length && text[n] is ' ' or '\u3000') n++;
        return n;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd().TrimEnd('”', '"', '’', '）', ')', '」');
        return t.Length > 0 && t[^1] is '。' or '；' or '：' or '！' or '？' or ';' or ':' or '!' or '?';
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^，。；：:\s]{2,12}[：:]\s*\S")]
    private static partial System.Text.RegularExpressions.Regex LabelledValue();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")]
    private static partial System.Text.RegularExpressions.Regex DateLine();

    /// <summary>
    /// 2 or 3 for a numbered line shaped like a heading but longer than <see cref="HeadingLevel"/> takes (31–40
    /// characters, no punctuation of running text); 0 otherwise.
    /// </summary>
    private static int LongHeadingLevel(string text, out string heading)
    {
        heading = CellTextRules.Normalize(text.Trim());
        var squeezed = TextNormalizer.Squeeze(heading);
        if (squeezed.Length is <= 30 or > 40 || squeezed.IndexOfAny(['，', '。', '；', ',', '：', ':']) >= 0) return 0;
        if (TextPatterns.ChineseNumberedHeading().IsMatch(squeezed)) return 2;
        if (TextPatterns.ParenthesisedHeading().IsMatch(squeezed)) return 3;
        return 0;
    }

    /// <summary>1 for 第X部分, 2 for 一、…, 3 for （一）…; 0 for running text. Contents lines lose their dot leaders and page numbers.</summary>
    public static int HeadingLevel(string text, out string heading)
    {
        var t = text.Trim();
        var leader = t.IndexOf("....", StringComparison.Ordinal);
        if (leader < 0) leader = t.IndexOf("……", StringComparison.Ordinal);
        if (leader > 0) t = t[..leader].TrimEnd('.', '…', ' ');
        heading = CellTextRules.Normalize(t);
        var squeezed = TextNormalizer.Squeeze(t);
        if (squeezed.Length == 0 || squeezed.Length > 40) return 0;
        if (TextPatterns.PartHeading().IsMatch(squeezed)) return 1;
        if (squeezed.Length > 30 || squeezed.IndexOfAny(['，', '。', '；', ',']) >= 0) return 0;
        if (TextPatterns.ChineseNumberedHeading().IsMatch(squeezed)) return 2;
        if (TextPatterns.ParenthesisedHeading().IsMatch(squeezed)) return 3;
        return 0;
    }
}
