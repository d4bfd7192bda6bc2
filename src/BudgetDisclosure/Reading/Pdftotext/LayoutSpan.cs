using BudgetDisclosure.Model;

namespace BudgetDisclosure.Reading.Pdftotext;

/// <summary>What a span of a <c>pdftotext -layout</c> line holds, as far as column finding cares.</summary>
internal enum SpanKind
{
    Text,
    /// <summary>A number printed with a decimal point or thousands separators: right-aligned in its column.</summary>
    Amount,
    /// <summary>Digits only ("201", "08", "2080505", "0"): a classification code at the start of a row, an amount after it.</summary>
    Integer,
    /// <summary>"-", "—", "/": a placeholder for nothing, standing in an amount column.</summary>
    Dash,
    /// <summary>".62": the decimals of an amount that the PDF wrapped onto the next line.</summary>
    Fraction,
}

/// <summary>A run of text on one line, with its character columns [Start, End) and the line it came from.</summary>
internal sealed record LayoutSpan(int Start, int End, string Text, SpanKind Kind, SourceLine Line)
{
    public int Center2 => Start + End;

    public bool IsNumeric => Kind is SpanKind.Amount or SpanKind.Integer or SpanKind.Dash;

    public static SpanKind Classify(string text)
    {
        if (text.Length == 0) return SpanKind.Text;
        if (text is "-" or "—" or "--" or "——" or "－" or "–" or "/") return SpanKind.Dash;
        if (text.Length >= 2 && text[0] == '.' && AllDigits(text.AsSpan(1))) return SpanKind.Fraction;
        if (AllDigits(text)) return SpanKind.Integer;
        var first = text[0];
        if (!(char.IsAsciiDigit(first) || first is '-' or '(' or '+' or '−')) return SpanKind.Text;
        if (text.AsSpan().IndexOfAny('.', ',') < 0) return SpanKind.Text;
        return Amount.Parse(text).IsNumber ? SpanKind.Amount : SpanKind.Text;
    }

    /// <summary>"1,935" or "14,770": the integer part of an amount whose decimals may follow on the next line.</summary>
    public bool CanTakeFraction => Kind == SpanKind.Integer || (Kind == SpanKind.Amount && !Text.Contains('.', StringComparison.Ordinal));

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}

