using System.Globalization;
using System.Text.RegularExpressions;
using BudgetDisclosure.Checks.Rules.Plausibility;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules.Wording;

/// <summary>The texts the wording rules read: headings, narrative sentences and 绩效目标 goals.</summary>
internal static class Texts
{
    public static IReadOnlyList<(string Text, FindingLocation At)> All(CheckContext context) => context.Index.AllTexts;

    /// <summary>A short excerpt around <paramref name="index"/>, for messages.</summary>
    public static string Around(string text, int index, int length = 1, int context = 12)
    {
        var start = Math.Max(0, index - context);
        var end = Math.Min(text.Length, index + length + context);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}

/// <summary>BD7001: template placeholders left in the published text: XX局, ××, 某某, 〇〇, （单位名称）, "X 万元".</summary>
public sealed partial class PlaceholderRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD7001", "不应留有模板占位符",
        "“{0}”中留有占位符“{1}”，应填写实际内容",
        RuleCategory.Wording, Severity.Warning,
        "Fill in template placeholders",
        "'{0}' still has the placeholder '{1}'");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var d = context.Disclosure;
        // Every label of every table is read, and nearly none has a placeholder: a location is made only for a finding.
        var any = false;
        foreach (var (text, at) in Texts.All(context))
        {
            any = true;
            if (Find(context, text) is { } m) Report(context, text, m, at);
        }
        if (d.UnitName is not null)
        {
            any = true;
            if (Find(context, d.UnitName) is { } m) Report(context, d.UnitName, m, new FindingLocation(new SourceLocation(context.File, 0)) { Section = "封面", Sentence = d.UnitName });
        }
        foreach (var table in d.Tables)
            foreach (var row in table.Rows)
            {
                any = true;
                if (Find(context, row.Label) is { } m) Report(context, row.Label, m, RowAt(table, row, row.Label));
                if (row.Project is null) continue;
                if (Find(context, row.Project) is { } p) Report(context, row.Project, p, RowAt(table, row, row.Project));
            }
        foreach (var target in d.PerformanceTargets)
        {
            any = true;
            if (Find(context, target.Name) is { } m) Report(context, target.Name, m, PerformanceText.At(target));
            foreach (var indicator in target.Indicators)
            {
                var text = indicator.Name + " " + indicator.Value;
                if (Find(context, text) is { } i) Report(context, text, i, PerformanceText.At(target, indicator));
            }
        }
        if (!any) context.NotApplicable(Rule, "文档中没有文字。");
    }

    private static Match? Find(CheckContext context, string text)
    {
        context.Evaluated(Rule);
        var m = Placeholder().Match(text);
        return m.Success ? m : null;
    }

    private static FindingLocation RowAt(BudgetTable table, TableRow row, string text) =>
        new(row.Source) { Table = table.Kind, TableNumber = table.Number, Code = row.Code?.Digits, Label = text };

    private static void Report(CheckContext context, string text, Match m, FindingLocation at) =>
        context.Report(new Finding(Rule, Rule.DefaultSeverity, at, Texts.Around(text, m.Index, m.Length), m.Value));

    // 〇〇 inside a year written in Chinese numerals (二〇〇九) is not a placeholder; neither is X inside a Latin word.
    [GeneratedRegex(@"(?<![A-Za-z])[XＸ×]{2,}(?![A-Za-z])|某某|(?<![一二三四五六七八九〇零])〇〇(?![一二三四五六七八九〇零])|[（(【\[]\s*(?:单位名称|部门名称|项目名称|请填写|此处填写|填写)[^）)】\]]{0,10}[）)】\]]|(?<![A-Za-z])[XＸ](?=\s*(?:万元|元|%|％|人|个|辆|台)(?![A-Za-z]))")]
    private static partial Regex Placeholder();
}

