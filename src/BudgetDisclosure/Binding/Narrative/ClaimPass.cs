using System.Text.RegularExpressions;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>
/// Extracts every figure the narrative states: "名称 A 万元，占 S%，比上年预算增加 D 万元，增长 R%". A paragraph is
/// cut into segments at ，；、 and 。 (a comma between digits is a thousands separator); an amount starts a claim
/// named by the words before it, "占 S%" gives it a share, an amount or percentage right after 增加/减少/增长/下降
/// gives it a change, and a change whose subject is named ("公务接待费减少 0.28 万元") starts its own claim.
/// </summary>
/// <remarks>
/// Explanations ("主要原因是…", "主要用于…") are skipped up to the end of their clause: the figures there describe
/// the prior year or the use of funds, not the subject, and would give claims with meaningless names.
/// "X 未安排" is bound as an exact zero claim (0.00 in the sentence's unit) so that a table printing an amount for X
/// is seen as contradicting the text; dropping it would hide that.
/// </remarks>
internal static partial class ClaimPass
{
    private static readonly HashSet<SectionTopic> SkippedTopics =
        [SectionTopic.Other, SectionTopic.Functions, SectionTopic.Organisation, SectionTopic.Glossary, SectionTopic.Assets];

    public static List<Claim> Run(IReadOnlyList<SectionNode> sections, string? unitName, IReadOnlyList<BudgetTable> tables, List<ReadDiagnostic> diagnostics, Template? template = null)
    {
        var ties = new SubjectTies(tables, diagnostics, template ?? TemplateCatalog.National);
        var claims = new List<Claim>();
        // One list of figures for every clause of the document: a clause's figures are read before the next is scanned.
        var tokens = new List<Token>();
        var unit = unitName is null ? null : TextNormalizer.FoldWidth(unitName);
        foreach (var section in sections)
        {
            if (SkippedTopics.Contains(section.Topic)) continue;
            var state = new SectionState(section, ProjectFromHeading(section.Heading));
            foreach (var paragraph in section.Paragraphs)
            {
                if (section.Topic == SectionTopic.GeneralPublicProject && ProjectFromParagraph(paragraph.Text) is { } project)
                    state.ProjectName = project;
                new ParagraphScan(paragraph, state, unit, ties, claims, tokens).Run();
            }
        }
        return claims;
    }

    private static string? ProjectFromHeading(string heading)
    {
        var m = ProjectName().Match(TextNormalizer.FoldWidth(heading));
        return m.Success ? heading.Substring(m.Groups["name"].Index, m.Groups["name"].Length).Trim() : null;
    }

    private static string? ProjectFromParagraph(string text)
    {
        var folded = TextNormalizer.FoldWidth(text);
        var m = ProjectName().Match(folded);
        if (!m.Success) return null;
        var name = text.Substring(m.Groups["name"].Index, m.Groups["name"].Length).Trim();
        return name.TrimEnd('。', '.');
    }

    internal sealed class SectionState(SectionNode section, string? projectName)
    {
        public SectionNode Section { get; } = section;
        public string? ProjectName { get; set; } = projectName;
        public string? ColumnContext { get; set; }
    }

    private sealed class ClaimBuilder(string name, bool introducesList, int textStart)
    {
        public string Name { get; } = name;
        public bool IntroducesList { get; } = introducesList;
        public int TextStart { get; } = textStart;
        public int TextEnd { get; set; } = textStart;
        public Amount? Value { get; set; }
        public MoneyUnit Unit { get; set; }
        public Percentage? Share { get; set; }
        public ChangeDirection? Direction { get; set; }
        public Amount? Delta { get; set; }
        public Percentage? Rate { get; set; }
        public string? Basis { get; set; }
        public SourceLocation? Source { get; set; }
        public bool HasChange => Direction is not null;
    }

    private enum TokenKind { Amount, Percent }

    /// <summary>A figure in the folded text; <see cref="NumberLength"/> is the number's part of it, the unit follows.</summary>
    private readonly record struct Token(TokenKind Kind, int Index, int Length, int NumberLength)
    {
        public string Number(string folded) => folded.Substring(Index, NumberLength);

        /// <summary>The money unit the match ends with (亿元, 万元 or 元).</summary>
        public MoneyUnit Unit(string folded) =>
            folded.AsSpan(Index, Length).EndsWith("亿元", StringComparison.Ordinal) ? MoneyUnit.HundredMillionYuan
            : folded.AsSpan(Index, Length).EndsWith("万元", StringComparison.Ordinal) ? MoneyUnit.TenThousandYuan
            : MoneyUnit.Yuan;
    }

