using System.Globalization;
using System.Text.RegularExpressions;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules.Plausibility;

/// <summary>
/// BD6013: years the text states as this document's own: "截至 X 年底" (the asset count date: the year before a budget,
/// the year itself for final accounts), "X 年预算数为" and "资金执行时间：X 年" (the budget year), and the year of a
/// 文号 (〔2024〕, never in the future and never short). Other years (上年 comparisons, 2024 年我单位…) are left alone.
/// </summary>
public sealed partial class TextYearRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6013", "文中年份应与预算年度相符",
        "文中“{0}”：{1}",
        RuleCategory.Plausibility, Severity.Warning,
        "Name the right years in the text",
        "The text says '{0}': {1}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var d = context.Disclosure;
        if (d.Year is not { } year) { context.NotChecked(Rule, "没有读到预算年度。"); return; }
        var finalAccounts = d.Kind == DisclosureKind.FinalAccounts;
        var kind = Phrases.KindOf(d.Kind);
        var assetYear = finalAccounts ? year : year - 1;
        foreach (var s in NarrativeTexts.Texts(context))
        {
            var text = context.Index.Compact(s.Text);
            // Each pattern needs a word most sentences lack; testing for it first spares a MatchCollection per sentence.
            if (text.Contains('截', StringComparison.Ordinal))
            foreach (Match m in AssetDate().Matches(text))
                Expect(context, s, m.Value, Year(m), assetYear, new("本文件为 {0} 年{1}，资产情况应截至 {2} 年底", "this is the {0} {1}; assets should be stated as at the end of {2}", year, kind, assetYear));
            if (text.Contains("数为", StringComparison.Ordinal))
            foreach (Match m in CurrentBudget().Matches(text))
                Expect(context, s, m.Value, Year(m), year, new("本文件为 {0} 年{1}，本年{1}数应为 {0} 年", "this is the {0} {1}; this year's {1} figure is for {0}", year, kind));
            if (text.Contains("资金执行时间", StringComparison.Ordinal))
            foreach (Match m in ExecutionPeriod().Matches(text))
            {
                var within = new LocalizedText("资金执行时间应在 {0} 年内", "the funds are to be spent within {0}", year);
                Expect(context, s, m.Value, Year(m), year, within);
                if (m.Groups["end"].Success)
                    Expect(context, s, m.Value, int.Parse(m.Groups["end"].Value, CultureInfo.InvariantCulture), year, within);
            }
            if (text.Contains('号', StringComparison.Ordinal))
            foreach (Match m in DocumentNumber().Matches(text))
            {
                context.Evaluated(Rule);
                var printed = m.Groups["y"].Value;
                var documentYear = int.Parse(printed, CultureInfo.InvariantCulture);
                if (printed.Length != 4)
                    Report(context, s, m.Value, new("文号中的年份“{0}”不是四位年份，文号可能有漏字", "the year '{0}' of the document number is not four digits; characters may be missing", printed), null, documentYear);
                else if (documentYear < 1949 || documentYear > year + (finalAccounts ? 1 : 0))
                    Report(context, s, m.Value, new("文号年份 {0} 晚于本文件的年度 {1}，不可能已经发文", "the document number's year {0} is after this document's year {1}, so it cannot have been issued yet", documentYear, year), year, documentYear);
            }
        }
        context.NotApplicable(Rule, "说明中没有需要核对的年份。");
    }

    private static int Year(Match m) => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);

    private static void Expect(CheckContext context, (string Text, FindingLocation At) s, string printed, int actual, int expected, LocalizedText why)
    {
        context.Evaluated(Rule);
        if (actual != expected) Report(context, s, printed, why, expected, actual);
    }

    private static void Report(CheckContext context, (string Text, FindingLocation At) s, string printed, LocalizedText why, int? expected, int actual) =>
        context.Report(new Finding(Rule, Rule.DefaultSeverity, s.At, printed, why)
        {
            Expected = expected,
            Actual = actual,
            Difference = expected is null ? null : actual - expected,
        });

    [GeneratedRegex(@"截[至止](?<y>\d{4})年(?:底|末|12月31日)")]
    private static partial Regex AssetDate();

    [GeneratedRegex(@"(?<y>\d{4})年(?:预算|决算)数为")]
    private static partial Regex CurrentBudget();

    [GeneratedRegex(@"资金执行时间[:：]?(?<y>\d{4})年\d{1,2}月\d{1,2}日?(?:[-—–~至到]+(?:(?<end>\d{4})年)?)?")]
    private static partial Regex ExecutionPeriod();

    [GeneratedRegex(@"[〔【\[［](?<y>\d{1,4})[〕】\]］]\d*号")]
    private static partial Regex DocumentNumber();
}