/// <summary>
/// BD7002: sentence punctuation a proofreader would fix: doubled or clashing marks (。。 ，， ，。 《《…》》), a paragraph of
/// prose that ends without a full stop, and a paragraph that mixes half-width and full-width commas between Chinese.
/// </summary>
public sealed partial class PunctuationRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD7002", "标点应规范",
        "“{0}”{1}",
        RuleCategory.Wording, Severity.Info,
        "Fix doubled, missing or mixed punctuation",
        "'{0}' {1}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var texts = NarrativeTexts.Texts(context);
        if (texts.Count == 0) { context.NotApplicable(Rule, "没有说明文字。"); return; }
        foreach (var (raw, at) in texts)
        {
            context.Evaluated(Rule);
            var text = raw.Trim();
            var doubled = Doubled().Match(text);
            if (doubled.Success)
            {
                Report(context, at, Texts.Around(text, doubled.Index, doubled.Length), new("中标点“{0}”重复或冲突", "has doubled or clashing punctuation '{0}'", doubled.Value));
                continue;
            }
            if (IsProse(text) && !Ending().IsMatch(text))
            {
                Report(context, at, Texts.Around(text, text.Length - 1), new("是一段叙述，结尾缺少句号", "is prose that ends without a full stop"));
                continue;
            }
            var half = HalfComma().Match(text);
            if (half.Success && text.Contains('，', StringComparison.Ordinal))
                Report(context, at, Texts.Around(text, half.Index), new("中全角逗号“，”与半角逗号“,”混用", "mixes full-width '，' and half-width ',' commas"));
        }
    }

    /// <summary>Prose: a sentence with clauses, not a label line (预算安排规模：40.00 万元) and not a lead-in ending in ：.</summary>
    private static bool IsProse(string text) =>
        text.Length >= 30 && (text.Contains('，', StringComparison.Ordinal) || text.Contains(',', StringComparison.Ordinal)) && Cjk().IsMatch(text[^1..]);

    private static void Report(CheckContext context, FindingLocation at, string excerpt, LocalizedText what) =>
        context.Report(new Finding(Rule, Rule.DefaultSeverity, at, excerpt, what));

    [GeneratedRegex(@"《《[^《》]*》》|[。，、；：]{2,}|[，、；：][。！？]|[。][，、；]|,[，。]|[，。],(?!\d)")]
    private static partial Regex Doubled();

    [GeneratedRegex(@"[。！？；：:;…）)”》」』\]】]$")]
    private static partial Regex Ending();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]),(?=\s*[\u4e00-\u9fff])")]
    private static partial Regex HalfComma();

    [GeneratedRegex(@"[\u4e00-\u9fff0-9]")]
    private static partial Regex Cjk();
}

/// <summary>BD7003: quotes and brackets (“ ” （ ） 《 》 〈 〉 〔 〕 【 】) open and close in pairs within a paragraph.</summary>
public sealed partial class BracketBalanceRule : Rule
{
    private const string Opening = "“（(《〈〔【[［";
    private const string Closing = "”）)》〉〕】]］";
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(Opening + Closing);

    public static RuleDescriptor Rule { get; } = new(
        "BD7003", "引号和括号应成对",
        "“{0}”中{1}",
        RuleCategory.Wording, Severity.Warning,
        "Close every quote and bracket",
        "'{0}': {1}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var texts = Texts.All(context);
        if (texts.Count == 0) { context.NotApplicable(Rule, "没有说明文字。"); return; }
        foreach (var (text, at) in texts)
        {
            context.Evaluated(Rule);
            if (Problem(text) is not var (index, what)) continue;
            context.Report(new Finding(Rule, Rule.DefaultSeverity, at, Texts.Around(text, index), what));
        }
    }