    private sealed class ParagraphScan(TextItem paragraph, SectionState state, string? unit, SubjectTies ties, List<Claim> claims, List<Token> tokens)
    {
        private readonly string _text = paragraph.Text;
        private readonly string _folded = TextNormalizer.FoldWidth(paragraph.Text);
        private ClaimBuilder? _current;
        private int _sentenceStart;
        private int _sentenceEnd;

        public void Run()
        {
            var start = 0;
            while (start < _folded.Length)
            {
                var end = _folded.IndexOf('。', start);
                end = end < 0 ? _folded.Length : end + 1;
                _sentenceStart = start;
                _sentenceEnd = end;
                ScanSentence(start, end);
                start = end;
            }
            Flush();
        }

        private void ScanSentence(int start, int end)
        {
            var explaining = false;
            var segStart = start;
            for (var i = start; i <= end; i++)
            {
                var atEnd = i == end;
                var c = atEnd ? '\0' : _folded[i];
                if (!atEnd && !IsDelimiter(i, c)) continue;
                // "三公" sentences list their items with commas after each reason; an item's name ends the reason before it.
                if (explaining && i > segStart && state.Section.Topic == SectionTopic.ThreePublicExpenses && ThreePublicItem().IsMatch(TextNormalizer.Key(_folded.AsSpan(segStart, i - segStart))))
                    explaining = false;
                if (!explaining && i > segStart)
                {
                    var cut = FirstMatch(Explanation(), segStart, i);
                    ScanSegment(segStart, cut >= 0 ? segStart + cut : i);
                    if (cut >= 0) explaining = true;
                }
                // An explanation runs to the end of its clause; a semicolon starts the next item.
                if (c is ';' or '；') explaining = false;
                segStart = i + 1;
            }
        }

        private bool IsDelimiter(int i, char c)
        {
            if (c is '；' or ';' or '、' or '。' or '，') return true;
            if (c != ',') return false;
            var digitBefore = i > 0 && char.IsAsciiDigit(_folded[i - 1]);
            var digitAfter = i + 1 < _folded.Length && char.IsAsciiDigit(_folded[i + 1]);
            return !(digitBefore && digitAfter);
        }

