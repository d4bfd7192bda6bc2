using System.Globalization;
using System.Text.RegularExpressions;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>What the front matter and the closing lines say about the disclosure.</summary>
internal sealed record Metadata
{
    public string? UnitName { get; init; }
    public DisclosureScope Scope { get; init; }
    public DisclosureKind Kind { get; init; }
    public int? Year { get; init; }
    public string? Date { get; init; }
    public IReadOnlyList<string> Contents { get; init; } = [];

    /// <summary>Index of the first body item (after the title and 目录).</summary>
    public int BodyStart { get; init; }

    /// <summary>Index one past the last body item (the closing signature and date are not body).</summary>
    public int BodyEnd { get; init; }
}

/// <summary>
/// Title ("2025 年部门预算公开"), unit name, 目录 and the closing signature and date. The 目录 runs from "目录" until
/// its first entry is printed again as the body's first heading; its entries are kept as printed, an entry broken
/// over two lines joined.
/// </summary>
internal static partial class MetadataPass
{
    private const int TitleSearchLimit = 12;

    public static Metadata Run(IReadOnlyList<FlowItem> items)
    {
        var titleIndex = -1;
        Match? title = null;
        for (var i = 0; i < Math.Min(items.Count, TitleSearchLimit); i++)
        {
            if (items[i] is not TextItem t) continue;
            // A title re-flowed into the 目录 heading after it ("…部门预算信息公开目录") is still the title.
            var key = TextNormalizer.Key(t.Text);
            if (key.EndsWith("目录", StringComparison.Ordinal) && key.Length > 2) key = key[..^2];
            var m = MatchTitle(key);
            // A cover title wrapped over two lines ("2026 年深圳市财政局（本级）部门预" / "算").
            if (!m.Success && YearMark().IsMatch(key) && i + 1 < items.Count && items[i + 1] is TextItem next)
                m = MatchTitle(key + TextNormalizer.Key(next.Text));
            if (m.Success) { titleIndex = i; title = m; break; }
        }

        var (contents, bodyStart) = ReadContents(items, Math.Max(titleIndex + 1, 0));
        var (date, signature, bodyEnd) = ReadClosing(items, bodyStart);

        string? unit = null;
        if (title is not null)
        {
            var before = title.Groups["unit"].Value;
            // "某市医疗保障局部门 2026 年度部门预算": the unit's name, not "…局部门".
            if (before.Length > 4 && (before.EndsWith("部门", StringComparison.Ordinal) || before.EndsWith("单位", StringComparison.Ordinal))
                && before[^3] is '局' or '委' or '办' or '院' or '会' or '厅' or '署' or '处' or '室' or '所' or '站' or '心')
                before = before[..^2];
            if (before.Length >= 2) unit = before;
            else if (titleIndex > 0 && items[titleIndex - 1] is TextItem previous) unit = TextNormalizer.Key(previous.Text);
        }
        // The signature is the unit's own name; the title line before may carry the region above it as well.
        if (signature is not null && (unit is null || unit.EndsWith(signature, StringComparison.Ordinal))) unit = signature;

        var scope = DisclosureScope.Unknown;
        var kind = DisclosureKind.Unknown;
        int? year = null;
        if (title is not null)
        {
            year = int.Parse(title.Groups["year"].Value, CultureInfo.InvariantCulture);
            scope = title.Groups["scope"].Value switch { "部门" => DisclosureScope.Department, "单位" => DisclosureScope.Unit, _ => DisclosureScope.Unknown };
            kind = title.Groups["kind"].Value == "决算" ? DisclosureKind.FinalAccounts : DisclosureKind.Budget;
        }
        if (scope == DisclosureScope.Unknown) scope = ScopeFromParts(items, bodyStart, bodyEnd);

        return new Metadata
        {
            UnitName = unit,
            Scope = scope,
            Kind = kind,
            Year = year,
            Date = date,
            Contents = contents,
            BodyStart = bodyStart,
            BodyEnd = bodyEnd,
        };
    }

