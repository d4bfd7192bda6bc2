using BudgetDisclosure.Checks;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Tests.Support;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Tests.Checks.Plausibility;

/// <summary>
/// The plausibility rules on the three real documents. Every warning and error is pinned by rule and line; anything
/// else would be a false alarm.
/// </summary>
public class PlausibilityCorpusTests
{
    internal static List<Finding> Findings(string name, string family) =>
        [.. Checker.Check(DisclosurePipeline.Text.Read(Corpus.Text(name)).Value!).Findings.Where(f => f.Rule.Id.StartsWith(family, StringComparison.Ordinal))];

    internal static string[] Pinned(IEnumerable<Finding> findings) =>
        [.. findings.Where(f => f.Severity >= Severity.Warning)
            .Select(f => $"{f.Severity.ToName()} {f.Rule.Id} {f.Location.Source.Line}").Order(StringComparer.Ordinal)];

    /// <summary>
    /// 克州 2025: three genuine mistakes. (1) 中小企业预留 78.40 万元 < 小微企业预留 86.43 万元 (86.43 is the whole
    /// procurement budget, copied into the wrong line). (2) every asset value was printed in 元 under 万元: 车辆
    /// 523,055.17 (52.31 万元, i.e. 26 万 a vehicle), 办公家具 274,685.00, 其他资产 2,305,044.30 against a 996.43 万元
    /// budget; 其他车辆 repeats the vehicle figure. Staffing adds up (36 = 27 + 9 + 0), procurement parts add up,
    /// all six targets weigh 90 and match the project table (the 医保业务经费 target is the table's 医疗保险经办费项目 by
    /// amount: BD7005 names that), 机关运行经费 = 公用经费 23.61.
    /// </summary>
    [SkippableFact]
    public void Kizilsu_2025()
    {
        var findings = Findings("xinjiang-kizilsu-medical-security-2025.md", "BD6");
        Assert.Equal(
        [
            "error BD6002 594",
            "error BD6005 602", "error BD6005 602", "error BD6005 604", "error BD6005 606",
            "warning BD6006 602", "warning BD6006 602",
        ], Pinned(findings));
        var reserve = findings.Single(f => f.Rule.Id == "BD6002");
        Assert.Equal(78.40m, reserve.Expected);
        Assert.Equal(86.43m, reserve.Actual);
        Assert.Equal("（二）政府采购情况", reserve.Location.Section);
        Assert.Contains(findings, f => f.Rule.Id == "BD6005" && f.GetMessage().StartsWith("其他资产价值 2,305,044.3 万元", StringComparison.Ordinal) && f.GetMessage().Contains("230.5 万元", StringComparison.Ordinal));
    }

    /// <summary>
    /// 自治区医保局本级 2025: two genuine mistakes. (1) the 医疗保障经办及运行服务 target puts 质量指标 in the 一级
    /// column for three rows (reported once per 一级/二级 pair; the 产出指标 cell was split); (2) a 文号 without its year, "中发〔5〕号" (〔2020〕5号), in
    /// the 全民参保 target's goal. The 全民参保 target (580 万元) covers two table rows of one name (50 本级 + 530),
    /// which must not be reported; the 医疗救助 target (4,000 万元, a government-fund project) is not in the general
    /// public project table and is left unchecked. Assets (8 vehicles, 229.83 万元) are plausible.
    /// </summary>
    [SkippableFact]
    public void Region_2025()
    {
        var findings = Findings("xinjiang-region-medical-security-2025.md", "BD6");
        Assert.Equal(["warning BD6012 907", "warning BD6012 909", "warning BD6013 844"], Pinned(findings));
        Assert.Contains("〔5〕号", findings.Single(f => f.Rule.Id == "BD6013").GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Rule.Id == "BD6008");
    }

    /// <summary>
    /// 焉耆县医保局 2026: two genuine mistakes. (1) the 工会经费 target's 职工满意度 is written "<=85%"; (2) the 人身意外
    /// 保险 target puts 数量指标 in the 一级 column (should be 产出指标). No staffing figures are published (BD6003/6004
    /// not applicable). Targets match the project table by name once the "2026年度…项目" wrapping is removed; the
    /// 工会经费 target (0.8 万元 of 单位资金) is not in that table.
    /// </summary>
    [SkippableFact]
    public void Yanqi_2026()
    {
        var findings = Findings("xinjiang-yanqi-medical-security-2026.txt", "BD6");
        Assert.Equal(["warning BD6011 692", "warning BD6012 667", "warning BD6012 669"], Pinned(findings));
        Assert.Equal("职工满意度", findings.Single(f => f.Rule.Id == "BD6011").Location.Label);
        var statuses = Checker.Check(DisclosurePipeline.Text.Read(Corpus.Text("xinjiang-yanqi-medical-security-2026.txt")).Value!).Statuses;
        Assert.Equal(CheckOutcome.NotApplicable, statuses.Single(s => s.Rule.Id == "BD6003").Outcome);
    }
}
