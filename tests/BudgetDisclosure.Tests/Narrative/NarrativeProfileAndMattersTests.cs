using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Narrative;

public class NarrativeProfileAndMattersTests
{
    [Fact]
    public void Staffing_counts_and_changes_with_decrease_negative()
    {
        var n = NarrativeFixture.Bind("""
            二、机构设置及人员情况
            某局无下属预算单位，下设 7 个处室。
            某局编制数 64，实有人数 60 人，其中：在职 53 人，减少 1 人；退休 7 人，增加 1 人；离休 0 人，增加 0 人。
            """);
        var s = n.Profile.Staffing!;
        Assert.Equal(64, s.Authorized!.Count);
        Assert.Null(s.Authorized.Change);
        Assert.Equal(60, s.Actual!.Count);
        Assert.Equal((53, -1), (s.InService!.Count, s.InService.Change));
        Assert.Equal((7, 1), (s.Retired!.Count, s.Retired.Change));
        Assert.Equal((0, 0), (s.RetiredBefore1949!.Count, s.RetiredBefore1949.Change));
        Assert.Equal(3, s.Actual.Source.Line);
        Assert.Equal(2, n.Profile.Organisation.Count);
    }

    [Fact]
    public void Functions_are_numbered_items_and_an_unnumbered_line_continues_one()
    {
        var n = NarrativeFixture.Bind("""
            一、主要职能
            (1) 贯彻实施医疗保障制度。
            (2) 负责医疗保障经办管理。
            另负责信息化建设。
            （3）完成交办的其他任务。
            二、机构设置
            """);
        Assert.Equal(["贯彻实施医疗保障制度。", "负责医疗保障经办管理。另负责信息化建设。", "完成交办的其他任务。"], n.Profile.Functions);
    }

    [Fact]
    public void Assets_read_quantities_values_and_sub_items()
    {
        var n = NarrativeFixture.Bind("""
            （三）国有资产占用使用情况
            截至 2024 年底，某局占用使用国有资产总体情况为：
            1. 房屋 120.5 平方米，价值 0.00 万元。
            2. 车辆 2 辆，价值 523,055.17 万元；其中：一般公务用车 0 辆，价值 0.00 万元；其他车辆 2 辆，价值 523,055.17 万元。
            3. 办公家具价值 274,685.00 万元。
            部门价值 50 万元以上大型设备 1 台，部门价值 100 万元以上大型设备 0 台。
            """);
        var assets = n.OtherMatters.Assets;
        Assert.Equal(["房屋", "车辆", "一般公务用车", "其他车辆", "办公家具", "部门价值 50 万元以上大型设备", "部门价值 100 万元以上大型设备"], assets.Select(a => a.Name));
        Assert.Equal((120.5m, "平方米"), (assets[0].Quantity!.Value, assets[0].QuantityUnit));
        Assert.Equal(523055.17m, assets[1].Value!.Value.Value);
        Assert.Equal(2m, assets[1].Quantity);
        Assert.Null(assets[4].Quantity);
        Assert.Equal(274685.00m, assets[4].Value!.Value.Value);
        Assert.Equal((1m, "台"), (assets[5].Quantity!.Value, assets[5].QuantityUnit));
        Assert.Empty(n.Claims);
    }

    [Fact]
    public void Procurement_and_operating_costs_are_gathered_from_their_claims()
    {
        var n = NarrativeFixture.Bind("""
            十二、其他重要事项的情况说明
            （一）单位运行经费情况
            某局 2025 年的机关运行经费财政拨款预算 181.73 万元，比上年预算增加 5.49 万元，增长 3.12%。
            （二）政府采购情况
            2025 年，某局政府采购预算 8,757.27 万元，其中：政府采购货物预算 85.00 万元，政府采购工程预算 0.00 万元，政府采购服务预算 8,672.27 万元。
            2025 年，某局面向中小企业预留政府采购项目预算金额 1,464.48 万元，小微企业预留政府采购项目预算金额 1,400.00 万元。
            """);
        var ops = n.OtherMatters.OperatingCosts!;
        Assert.Equal(181.73m, ops.Value!.Value.Value);
        Assert.Equal(5.49m, ops.Change!.Delta!.Value.Value);
        var p = n.OtherMatters.Procurement!;
        Assert.Equal(8757.27m, p.Total!.Value.Value);
        Assert.Equal(85.00m, p.Goods!.Value.Value);
        Assert.Equal(0.00m, p.Works!.Value.Value);
        Assert.Equal(8672.27m, p.Services!.Value.Value);
        Assert.Equal(1464.48m, p.SmeReserved!.Value.Value);
        Assert.Equal(1400.00m, p.SmallMicroReserved!.Value.Value);
        Assert.Equal(MoneyUnit.TenThousandYuan, p.Unit);
    }

    [Fact]
    public void Glossary_terms_with_bold_or_plain_and_a_continued_definition()
    {
        var n = NarrativeFixture.Bind("""
            第四部分 名词解释
            **一、财政拨款:**指由一般公共预算安排的财政拨款数。
            二、一般公共预算：包括公共财政拨款（补助）资金。
            三、“三公”经费：指因公出国（境）费和公务接待（含外宾接待）
            费用。
            """);
        Assert.Equal(["财政拨款", "一般公共预算", "“三公”经费"], n.Glossary.Select(g => g.Term));
        Assert.Equal("指由一般公共预算安排的财政拨款数。", n.Glossary[0].Definition);
        Assert.Equal("指因公出国（境）费和公务接待（含外宾接待）费用。", n.Glossary[2].Definition);
        Assert.Equal(0, n.Sections[0].Paragraphs.Count(p => p.Text.StartsWith("费用", StringComparison.Ordinal)));
    }
}
