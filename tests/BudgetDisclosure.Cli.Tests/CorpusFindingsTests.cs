using System.Text.RegularExpressions;
using BudgetDisclosure.Cli.Tests.Support;

namespace BudgetDisclosure.Cli.Tests;

/// <summary>
/// What <c>budget check</c> reports on each corpus document (docs/corpus-findings.md). On the PDFs every error finding was
/// looked at on the rendered page: none was a mistake of a document, all were misreads, misbindings or misapplied rules,
/// and none is left. The ceilings below keep a reader change from adding misreads unnoticed (an earlier change once took
/// 烟台 医疗保障局 from 0 to 36 errors); since a checker that reported nothing would pass a ceiling of 0, each document
/// also has its whole check record as a golden file (Golden/corpus/): every finding's rule, severity and place, and every
/// rule's outcome with the number of places it checked. A reading or binding change that moves any of it fails here
/// and shows what moved; <c>UPDATE_GOLDEN=1</c> (never under CI) records a reviewed change.
/// </summary>
public partial class CorpusFindingsTests
{
    public static TheoryData<string, int> Ceilings() => new()
    {
        { "北京__2026年北京市医疗保障局部门预算.pdf", 0 },
        { "北京__医疗保障局_2026年部门预算.pdf", 0 },
        { "北京__审计局_附件2：北京市审计局2026年度部门预算报表.pdf", 0 },
        { "北京__政府办公厅_附件1：中共北京市委军民融合发展委员会办公室2026年度部门预算情况说明.pdf", 0 },
        { "北京__政府办公厅_附件2：中共北京市委军民融合发展委员会办公室2026年度部门预算报表.pdf", 0 },
        { "广州__信访局_2026年部门预算.pdf", 0 },
        { "广州__政务服务和数据管理局_广州市政务服务和数据管理局2026年项目支出绩效目标表（含转移支付项目）.pdf", 0 },
        { "广州__统计局_2026年部门预算.pdf", 0 },
        { "深圳__2026年深圳市医疗保障局部门预算.pdf", 0 },
        { "深圳__2026年深圳市审计局部门预算.pdf", 0 },
        { "深圳__2026年深圳市财政局部门预算.pdf", 0 },
        { "烟台__2026年烟台市医疗保障局部门预算.pdf", 0 },
        { "烟台__2026年烟台市审计局部门预算.pdf", 0 },
        { "福州__2026年福州市医疗保障局部门预算.pdf", 0 },
        { "福州__2026年福州市商务局部门预算.pdf", 0 },
        { "西安__2026年西安市审计局部门预算.pdf", 0 },
        { "西安__医疗保障局_2026年部门预算.pdf", 0 },
        { "重庆__2026年重庆市委宣传部部门预算.pdf", 0 },
        { "重庆__2026年重庆市气象局部门预算.pdf", 0 },
        { "长沙__2026年长沙市信访局部门预算.pdf", 0 },
        // 江苏 2017–2019: every error finding was looked at on the page (docs/corpus-findings.md, 2026-12-04). The 68 of
        // 2026-12-03 were misreads but for the four mistakes pinned in Confirmed_mistakes_are_reported: items tied to the
        // department's total, 财政拨款支出 read as the all-funds total, rates cut rather than rounded, the 支出预算总表's
        // 单位预留机动经费 column left out of 合计, a narrative-only file whose tables are its attachment.
        { "江苏__江苏省人民检察院_2017年省检察院部门预算.pdf", 1 },
        { "江苏__江苏省人民检察院_2018年省检察院部门预算公开.pdf", 1 },
        { "江苏__江苏省人民检察院_2019年度部门预算公开.pdf", 2 },
        { "江苏__江苏省政协办公厅_2017年度部门预算公开表.pdf", 0 },
        { "江苏__江苏省政协办公厅_江苏省政协办公厅2017年度部门预算.pdf", 0 },
        { "江苏__江苏省政协办公厅_江苏省政协办公厅2018年度部门预算.pdf", 0 },
        { "江苏__江苏省政协办公厅_江苏省政协办公厅2018度部门预算公开表.pdf", 0 },
        { "江苏__江苏省政协办公厅_江苏省政协办公厅2019年度部门预算.pdf", 0 },
        { "江苏__江苏省政协办公厅_江苏省政协办公厅2019年预算公开表.pdf", 0 },
    };

    [SkippableTheory]
    [MemberData(nameof(Ceilings))]
    public void Error_findings_do_not_exceed_the_known_misreads(string name, int ceiling)
    {
        var run = CliRun.Of("check", Corpus.Pdf(name));
        var errors = ErrorLines(run);
        Assert.True(errors.Count <= ceiling,
            $"{name}：错误 {errors.Count} 项，多于已知的 {ceiling} 项（读取或绑定的改动带来了新的误读？）：\n{string.Join('\n', errors)}");
        AssertChecksRecorded(name, run);
    }