        private void ScanSegment(int start, int end)
        {
            if (end <= start) return;
            var span = _folded.AsSpan(start, end - start);
            if (state.Section.Topic == SectionTopic.FiscalAppropriation) UpdateColumnContext(TextNormalizer.Key(span));
            // Most clauses of running text state no figure: without a digit, only 持平/未安排 can matter.
            if (span.IndexOfAnyInRange('0', '9') < 0 && span.IndexOfAny('持', '变', '未') < 0) return;

            Tokens(start, end);
            var prev = start;
            foreach (var token in tokens)
            {
                var verb = AdjacentVerb(prev, token.Index);
                if (verb is { } v)
                {
                    var (zoneStart, zoneEnd, basis) = SplitBasis(prev, v.Index);
                    var (nameStart, nameEnd) = NameZone(zoneStart, zoneEnd);
                    var name = NameIn(nameStart, nameEnd);
                    if (name is not null && !IsGeneric(name))
                    {
                        Flush();
                        _current = NewBuilder(name, nameStart, nameEnd);
                    }
                    if (_current is not null)
                    {
                        _current.Direction ??= DirectionOf(_folded.AsSpan(v.Index, v.Length));
                        if (basis is not null) _current.Basis ??= basis;
                        if (token.Kind == TokenKind.Amount) { _current.Delta ??= Amount.Parse(token.Number(_folded)); _current.Unit = _current.Unit == MoneyUnit.Unknown ? token.Unit(_folded) : _current.Unit; }
                        else _current.Rate ??= Percentage.Parse(token.Number(_folded));
                        _current.TextEnd = _sentenceEnd;
                    }
                }
                else if (token.Kind == TokenKind.Percent)
                {
                    if (_current is not null && _folded.AsSpan(prev, token.Index - prev).Contains('占'))
                    {
                        _current.Share ??= Percentage.Parse(token.Number(_folded));
                        _current.TextEnd = _sentenceEnd;
                    }
                }
                else if (_current is { Value: not null, HasChange: false } && StatesComparisonBase(prev, token.Index))
                {
                    // "收入预算 110896.62 万元，比 2025 年年初预算数 115041.34 万元减少 4144.72 万元": the second amount is
                    // last year's figure the change is measured from, not a claim of its own.
                    _current.Basis ??= _text[prev..token.Index].Trim().TrimStart('比', '较', '与').Trim();
                    _current.TextEnd = _sentenceEnd;
                }
                else if (StatedPriorOpens(prev, token.Index) is { } open)
                {
                    // "支出预算安排与 2016 年度相比（2016 年度部门支出预算安排为 8,648.07 万元），增加 498.72 万元": the figure in
                    // the parenthesis is last year's, stated outright; the claim is the change, its subject the words before.
                    var (nameStart, nameEnd) = NameZone(prev, open);
                    var name = NameIn(nameStart, nameEnd) ?? _current?.Name;
                    Flush();
                    if (name is not null)
                    {
                        _current = NewBuilder(name, nameStart, nameEnd);
                        _current.Basis = _text[(open + 1)..token.Index].Trim();
                        _current.Unit = token.Unit(_folded);
                    }
                }
                else
                {
                    var (nameStart, nameEnd) = NameZone(prev, token.Index);
                    var name = NameIn(nameStart, nameEnd) ?? _current?.Name;
                    Flush();
                    if (name is not null)
                    {
                        _current = NewBuilder(name, nameStart, nameEnd);
                        _current.Value = Amount.Parse(token.Number(_folded));
                        _current.Unit = token.Unit(_folded);
                    }
                }
                prev = token.Index + token.Length;
            }

            var flat = FirstMatch(Flat(), prev, end);
            if (flat >= 0 && _current is { HasChange: false })
            {
                _current.Direction = ChangeDirection.Flat;
                _current.TextEnd = _sentenceEnd;
            }
            else if (flat >= 0 && tokens.Count == 0)
            {
                // A change-only sentence with its own subject and no figure: "“三公”经费预算与上年预算持平。"
                var (zoneStart, zoneEnd, basis) = SplitBasis(prev, prev + flat);
                // "…经费预算与上年预算持平": the subject ends where "与 <basis>" begins.
                var with = _folded.LastIndexOf('与', Math.Max(zoneStart, zoneEnd - 1), Math.Max(0, zoneEnd - zoneStart));
                if (basis is null && with > zoneStart)
                {
                    basis = _text[(with + 1)..zoneEnd].Trim();
                    zoneEnd = with;
                }
                var (nameStart, nameEnd) = NameZone(zoneStart, zoneEnd);
                var name = NameIn(nameStart, nameEnd);
                if (name is not null && !IsGeneric(name))
                {
                    Flush();
                    _current = NewBuilder(name, nameStart, nameEnd);
                    _current.Direction = ChangeDirection.Flat;
                    _current.Basis = basis;
                }
            }
            var notPlanned = FirstMatch(NotPlanned(), prev, end);
            if (notPlanned >= 0)
            {
                var nameEnd = prev + notPlanned;
                var name = NameIn(prev, nameEnd);
                if (name is not null && !IsGeneric(name))
                {
                    Flush();
                    _current = NewBuilder(name, prev, nameEnd);
                    _current.Value = Amount.FromValue(0m, 2);
                    _current.Unit = MoneyUnit.TenThousandYuan;
                }
            }
        }

        /// <summary>The words before an amount open a comparison ("比 2025 年年初预算数", "较上年").</summary>
        /// <summary>
        /// Where an amount stands in an open parenthesis that names last year ("（上年为", "（2016 年度……为"), the index of
        /// the parenthesis: the amount is the prior-year figure, not the claim's.
        /// </summary>
        private int? StatedPriorOpens(int start, int end)
        {
            var zone = _folded.AsSpan(start, end - start);
            var open = zone.LastIndexOfAny('（', '(');
            if (open < 0 || zone[open..].IndexOfAny('）', ')') >= 0) return null;
            var inner = zone[(open + 1)..].Trim();
            if (inner.Length == 0 || inner[^1] != '为') return null;
            return inner.Contains("上年", StringComparison.Ordinal) || inner.Contains('年') ? start + open : null;
        }

        private bool StatesComparisonBase(int start, int end)
        {
            var zone = _folded.AsSpan(start, end - start).Trim();
            return zone.Length > 1 && zone[0] is '比' or '较' && (zone.Contains("预算", StringComparison.Ordinal) || zone.Contains("上年", StringComparison.Ordinal) || zone.Contains('年'));
        }

