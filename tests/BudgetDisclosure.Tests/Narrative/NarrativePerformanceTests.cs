using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Narrative;

public class NarrativePerformanceTests
{
    [Theory]
    [InlineData("≥95%", Comparator.AtLeast, "95", "%")]
    [InlineData(">=8 批次", Comparator.AtLeast, "8", "批次")]
    [InlineData("$\\geq 95\\%$", Comparator.AtLeast, "95", "%")]
    [InlineData("$>=80\\%$", Comparator.AtLeast, "80", "%")]
    [InlineData("$\\geq 12$ 次", Comparator.AtLeast, "12", "次")]
    [InlineData("=100%", Comparator.Equal, "100", "%")]
    [InlineData("<=2 万元", Comparator.AtMost, "2", "万元")]
    [InlineData("$<=2.40$ 万元", Comparator.AtMost, "2.40", "万元")]
    [InlineData("≤180元/人", Comparator.AtMost, "180", "元/人")]
    [InlineData("不低于700元/(年.人)", Comparator.AtLeast, "700", "元/(年.人)")]
    [InlineData("＞１０人", Comparator.GreaterThan, "10", "人")]
    [InlineData("<5%", Comparator.LessThan, "5", "%")]
    [InlineData(">=2086万人", Comparator.AtLeast, "2086", "万人")]
    public void Target_values_parse_comparator_value_and_unit(string printed, Comparator comparator, string value, string unit)
    {
        var t = TargetValue.Parse(printed);
        Assert.Equal((comparator, value, unit), (t.Comparator, t.Value, t.Unit));
    }

    [Theory]
    [InlineData("有效保障")]
    [InlineData("2026 年 12 月 20 日")]
    [InlineData("每季度结束后15日内")]
    public void Qualitative_targets_have_no_comparator(string printed)
    {
        var t = TargetValue.Parse(printed);
        Assert.Equal(Comparator.None, t.Comparator);
        Assert.Equal(printed, t.Value);
        Assert.Null(t.Unit);
    }

    private const string ProjectTable = """
        项目支出绩效目标表
        (2025 年)
        	预算单位		某局
        	项目名称		线路租赁费项目			项目负责人	张三
        	项目资金(万元)		年度预算总额	2.00	其中: 财政拨款	1.50	其他资金	0.50
        	项目总体目标		<p>保障线路畅通。</p> <p>确保信息安全。</p>
        	一级指标	二级指标	三级指标	指标值	指标值设置依据	上年完成值	指标分值权重	指标赋分规则	佐证资料
        	产出指标	数量指标	线路租赁数量(条)	>=4 条	计划标准	4 条	10	按照正常比例赋分	正式材料
        			资金使用合规率(%)	=100%	计划标准	100%	10	按照正常比例赋分	工作资料
        	成本指标	经济成本指标	医保能力提升经费(药品	<=5	预算支出标准	新增	6	按照正常比例赋分	原始凭证
        			集采) (万元)	万元				分

        	满意度指标	满意度指标	受益对象满意度(%)	$>=95\%$	计划标准	95%	10	满意度赋分	工作资料
        """;

    [Fact]
    public void Project_table_gives_name_funding_goal_and_indicator_tree()
    {
        var n = NarrativeFixture.Bind("（四）预算绩效情况\n" + ProjectTable);
        var t = Assert.Single(n.PerformanceTargets);
        Assert.Equal(PerformanceScope.Project, t.Scope);
        Assert.Equal("线路租赁费项目", t.Name);
        Assert.Equal(2.00m, t.Total!.Value.Value);
        Assert.Equal([("财政拨款", 1.50m), ("其他资金", 0.50m)], t.Funding.Select(f => (f.Source, f.Amount.Value)));
        Assert.Equal("保障线路畅通。\n确保信息安全。", t.Goal);
        Assert.Equal(4, t.Indicators.Count);
        var second = t.Indicators[1];
        Assert.Equal(("产出指标", "数量指标", "资金使用合规率(%)"), (second.Level1, second.Level2, second.Name));
        Assert.Equal((Comparator.Equal, "100", "%", 10m), (second.Comparator, second.Value, second.Unit, second.Weight));
    }