    /// <summary>
    /// The document mistakes left on the corpus PDFs, each confirmed on the printed page: a rate that does not follow from
    /// the amounts the same sentence prints. They must stay reported — a change that silences them is as wrong as one that
    /// adds a misread.
    /// </summary>
    [SkippableTheory]
    [InlineData("江苏__江苏省人民检察院_2017年省检察院部门预算.pdf", "p22", "增加 3401.59 万元、增长 129.97%")] // 3401.59 ÷ 2630.96 = 129.29 %
    [InlineData("江苏__江苏省人民检察院_2018年省检察院部门预算公开.pdf", "p26", "增加 21.8 万元、增长 0.06%")] // 21.8 ÷ 3644.20 = 0.60 %
    [InlineData("江苏__江苏省人民检察院_2019年度部门预算公开.pdf", "p26", "减少 1237.7 万元、下降 13.22%")] // 1237.7 ÷ 5573.00 = 22.21 %
    [InlineData("江苏__江苏省人民检察院_2019年度部门预算公开.pdf", "p29", "增加 368.97 万元、增长 34.38%")] // 368.97 ÷ 1073.77 = 34.36 %
    public void Confirmed_mistakes_are_reported(string name, string page, string figures)
    {
        var errors = ErrorLines(CliRun.Of("check", Corpus.Pdf(name)));
        Assert.Contains(errors, e => e.Contains($"({page},", StringComparison.Ordinal) && e.Contains("BD3004", StringComparison.Ordinal)
            && e.Contains(figures, StringComparison.Ordinal));
    }

    /// <summary>
    /// Documents the reader gets nothing checkable from yet, with why (issue #11). 广州 政务服务和数据管理局 publishes only its
    /// 项目支出绩效目标表, each project one row whose indicators are one run of text ("1、1-产出指标；11-数量指标；…"): no
    /// table is recognised, so every rule is 不适用 or 未检查 — the checks pass by having nothing to check.
    /// </summary>
    private static readonly HashSet<string> ReadsNothingYet = new(StringComparer.Ordinal)
    {
        "广州__政务服务和数据管理局_广州市政务服务和数据管理局2026年项目支出绩效目标表（含转移支付项目）.pdf",
    };

    /// <summary>The text corpus has real mistakes (焉耆, 克州, 自治区 — pinned one by one in the core's tests); its whole record too.</summary>
    [SkippableTheory]
    [InlineData("xinjiang-kizilsu-medical-security-2025.md")]
    [InlineData("xinjiang-region-medical-security-2025.md")]
    [InlineData("xinjiang-yanqi-medical-security-2026.txt")]
    public void Checks_on_each_corpus_text_are_as_recorded(string name)
    {
        var run = CliRun.Of("check", Corpus.Text(name));
        Assert.Contains(run.Out.Split('\n'), l => l.Contains(": error BD", StringComparison.Ordinal) || l.Contains(": warning BD", StringComparison.Ordinal));
        AssertChecksRecorded(name, run);
    }

    /// <summary>
    /// The record of one run, without the corpus's own words: findings as <c>(place): severity rule</c>, statuses as
    /// <c>rule outcome checked/failed</c>. Every rule has its status, and at least one rule must have checked something
    /// and passed, whatever the golden says: a recorded "nothing checked" is no baseline.
    /// </summary>
    private static void AssertChecksRecorded(string name, CliRun run)
    {
        var findings = run.Out.Split('\n')
            .Select(l => FindingLine().Match(l)).Where(m => m.Success)
            .Select(m => $"({m.Groups["place"].Value}): {m.Groups["severity"].Value} {m.Groups["rule"].Value}");
        var statuses = run.Out.Split('\n')
            .Select(l => StatusLine().Match(l)).Where(m => m.Success)
            .Select(m => $"{m.Groups["rule"].Value} {m.Groups["outcome"].Value} {m.Groups["checked"].Value}/{(m.Groups["failed"].Success ? m.Groups["failed"].Value : "0")}")
            .ToList();
        var checkedSomething = statuses.Any(s => s.Contains(" 通过 ", StringComparison.Ordinal) && !s.Contains(" 通过 /", StringComparison.Ordinal));
        // A known gap is pinned the other way round: the day the reader learns the file, this fails and the file leaves the list.
        Assert.True(checkedSomething != ReadsNothingYet.Contains(name),
            ReadsNothingYet.Contains(name) ? $"{name} 现在读出了可检查的内容：从 ReadsNothingYet 中去掉它。" : $"{name}：没有一条规则核对过任何内容。");
        Assert.True(statuses.Count >= 57, $"{name}：只列出了 {statuses.Count} 条规则的状态");
        var record = string.Join('\n', ["# findings", .. findings, "# statuses", .. statuses]) + "\n";
        Golden.Assert(Golden.PathOf("BudgetDisclosure.Cli.Tests", "corpus", Path.GetFileNameWithoutExtension(name) + ".txt"), record);
    }

    [GeneratedRegex(@"^\S.*?\((?<place>[^()]*(?:\([^()]*\)[^()]*)*)\): (?<severity>error|warning|info) (?<rule>BD\d{4}): ")]
    private static partial Regex FindingLine();