/// <summary>
/// BD6014: the unit's name and the year are the same in every heading that names them ("关于X 2026 年…说明",
/// "第一部分 2026 年…"), in 目录, at the start of sentences ("X 2026 年…") and in the closing date.
/// </summary>
public sealed partial class NameYearConsistencyRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD6014", "单位名称和年度应前后一致",
        "{0}“{1}”中的{2}为“{3}”，封面为“{4}”",
        RuleCategory.Plausibility, Severity.Warning,
        "Use one unit name and one year throughout",
        "In {0} '{1}', the {2} is '{3}'; the title has '{4}'");

    private static readonly LocalizedText HeadingPlace = new("标题", "the heading");
    private static readonly LocalizedText ContentsPlace = new("目录", "the contents");
    private static readonly LocalizedText SentenceStartPlace = new("句首", "the start of the sentence");
    private static readonly LocalizedText YearWord = new("年度", "year");
    private static readonly LocalizedText UnitNameWord = new("单位名称", "unit name");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        var d = context.Disclosure;
        if (d.UnitName is null || d.Year is null) { context.NotChecked(Rule, "没有读到单位名称或预算年度。"); return; }
        var name = TextNormalizer.Compact(d.UnitName);
        var year = d.Year.Value;
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        foreach (var section in d.Sections)
            Heading(context, context.Index.Compact(section.Heading), name, yearText, HeadingPlace, section.Heading, NarrativeTexts.AtHeading(section));
        foreach (var entry in d.Contents)
        {
            // 目录 entries carry no source line in the model; the finding names the entry instead.
            Heading(context, TextNormalizer.Compact(entry), name, yearText, ContentsPlace, entry, new FindingLocation(new SourceLocation(context.File, 0)) { Section = "目录", Sentence = entry });
        }
        foreach (var s in context.Index.Sentences)
        {
            var m = SentenceStart().Match(context.Index.Compact(s.Sentence.Text));
            if (!m.Success) continue;
            var printed = m.Groups["n"].Value;
            if (printed == name) { Compare(context, SentenceStartPlace, s.Sentence.Text, YearWord, m.Groups["y"].Value, yearText, NarrativeTexts.At(s)); continue; }
            if (!LooksLikeUnit(printed, name)) continue;
            Compare(context, SentenceStartPlace, s.Sentence.Text, UnitNameWord, printed, name, NarrativeTexts.At(s));
        }
        if (d.Date is not null && DateYear().Match(TextNormalizer.Compact(d.Date)) is { Success: true } date)
        {
            context.Evaluated(Rule);
            var printed = int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture);
            // A budget is published early in its year (or late in the year before); final accounts the year after.
            var (low, high) = d.Kind == DisclosureKind.FinalAccounts ? (year + 1, year + 1) : (year - 1, year);
            if (printed < low || printed > high)
                context.Report(new Finding(Rule, Rule.DefaultSeverity, new FindingLocation(new SourceLocation(context.File, 0)) { Section = "落款", Sentence = d.Date },
                    new LocalizedText("落款日期", "the closing date"), d.Date, new LocalizedText("年份", "year"), date.Groups["y"].Value, yearText)
                { Expected = year, Actual = printed });
        }
    }

    private static void Heading(CheckContext context, string folded, string name, string year, LocalizedText where, string printed, FindingLocation at)
    {
        var about = About().Match(folded);
        if (about.Success)
        {
            Compare(context, where, printed, UnitNameWord, about.Groups["n"].Value, name, at);
            Compare(context, where, printed, YearWord, about.Groups["y"].Value, year, at);
            return;
        }
        var part = Part().Match(folded);
        if (part.Success) Compare(context, where, printed, YearWord, part.Groups["y"].Value, year, at);
    }

    private static void Compare(CheckContext context, LocalizedText where, string printed, LocalizedText what, string actual, string expected, FindingLocation at)
    {
        context.Evaluated(Rule);
        if (actual == expected) return;
        var isYear = what == YearWord;
        context.Report(new Finding(Rule, Rule.DefaultSeverity, at, where, printed, what, actual, expected)
        {
            Expected = isYear ? int.Parse(expected, CultureInfo.InvariantCulture) : null,
            Actual = isYear ? int.Parse(actual, CultureInfo.InvariantCulture) : null,
        });
    }

    /// <summary>
    /// A name at the start of a sentence that is another spelling of this unit, not a short form of it (克州医疗保障局,
    /// 自治州医疗保障局) and not another body: it ends like the unit's name and shares most of its characters.
    /// </summary>
    private static bool LooksLikeUnit(string printed, string name)
    {
        if (name.EndsWith(printed, StringComparison.Ordinal) || printed.Contains(name, StringComparison.Ordinal)) return false;
        if (printed[^1] != name[^1]) return false;
        var shared = printed.Count(c => name.Contains(c, StringComparison.Ordinal));
        return printed.Length >= name.Length - 2 && shared * 4 >= printed.Length * 3;
    }

    [GeneratedRegex(@"关于(?<n>.+?)(?<y>\d{4})年")]
    private static partial Regex About();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分(?<y>\d{4})年")]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<n>[^\d，。：:,；;、（）()“”]{4,40}?(?:局|委员会|委|办公室|院|中心|厅|所|站|馆|队|社|处|部|会|本级))(?<y>\d{4})年")]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"(?<y>\d{4})年")]
    private static partial Regex DateYear();
}