    /// <summary>The first mark that has no partner, and what is wrong with it.</summary>
    internal static (int Index, LocalizedText What)? Problem(string text)
    {
        var stack = new Stack<(char Mark, int Index)>();
        // "1）" or "(2)" opening a list item is an enumerator, not half of a pair (the pattern is anchored: one match at most).
        var start = 0;
        foreach (var m in Enumerator().EnumerateMatches(text)) start = m.Length;
        // Only the marks matter: jump from one to the next instead of testing every character against both lists.
        for (var i = start; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Marks);
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            if (Opening.Contains(c, StringComparison.Ordinal)) { stack.Push((c, i)); continue; }
            var close = Closing.IndexOf(c, StringComparison.Ordinal);
            if (close < 0) continue;
            if (stack.Count > 0 && Kind(stack.Peek().Mark) == Kind(Opening[close])) { stack.Pop(); continue; }
            return (i, Unmatched(c, Opening[close]));
        }
        if (stack.Count == 0) return null;
        var (mark, index) = stack.ToArray()[^1];
        return (index, Unmatched(mark, Closing[Opening.IndexOf(mark, StringComparison.Ordinal)]));
    }

    private static LocalizedText Unmatched(char mark, char partner) => new("“{0}”没有对应的“{1}”", "'{0}' has no matching '{1}'", mark, partner);

    /// <summary>Full-width and half-width forms of one bracket pair are one kind: "（…)" is a style slip, not an unclosed bracket.</summary>
    private static char Kind(char opening) => opening switch
    {
        '(' => '（',
        '[' or '［' => '【',
        _ => opening,
    };

    [GeneratedRegex(@"^\s*[\(（]?[0-9一二三四五六七八九十]{1,3}[\)）]")]
    private static partial Regex Enumerator();
}

/// <summary>
/// BD7004: a year-on-year comparison names the year before the budget year ("比上年", or "比2025年预算" in a 2026
/// budget); "比2023年预算" in a 2026 budget compares with the wrong year (a sentence kept from an older document).
/// </summary>
public sealed partial class ComparisonYearRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD7004", "同比比较应指向上一年度",
        "“{0}”：本文件为 {1} 年{2}，同比比较应为 {3} 年，写成了 {4} 年",
        RuleCategory.Wording, Severity.Warning,
        "Compare with the previous year",
        "'{0}': this is the {1} {2}; the comparison should name {3}, not {4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var d = context.Disclosure;
        if (d.Year is not { } year) { context.NotChecked(Rule, "没有读到预算年度。"); return; }
        var finalAccounts = d.Kind == DisclosureKind.FinalAccounts;
        foreach (var (text, at) in NarrativeTexts.Texts(context))
        {
            var folded = context.Index.Compact(text);
            // Both forms name a year (…年); a sentence without 年 needs no MatchCollection.
            if (!folded.Contains('年', StringComparison.Ordinal)) continue;
            foreach (Match m in Comparison().Matches(folded))
            {
                context.Evaluated(Rule);
                var named = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                // Final accounts compare with last year's accounts or with this year's budget.
                if (named == year - 1 || (finalAccounts && named == year)) continue;
                context.Report(new Finding(Rule, Rule.DefaultSeverity, at, Texts.Around(folded, m.Index, m.Length), year, Phrases.KindOf(d.Kind), year - 1, named)
                {
                    Expected = year - 1,
                    Actual = named,
                    Difference = named - year + 1,
                });
            }
        }
        context.NotApplicable(Rule, "说明中没有写明年份的同比比较。");
    }

    [GeneratedRegex(@"(?:比|较|同)(?<y>\d{4})年度?(?:年初)?(?:预算|决算|执行)?(?:数)?(?:增加|减少|增长|下降|持平|相比|有所|多|少|上升|降低)|与(?<y>\d{4})年度?(?:年初)?(?:预算|决算)?数?(?:相比|比较|持平)")]
    private static partial Regex Comparison();
}

/// <summary>
/// BD7005: one subject named two ways: the section on 机关运行经费 headed 单位运行经费 (or the reverse), and a project
/// whose 绩效目标表 or narrative name matches nothing in the project table while its amount matches exactly one
/// project there.
/// </summary>
public sealed partial class NamingConsistencyRule : Rule
{
    // The other message is declared before Rule, whose initializer lists it.

    /// <summary>The section on 机关运行经费 names it one way in its heading and another in its text.</summary>
    public static RuleMessage OperatingCostsHeading { get; } = new("operatingCostsHeading",
        "标题“{0}”称“{1}”，正文称“{2}”，应统一（名词解释为“机关运行经费”）",
        "The heading '{0}' says '{1}' and the text '{2}'; use one name (the glossary's is '机关运行经费')");