    [GeneratedRegex(@"^  (?<rule>BD\d{4}) (?<outcome>通过|未通过|不适用|未检查)\s.*?(?:（核对 (?<checked>\d+) 处(?:，(?<failed>\d+) 处有误)?）)?$")]
    private static partial Regex StatusLine();

    [SkippableFact]
    public void The_ceilings_cover_every_corpus_pdf()
    {
        var dir = Corpus.Require("pdf");
        var listed = Ceilings().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var present = Directory.GetFiles(dir, "*.pdf").Select(Path.GetFileName).OfType<string>();
        Assert.All(present, p => Assert.Contains(p, listed));
    }

    /// <summary>
    /// 深圳 医疗保障局's 收支总表 prints the sources as 一、财政拨款 … 三、单位资金, an unnumbered 本年收入合计 and then
    /// 上年结余、结转 with numbered lines: 15,480.26 = 15,332.65 + 147.61 and 三、单位资金 1,725.63 = 5.其他收入 1,725.63
    /// on the page (PDF pp. 16–17). BD1005 used to report both as wrong; it now checks all five sums and passes.
    /// </summary>
    [SkippableFact]
    public void Shenzhen_income_lines_add_up_as_printed()
    {
        var run = CliRun.Of("check", Corpus.Pdf("深圳__2026年深圳市医疗保障局部门预算.pdf"));
        Assert.Contains("BD1005 通过    收入各项应逐级相加（核对 5 处）", run.Out, StringComparison.Ordinal);
    }

    /// <summary>
    /// 北京 医疗保障局's 收入总表 (p. 2): 合计 110,896.619602 = 本年收入小计 110,387.976749 + 上年结转结余小计 508.642853, each
    /// 小计 equal to its 一般公共预算资金. BD1101 used to compare 合计 with 财政专户管理资金 + the carry-over's 单位资金.
    /// </summary>
    [SkippableFact]
    public void Beijing_income_total_is_the_sum_of_its_subtotals()
    {
        var run = CliRun.Of("check", Corpus.Pdf("北京__医疗保障局_2026年部门预算.pdf"));
        Assert.DoesNotContain(": error BD1101", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Matches(@"BD1101 通过 +行合计应等于其组成各列之和", run.Out);
    }

    /// <summary>
    /// The last misreads, as printed (pages rendered and read): 西安 医疗保障局 表5 p. 33 in 元, whole amounts in the
    /// 合计 column beside ones with decimals (205 教育支出 390000, 2101102 53680000, 210 475907032.4); 深圳 审计局 表2
    /// p. 20, 单位资金 over five sources (收入总计 10,737.69 = 一般公共预算拨款 10,737.69, 上级补助收入 0.00); 深圳 财政局
    /// 表7 p. 33, a continued page of short names (221 住房保障支出 2,861.35); 烟台 审计局 表4 p. 13 (十七、住房保障支出
    /// 204.86 under 总计 and 一般公共预算).
    /// </summary>
    [SkippableTheory]
    [InlineData("西安__医疗保障局_2026年部门预算.pdf", "general_public_expenditure,205,教育支出,合计,390000,", "p33")]
    [InlineData("西安__医疗保障局_2026年部门预算.pdf", "general_public_expenditure,2101102,事业单位医疗,合计,53680000,", "p33")]
    [InlineData("西安__医疗保障局_2026年部门预算.pdf", "general_public_expenditure,210,卫生健康支出,合计,475907032.4,", "p33")]
    [InlineData("深圳__2026年深圳市审计局部门预算.pdf", "income,,深圳市审计局,收入总计,10737.69,", "p20")]
    [InlineData("深圳__2026年深圳市审计局部门预算.pdf", "income,,深圳市审计局,本年收入财政拨款/一般公共预算拨款,10737.69,", "p20")]
    [InlineData("深圳__2026年深圳市审计局部门预算.pdf", "income,,深圳市审计局,本年收入单位资金/上级补助收入,0.00,", "p20")]
    [InlineData("深圳__2026年深圳市财政局部门预算.pdf", "general_public_expenditure,221,住房保障支出,支出总计,2861.35,", "p33")]
    [InlineData("烟台__2026年烟台市审计局部门预算.pdf", "fiscal_appropriation_summary,,十七、住房保障支出,支出/预算数/总计,204.86,", "p13")]
    [InlineData("烟台__2026年烟台市审计局部门预算.pdf", "fiscal_appropriation_summary,,十七、住房保障支出,支出/预算数/一般公共预算,204.86,", "p13")]
    public void Last_misreads_read_as_printed(string name, string fact, string page)
    {
        var run = CliRun.Of("parse", Corpus.Pdf(name), "-f", "facts");
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith(fact, StringComparison.Ordinal) && l.TrimEnd().EndsWith(":" + page, StringComparison.Ordinal));
    }

    private static List<string> ErrorLines(CliRun run) =>
        [.. (run.Out + "\n" + run.Error).Split('\n').Where(l => l.Contains(": error BD", StringComparison.Ordinal))];
}