        private ClaimBuilder NewBuilder(string name, int nameStart, int nameEnd)
        {
            var zone = _folded.AsSpan(nameStart, nameEnd - nameStart);
            return new ClaimBuilder(name, TextNormalizer.KeyEndsWith(zone, "包括") || TextNormalizer.KeyEndsWith(zone, "包括:"), _sentenceStart)
            {
                TextEnd = _sentenceEnd,
                Source = paragraph.Source,
            };
        }

        private void UpdateColumnContext(string segmentKey)
        {
            if (segmentKey.Contains("一般公共预算支出包括", StringComparison.Ordinal)) state.ColumnContext = ColumnKeys.GeneralPublic;
            else if (segmentKey.Contains("政府性基金预算支出包括", StringComparison.Ordinal)) state.ColumnContext = ColumnKeys.GovernmentFund;
            else if (segmentKey.Contains("国有资本经营预算支出包括", StringComparison.Ordinal)) state.ColumnContext = ColumnKeys.StateCapital;
        }

        private void Tokens(int start, int end)
        {
            tokens.Clear();
            // Both patterns start with their number group (digits, separators, point) and the segment is matched as the
            // whole input, so a match's place and length say where the number ends without capturing groups.
            var segment = _folded.AsSpan(start, end - start);
            foreach (var m in NarrativeText.AmountToken().EnumerateMatches(segment))
                tokens.Add(new Token(TokenKind.Amount, start + m.Index, m.Length, NumberLength(segment.Slice(m.Index, m.Length))));
            foreach (var m in NarrativeText.PercentToken().EnumerateMatches(segment))
                tokens.Add(new Token(TokenKind.Percent, start + m.Index, m.Length, NumberLength(segment.Slice(m.Index, m.Length))));
            tokens.Sort(ByIndex);
        }

        private static readonly Comparison<Token> ByIndex = (a, b) => a.Index.CompareTo(b.Index);

        private static int NumberLength(ReadOnlySpan<char> match)
        {
            var n = 0;
            while (n < match.Length && (char.IsDigit(match[n]) || match[n] is ',' or '.')) n++;
            return n;
        }

        /// <summary>Where the first match of <paramref name="regex"/> in [start, end) begins, relative to start; −1 for none.</summary>
        private int FirstMatch(Regex regex, int start, int end)
        {
            foreach (var m in regex.EnumerateMatches(_folded.AsSpan(start, end - start))) return m.Index;
            return -1;
        }

        /// <summary>A change verb counts only right before the number ("增加 0.28 万元"), not anywhere in the clause.</summary>
        private (int Index, int Length)? AdjacentVerb(int from, int tokenIndex)
        {
            int lastIndex = -1, lastLength = 0;
            foreach (var m in Verb().EnumerateMatches(_folded.AsSpan(from, tokenIndex - from))) { lastIndex = m.Index; lastLength = m.Length; }
            if (lastIndex < 0) return null;
            foreach (var ch in _folded.AsSpan(from + lastIndex + lastLength, tokenIndex - from - lastIndex - lastLength))
                if (!char.IsWhiteSpace(ch) && ch is not ':' and not '了') return null;
            return (from + lastIndex, lastLength);
        }

        /// <summary>Splits "名称比上年预算" / "与上年预算相比" into the name before and the basis of comparison.</summary>
        private (int NameStart, int NameEnd, string? Basis) SplitBasis(int start, int end)
        {
            var m = Basis().Match(_folded, start, end - start);
            if (!m.Success) return (start, end, null);
            var basis = m.Groups["basis"];
            return (start, m.Index, _text.Substring(basis.Index, basis.Length).Trim());
        }

        /// <summary>The words naming an amount: after the last colon, unless that part is only "2025 年预算数为".</summary>
        private (int Start, int End) NameZone(int start, int end)
        {
            if (end <= start) return (start, end);
            var colon = _folded.LastIndexOf(':', end - 1, end - start);
            if (colon < 0) return (start, end);
            var after = NameIn(colon + 1, end);
            if (after is not null && !IsGeneric(after)) return (colon + 1, end);
            return (start, colon);
        }

        private string? NameIn(int start, int end)
        {
            var (s, e) = TrimName(start, end);
            if (e <= s) return null;
            var name = _text[s..e].Trim();
            return name.Length == 0 ? null : name;
        }