    // "2026 年深圳市审计局部门预算": the year first, the unit after it.
    /// <summary>
    /// The title a file's name gives, for a document that prints none (its cover an image, a 报表 half without a
    /// cover): publications are named by their title ("江苏省政协办公厅2019年度部门预算.pdf", "附件2：北京市审计局2026年度部门
    /// 预算报表.pdf"). Each part of the name is tried — a crawl's "region__" prefix and "_" separators apart, 附件N and
    /// the 报表/公开表 of a half dropped — and the first that reads as a title with a year is taken.
    /// </summary>
    public static Metadata? FromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var crawl = stem.LastIndexOf("__", StringComparison.Ordinal);
        if (crawl >= 0) stem = stem[(crawl + 2)..];
        // The parts first: "医疗保障局_2026年部门预算" is a title without its unit, not the unit "医疗保障局_".
        foreach (var part in (IEnumerable<string>)[.. stem.Split('_', StringSplitOptions.RemoveEmptyEntries), stem])
        {
            var key = FileNameNoise().Replace(TextNormalizer.Key(part), "");
            var m = MatchTitle(key);
            if (!m.Success) continue;
            var unit = m.Groups["unit"].Value;
            if (unit.AsSpan().IndexOfAny("_:：") >= 0) continue;
            return new Metadata
            {
                UnitName = unit.Length >= 2 ? unit : null,
                Year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture),
                Scope = m.Groups["scope"].Value switch { "部门" => DisclosureScope.Department, "单位" => DisclosureScope.Unit, _ => DisclosureScope.Unknown },
                Kind = m.Groups["kind"].Value == "决算" ? DisclosureKind.FinalAccounts : DisclosureKind.Budget,
            };
        }
        return null;
    }

    [GeneratedRegex(@"^附件\d+[:：.、]?|(?:报表|公开表|表)$")]
    private static partial Regex FileNameNoise();

    // A numbered heading ("第三部分 2025 年部门预算情况说明", "一、…") is the body's, never the title.
    private static Match MatchTitle(string key) =>
        NarrativeText.NumberingLevel(key) is not null ? Match.Empty
        : Title().Match(key) is { Success: true } m ? m : TitleYearFirst().Match(key);

    private static (List<string> Contents, int BodyStart) ReadContents(IReadOnlyList<FlowItem> items, int from)
    {
        var start = -1;
        for (var i = from; i < Math.Min(items.Count, from + TitleSearchLimit); i++)
        {
            if (items[i] is TextItem t && TextNormalizer.Key(t.Text) is "目录" or "目次") { start = i; break; }
        }
        if (start < 0) return ([], from);

        var contents = new List<string>();
        string? firstKey = null;
        var i2 = start + 1;
        for (; i2 < items.Count; i2++)
        {
            if (items[i2] is not TextItem t) break;
            var key = TextNormalizer.Key(t.Text);
            if (firstKey is not null && key == firstKey) break;
            // Converters run list lines together ("十、…情况表- 十一、…"): each bullet is an entry of its own.
            var pieces = BulletSeparator().Split(t.Text);
            // A full sentence means the body has begun even if the first entry was never repeated.
            if (pieces.Any(p => p.Length > 100) || key.Contains('。', StringComparison.Ordinal)) break;
            foreach (var piece in pieces.Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                if (NarrativeText.NumberingLevel(piece) is null && contents.Count > 0)
                {
                    contents[^1] += piece;
                    continue;
                }
                firstKey ??= TextNormalizer.Key(piece);
                contents.Add(piece);
            }
        }
        return (contents, i2);
    }

    private static (string? Date, string? Signature, int BodyEnd) ReadClosing(IReadOnlyList<FlowItem> items, int bodyStart)
    {
        for (var i = items.Count - 1; i >= Math.Max(bodyStart, items.Count - 4); i--)
        {
            if (items[i] is not TextItem t || !NarrativeText.IsDateLine(t.Text)) continue;
            if (i - 1 >= bodyStart && items[i - 1] is TextItem s && IsSignature(s.Text))
                return (t.Text.Trim(), TextNormalizer.Key(s.Text), i - 1);
            return (t.Text.Trim(), null, i);
        }
        return (null, null, items.Count);
    }

    private static bool IsSignature(string text)
    {
        var key = TextNormalizer.Key(text);
        return key.Length is >= 4 and <= 40 && !key.Contains('。', StringComparison.Ordinal) && !key.Contains(':', StringComparison.Ordinal) &&
               NarrativeText.NumberingLevel(text) is null;
    }

    private static DisclosureScope ScopeFromParts(IReadOnlyList<FlowItem> items, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (items[i] is not TextItem t || NarrativeText.NumberingLevel(t.Text) != 1) continue;
            var key = TextNormalizer.Key(t.Text);
            if (key.Contains("部门", StringComparison.Ordinal)) return DisclosureScope.Department;
            if (key.Contains("单位", StringComparison.Ordinal)) return DisclosureScope.Unit;
        }
        return DisclosureScope.Unknown;
    }

    [GeneratedRegex(@"\s*-\s+(?=(?:[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十]{1,3}部分))")]
    private static partial Regex BulletSeparator();

    /// <summary>"[unit]2025年部门预算公开", "2025年度单位决算", "2026年部门预算情况说明", on the key (no spaces).</summary>
    [GeneratedRegex(@"^(?<unit>.*?)(?<year>(?:19|20)\d{2})年度?(?<scope>部门|单位)?(?:综合)?(?<kind>预算|决算)(?:信息)?(?:公开)?(?:情况)?(?:说明)?(?:\(.*\))?$")]
    private static partial Regex Title();

    /// <summary>"2026年[unit]部门预算": the unit between the year and the kind; it must name an organ (…局, …委员会).</summary>
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})年度?(?<unit>[^，。:;、]{2,40}?[局委办院会厅署处室所站心部馆校团联社行园队])(?:\((?:本级|汇总|部门|单位)\))?(?<scope>部门|单位)?(?:综合)?(?<kind>预算|决算)(?:信息)?(?:公开)?(?:情况)?(?:说明)?(?:\(.*\))?$")]
    private static partial Regex TitleYearFirst();

    [GeneratedRegex(@"(?:19|20)\d{2}年")]
    private static partial Regex YearMark();
}