    public static RuleDescriptor Rule { get; } = new(
        "BD7005", "同一事项应使用同一名称",
        "{0}中的项目“{1}”（{2} 万元）在项目支出表中名为“{3}”（{4} 万元），应使用同一名称",
        RuleCategory.Wording, Severity.Info,
        "Name one thing one way",
        "Project '{1}' ({2} ten thousand yuan) of {0} is named '{3}' ({4} ten thousand yuan) in the project expenditure table; use one name")
    {
        OtherMessages = [OperatingCostsHeading],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var d = context.Disclosure;
        var any = false;
        foreach (var section in d.Sections.Where(s => s.Topic == SectionTopic.OperatingCosts))
        {
            any = true;
            context.Evaluated(Rule);
            var heading = context.Index.Compact(section.Heading);
            var body = string.Concat(section.Paragraphs.Select(p => context.Index.Compact(p.Text)));
            foreach (var (a, b) in new[] { ("单位运行经费", "机关运行经费"), ("机关运行经费", "单位运行经费") })
                if (heading.Contains(a, StringComparison.Ordinal) && !body.Contains(a, StringComparison.Ordinal) && body.Contains(b, StringComparison.Ordinal))
                    context.Report(new Finding(Rule, Rule.DefaultSeverity, NarrativeTexts.AtHeading(section), section.Heading.Trim(), a, b) { MessageId = OperatingCostsHeading.Id });
        }
        var table = d.Table(TableKey.GeneralPublicProjectExpenditure);
        var projects = PerformanceText.Projects(table);
        if (table is not null && projects.Count > 0)
        {
            any = true;
            foreach (var target in d.PerformanceTargets.Where(t => t.Scope == PerformanceScope.Project && t.Total is { IsNumber: true }))
                Project(context, table, projects, target.Name, target.Total!.Value, PerformanceText.Describe(target), PerformanceText.At(target));
            foreach (var (name, amount, at) in NarrativeProjects(d))
                Project(context, table, projects, name, amount, new("项目支出情况说明", "the project expenditure narrative"), at);
        }
        if (!any) context.NotApplicable(Rule, "没有机关运行经费说明，也没有项目支出表。");
    }

    private static void Project(CheckContext context, BudgetTable table, List<(TableRow Row, string Key, Amount Amount)> projects, string name, Amount amount, LocalizedText where, FindingLocation at)
    {
        context.Evaluated(Rule);
        var key = PerformanceText.Key(name);
        if (projects.Any(p => PerformanceText.SameProject(p.Key, key))) return;
        var same = projects.Where(p => Math.Abs(p.Amount.Value - amount.Value) <= p.Amount.HalfUnit + amount.HalfUnit).ToList();
        if (same.Count != 1) return;
        var project = same[0];
        context.Report(new Finding(Rule, Rule.DefaultSeverity, at, where, name.Trim(), amount.Text, project.Row.Project, project.Amount.Text)
        {
            Cells = [CellRef.Of(table, project.Row, table.Column(ColumnKeys.Total)!)],
        });
    }

    /// <summary>"项目名称：X" (a heading or a sentence) and the "预算安排规模：A 万元" that follows it.</summary>
    private static IEnumerable<(string Name, Amount Amount, FindingLocation At)> NarrativeProjects(Disclosure d)
    {
        string? name = null;
        FindingLocation? at = null;
        foreach (var section in d.Sections.Where(s => s.Topic == SectionTopic.GeneralPublicProject))
        {
            var heading = ProjectName().Match(section.Heading);
            if (heading.Success) (name, at) = (heading.Groups["n"].Value, NarrativeTexts.AtHeading(section));
            foreach (var p in section.Paragraphs)
            {
                var m = ProjectName().Match(p.Text);
                if (m.Success) { (name, at) = (m.Groups["n"].Value, NarrativeTexts.At(new SectionSentence(section, p))); continue; }
                var scale = Scale().Match(TextNormalizer.Compact(p.Text));
                if (!scale.Success || name is null || at is null) continue;
                var amount = Amount.Parse(scale.Groups["a"].Value);
                if (amount.IsNumber) yield return (name, amount, at);
                name = null;
            }
        }
    }

    [GeneratedRegex(@"项目名称[:：]\s*(?<n>.+?)\s*$")]
    private static partial Regex ProjectName();

    [GeneratedRegex(@"预算安排规模[:：](?<a>[\d,\.]+)万元")]
    private static partial Regex Scale();
}