        private (int, int) TrimName(int s, int e)
        {
            var changed = true;
            while (changed && s < e)
            {
                changed = false;
                while (s < e && (char.IsWhiteSpace(_folded[s]) || _folded[s] is ':' or '-')) { s++; changed = true; }
                while (e > s && (char.IsWhiteSpace(_folded[e - 1]) || _folded[e - 1] is ':')) { e--; changed = true; }
                if (e <= s) break;
                if (unit is not null && _folded.AsSpan(s, e - s).StartsWith(unit, StringComparison.Ordinal)) { s += unit.Length; changed = true; continue; }
                var lead = 0;
                foreach (var m in LeadingNoise().EnumerateMatches(_folded.AsSpan(s, e - s))) { lead = m.Length; break; }
                if (lead > 0) { s += lead; changed = true; continue; }
                int trailIndex = -1, trailLength = 0;
                foreach (var m in TrailingNoise().EnumerateMatches(_folded.AsSpan(s, e - s))) { (trailIndex, trailLength) = (s + m.Index, m.Length); break; }
                if (trailIndex >= 0 && trailLength > 0 && trailIndex > s) { e = trailIndex; changed = true; }
            }
            return (s, e);
        }

        // The longest generic name (预算金额, 年预算数, 预算安排) has four characters.
        private static bool IsGeneric(string name) => TextNormalizer.ShortKeyIsMatch(name, 4, GenericName());

        private void Flush()
        {
            var b = _current;
            _current = null;
            if (b is null || (b.Value is null && b.Share is null && b.Direction is null)) return;
            var change = b.Direction is { } d ? new YearOnYearChange(d, b.Delta, b.Rate) { Basis = b.Basis } : null;
            var sentence = _text[b.TextStart..Math.Min(b.TextEnd, _text.Length)];
            var subject = ties.Tie(new TieRequest(state.Section.Topic, b.Name, TextNormalizer.Key(b.Name), b.IntroducesList, state.ColumnContext, state.ProjectName, sentence, paragraph.Source));
            claims.Add(new Claim(subject, state.Section.Heading, state.Section.Topic, sentence.Trim(), paragraph.Source)
            {
                Value = b.Value,
                Unit = b.Unit,
                Share = b.Share,
                Change = change,
            });
        }
    }

    private static ChangeDirection DirectionOf(ReadOnlySpan<char> verb) => verb switch
    {
        "减少" or "下降" or "降低" or "减" => ChangeDirection.Decrease,
        "持平" or "无变化" => ChangeDirection.Flat,
        _ => ChangeDirection.Increase,
    };

    [GeneratedRegex(@"增加|减少|增长|下降|上升|降低|持平|无变化")]
    private static partial Regex Verb();

    [GeneratedRegex(@"持平|无变化|没有变化|未变化")]
    private static partial Regex Flat();

    [GeneratedRegex(@"(?:^|\s*)未安排\s*$")]
    private static partial Regex NotPlanned();

    [GeneratedRegex(@"主要原因|主要用于|主要包括|主要是|原因是|用于|主要为")]
    private static partial Regex Explanation();

    /// <summary>"…与上年预算相比" or "…比上年预算" / "…较上年": the basis the change is measured against.</summary>
    [GeneratedRegex(@"(?:与(?<basis>[^与比]{1,20}?)相比|(?<![占对])(?:比|较)(?<basis>[^比较]{1,20}))\s*$")]
    private static partial Regex Basis();

    [GeneratedRegex(@"^(?:\s+|\(\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*\)|\d{1,2}\s*[.、](?!\d)|[一二三四五六七八九十]{1,3}\s*[、.](?!\d)|其中|包括|另|合计为|本年度|本年|(?:19|20)\d{2}\s*年度?|的|本部门|本单位|我部门|我单位)")]
    private static partial Regex LeadingNoise();

    [GeneratedRegex(@"(?:为|是|达到|共计为|包括)\s*$")]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"^(?:预算数?|预算金额|金额|数|支出|合计|共计|其中|包括|年预算数|预算安排|安排)?$")]
    private static partial Regex GenericName();

    [GeneratedRegex(@"^(?:因公出国|公务接待|公务用车)")]
    private static partial Regex ThreePublicItem();

    [GeneratedRegex(@"项目名称\s*:\s*(?<name>.+)$")]
    private static partial Regex ProjectName();
}
