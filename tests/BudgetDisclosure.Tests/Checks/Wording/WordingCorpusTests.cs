using BudgetDisclosure.Tests.Checks.Plausibility;

namespace BudgetDisclosure.Tests.Checks.Wording;

/// <summary>The wording rules on the three real documents: warnings pinned by rule and line, the genuine notes checked.</summary>
public class WordingCorpusTests
{
    /// <summary>
    /// 克州 2025: no placeholder, bracket or comparison-year problem. Two naming notes: the section on 机关运行经费 is
    /// headed 单位运行经费 (as in all three Xinjiang documents), and the 绩效目标表's "2025 年度医保业务经费" (11.00 万元) is
    /// the project table's "医疗保险经办费项目".
    /// </summary>
    [SkippableFact]
    public void Kizilsu_2025()
    {
        var findings = PlausibilityCorpusTests.Findings("xinjiang-kizilsu-medical-security-2025.md", "BD7");
        Assert.Empty(PlausibilityCorpusTests.Pinned(findings));
        Assert.Contains(findings, f => f.Rule.Id == "BD7005" && f.Location.Source.Line == 586);
        Assert.Contains(findings, f => f.Rule.Id == "BD7005" && f.GetMessage().Contains("医疗保险经办费项目", StringComparison.Ordinal));
        Assert.Equal(2, findings.Count);
    }

    /// <summary>
    /// 自治区医保局本级 2025: one genuine bracket error: project (一)'s basis cites "《关于印发〈…指导意见〉的实施意见
    /// 见》的通知》", one 》 too many (project (二) prints the same title correctly). One paragraph mixes "," and "，".
    /// </summary>
    [SkippableFact]
    public void Region_2025()
    {
        var findings = PlausibilityCorpusTests.Findings("xinjiang-region-medical-security-2025.md", "BD7");
        Assert.Equal(["warning BD7003 557"], PlausibilityCorpusTests.Pinned(findings));
        Assert.Contains("“》”没有对应的“《”", findings.Single(f => f.Rule.Id == "BD7003").GetMessage(), StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Rule.Id == "BD7002" && f.Location.Source.Line == 488);
    }

    /// <summary>
    /// 焉耆县医保局 2026: one genuine bracket error, "…有关问题的通知》巴财社【2025】10号）" (the "（" before 巴财社 is
    /// missing), and a doubled 《《工会法》》 in a target's goal. Eight paragraphs of 具体使用情况 and 资产 mix half-width
    /// commas into full-width text: notes, not warnings.
    /// </summary>
    [SkippableFact]
    public void Yanqi_2026()
    {
        var findings = PlausibilityCorpusTests.Findings("xinjiang-yanqi-medical-security-2026.txt", "BD7");
        Assert.Equal(["warning BD7003 520"], PlausibilityCorpusTests.Pinned(findings));
        Assert.Contains(findings, f => f.Rule.Id == "BD7002" && f.GetMessage().Contains("《《工会法》》", StringComparison.Ordinal));
        Assert.Equal(8, findings.Count(f => f.Rule.Id == "BD7002" && f.GetMessage().Contains("混用", StringComparison.Ordinal)));
    }
}