/// <summary>Cuts a <c>pdftotext -layout</c> line into spans.</summary>
internal static class SpanSplitter
{
    /// <summary>
    /// Spans are separated by runs of two or more spaces; a single space stays inside a span ("2026 年") except where it
    /// separates an amount from its neighbour, which happens when a wide amount column crowds the next cell
    /// ("2,776.75 一、一般公共服务支出").
    /// </summary>
    public static List<LayoutSpan> Split(SourceLine line)
    {
        var spans = new List<LayoutSpan>();
        var text = line.Text;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i])) i++;
            if (i >= text.Length) break;
            var start = i;
            while (i < text.Length && !(IsSpace(text[i]) && (i + 1 >= text.Length || IsSpace(text[i + 1])))) i++;
            SplitAtAmounts(text, start, i, line, spans);
        }
        return spans;
    }

    /// <summary>Header cells are narrower and often touch: "一般公共预 政府性基金 国有资本经" are three columns.</summary>
    public static List<LayoutSpan> SplitHeader(SourceLine line)
    {
        var result = new List<LayoutSpan>();
        foreach (var span in Split(line))
        {
            var words = Words(line.Text, span.Start, span.End);
            // Separate words only when each side is a CJK word of two or more characters; "2026 年" and the spaced-out
            // "预 算 数" stay whole.
            var groupStart = words[0].Start;
            for (var w = 1; w < words.Count; w++)
            {
                var left = line.Text[words[w - 1].Start..words[w - 1].End];
                var right = line.Text[words[w].Start..words[w].End];
                if (left.Length >= 2 && right.Length >= 2 && IsCjk(left[^1]) && IsCjk(right[0]))
                {
                    result.Add(Make(line, groupStart, words[w - 1].End));
                    groupStart = words[w].Start;
                }
            }
            result.Add(Make(line, groupStart, words[^1].End));
        }
        return MergeSpacedOutCharacters(result);
    }

    /// <summary>"收   入", "项   目": single characters spread over a cell are one word.</summary>
    public static List<LayoutSpan> MergeSpacedOutCharacters(List<LayoutSpan> spans)
    {
        var merged = new List<LayoutSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                // "科 目 名 称 总 计" spreads two header words with the same spacing: a total word starts afresh.
                var startsTotal = span.Text is "合" or "总" && last.Text.Length >= 2;
                if (IsSingleCjk(span.Text) && IsSpacedOut(last) && span.Start - last.End <= 12 && !startsTotal)
                {
                    merged[^1] = last with { End = span.End, Text = last.Text + span.Text };
                    continue;
                }
            }
            merged.Add(span with { Text = CellTextRules.Normalize(span.Text) });
        }
        return merged;

        static bool IsSingleCjk(string s) => s.Length == 1 && IsCjk(s[0]);
        // Only a run that is itself single characters spread out takes the next one: "基本支出" + "小" are two cells.
        static bool IsSpacedOut(LayoutSpan s) =>
            // 类 款 项 head three code columns: the one spaced-out run that is not one word.
            s.Text.Length is >= 1 and <= 10 && s.Text.All(IsCjk) && s.Text[^1] is not ('类' or '款')
            && (s.Text.Length == 1 || s.End - s.Start > s.Text.Length);
    }

    private static void SplitAtAmounts(string text, int start, int end, SourceLine line, List<LayoutSpan> spans)
    {
        if (text.IndexOf(' ', start, end - start) < 0)
        {
            spans.Add(Make(line, start, end));
            return;
        }
        var words = Words(text, start, end);
        var groupStart = words[0].Start;
        for (var w = 1; w < words.Count; w++)
        {
            var left = LayoutSpan.Classify(text[words[w - 1].Start..words[w - 1].End]);
            var right = LayoutSpan.Classify(text[words[w].Start..words[w].End]);
            if (left == SpanKind.Amount || right == SpanKind.Amount || left == SpanKind.Fraction || right == SpanKind.Fraction)
            {
                spans.Add(Make(line, groupStart, words[w - 1].End));
                groupStart = words[w].Start;
            }
        }
        spans.Add(Make(line, groupStart, words[^1].End));
    }

    private static List<(int Start, int End)> Words(string text, int start, int end)
    {
        var words = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i])) i++;
            var s = i;
            while (i < end && !IsSpace(text[i])) i++;
            if (i > s) words.Add((s, i));
        }
        return words;
    }

    private static LayoutSpan Make(SourceLine line, int start, int end)
    {
        var text = line.Text[start..end];
        return new LayoutSpan(start, end, text, LayoutSpan.Classify(text), line);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';

    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
            or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or '“' or '”';
}

/// <summary>Clean-up of the text of a cell.</summary>
internal static class CellTextRules
{
    /// <summary>
    /// Removes spaces the PDF put between CJK characters ("合   计", "科 目 名 称") and just inside brackets ("(% )", where
    /// the substituted Latin face sets "%" wide of its ")"), but keeps "2026 年".
    /// </summary>
    public static string Normalize(string text)
    {
        var s = text.Trim();
        if (s.IndexOf(' ', StringComparison.Ordinal) < 0) return s;
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ' ')
            {
                var j = i;
                while (j < s.Length && s[j] == ' ') j++;
                var prev = sb.Length > 0 ? sb[^1] : ' ';
                var next = j < s.Length ? s[j] : ' ';
                if (!(SpanSplitter.IsCjk(prev) && SpanSplitter.IsCjk(next)) && prev is not ('(' or '（') && next is not (')' or '）'))
                    sb.Append(' ');
                i = j - 1;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Joins pieces of one cell: no space between CJK characters, one space between Latin words.</summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        return NeedsSpace(left[^1], right[0]) ? left + " " + right : left + right;
    }

    /// <summary>Whether two pieces ending and starting with these characters are joined with a space.</summary>
    public static bool NeedsSpace(char left, char right) =>
        !SpanSplitter.IsCjk(left) && !SpanSplitter.IsCjk(right) && char.IsLetterOrDigit(left) && char.IsLetterOrDigit(right);
}