    [Fact]
    public void A_cell_wrapped_onto_the_next_row_and_a_table_continued_after_a_break_are_joined()
    {
        var n = NarrativeFixture.Bind("（四）预算绩效情况\n" + ProjectTable);
        var t = Assert.Single(n.PerformanceTargets);
        var wrapped = t.Indicators[2];
        Assert.Equal("医保能力提升经费(药品集采) (万元)", wrapped.Name);
        Assert.Equal((Comparator.AtMost, "5", "万元", 6m), (wrapped.Comparator, wrapped.Value, wrapped.Unit, wrapped.Weight));
        var continued = t.Indicators[3];
        Assert.Equal(("满意度指标", "满意度指标", "受益对象满意度(%)"), (continued.Level1, continued.Level2, continued.Name));
        Assert.Equal(36m, t.Indicators.Sum(i => i.Weight));
    }

    [Fact]
    public void Overall_table_reads_unit_name_sources_and_total()
    {
        var n = NarrativeFixture.Bind("""
            （四）预算绩效情况
            单位整体绩效目标表
            	单位名称	某局
            	年度绩效目标	保障全民参保。
            	年度预算（万元）	资金来源		资金总额（万元）
            		财政资金（万元）	上级安排	71.96
            			本级安排	1765.45
            		其他资金（万元）	其他	0.8
            	合计		1838.21
            	一级指标	二级指标	三级指标	指标值	指标设定依据	分值权重
            	履职效能	数量指标	开展检查次数	≥2 次	工作计划	25
            """);
        var t = Assert.Single(n.PerformanceTargets);
        Assert.Equal((PerformanceScope.Overall, "某局"), (t.Scope, t.Name));
        Assert.Equal(1838.21m, t.Total!.Value.Value);
        Assert.Equal(["上级安排", "本级安排", "其他"], t.Funding.Select(f => f.Source));
        Assert.Equal((Comparator.AtLeast, "2", "次", 25m), (t.Indicators[0].Comparator, t.Indicators[0].Value, t.Indicators[0].Unit, t.Indicators[0].Weight));
    }

    [Fact]
    public void A_budget_table_with_a_project_name_column_is_not_a_target()
    {
        var n = NarrativeFixture.Bind("""
            一般公共预算项目支出情况表
            	科目编码	科目名称	项目名称	项目支出合计
            	2101505	医疗保障政策管理	能力提升	68.00
            """);
        Assert.Empty(n.PerformanceTargets);
    }

    [Fact]
    public void A_target_table_without_indicators_is_reported()
    {
        NarrativeFixture.Bind("""
            项目支出绩效目标表
            	项目名称	某项目
            	项目总体目标	保障运行。
            """, out var diagnostics);
        Assert.Contains(diagnostics, d => d.Code == Messages.PerformanceTableWithoutIndicatorsCode);
    }

    [Fact]
    public void Target_printed_over_three_columns_is_one_value()
    {
        // 北京 prints the comparator, the value and its unit in columns of their own (绩效指标性质 | 本年绩效指标值 |
        // 绩效度量单位); read as the value column alone every indicator lost its comparator (333 BD6010 on one file).
        const string table = """
            项目支出绩效目标表
            	项目名称	项目总额	绩效目标	一级指标	二级指标	三级指标	绩效指标性质	本年绩效指标值	绩效度量单位
            	某评价项目	76.44	开展评价。	产出指标	数量指标	深度访谈数量：医疗机构	≥	60	家
            				产出指标	质量指标	研究结果验收合格率	＝	100	%
            """;
        var n = NarrativeFixture.Bind("（四）预算绩效情况\n" + table);
        var indicators = Assert.Single(n.PerformanceTargets).Indicators;
        Assert.Equal([(Comparator.AtLeast, "60", "家"), (Comparator.Equal, "100", "%")],
            indicators.Select(i => (i.Comparator, i.Value, i.Unit)).ToList());
    }
}
