using System.Globalization;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Checks.Rules.Plausibility;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;
using Xunit.Abstractions;

namespace BudgetDisclosure.Tests.Checks.Plausibility;

/// <summary>
/// The mutation suite for the plausibility kinds: a staffing figure, a procurement figure, a unit swapped (a table's
/// caption 万元→元, or an asset value ×10000), a weight and a comparator, injected into the clean sample one at a time.
/// Each must be caught by the rule that owns it, at the edited line (or table).
/// </summary>
public class PlausibilityMutationTests(ITestOutputHelper output)
{
    private sealed record Mutation(string Kind, string Description, int Line, Func<string, string> Edit, RuleDescriptor Rule, Func<Finding, bool> Located);

    [Fact]
    public void Every_injected_mistake_is_detected_by_its_rule()
    {
        var missed = new List<string>();
        var tally = new Dictionary<string, (int Injected, int Detected)>(StringComparer.Ordinal);
        foreach (var m in Mutations())
        {
            var findings = RuleRun.Findings(RuleRun.WithLine(m.Line, m.Edit), m.Rule).Where(f => f.Severity >= Severity.Warning).ToList();
            var detected = findings.Any(m.Located);
            var t = tally.GetValueOrDefault(m.Kind);
            tally[m.Kind] = (t.Injected + 1, t.Detected + (detected ? 1 : 0));
            if (!detected) missed.Add($"{m.Kind}: {m.Description} (期望 {m.Rule.Id}；实得 {string.Join("; ", findings)})");
        }
        foreach (var (kind, (injected, detected)) in tally)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-12} {detected}/{injected} 检出 ({100.0 * detected / injected:F0}%)"));
        Assert.Equal(5, tally.Count);
        Assert.Empty(missed);
    }

    private static IEnumerable<Mutation> Mutations()
    {
        var lines = Samples.Text().Split('\n');
        bool At(Finding f, int line) => f.Location.Source.Line == line;

        var staffing = RuleRun.LineOf("实有人数 23 人");
        foreach (var (from, to) in new[] { ("实有人数 23 人", "实有人数 24 人"), ("在职 18 人", "在职 17 人"), ("退休 5 人", "退休 6 人"), ("离休 0 人，增加 0 人", "离休 2 人，增加 0 人") })
            yield return new("staffing", $"{from} → {to}", staffing, l => l.Replace(from, to, StringComparison.Ordinal), StaffingSumRule.Rule, f => At(f, staffing));
        yield return new("staffing", "在职增加 1 人 → 增加 19 人", staffing, l => l.Replace("在职 18 人，增加 1 人", "在职 18 人，增加 19 人", StringComparison.Ordinal), StaffingChangeRule.Rule, f => At(f, staffing));

        var parts = RuleRun.LineOf("政府采购预算 60.00 万元");
        foreach (var (from, to) in new[] { ("预算 60.00", "预算 70.00"), ("货物预算 20.00", "货物预算 22.00"), ("工程预算 0.00", "工程预算 5.00"), ("服务预算 40.00", "服务预算 41.00") })
            yield return new("procurement", $"{from} → {to}", parts, l => l.Replace(from, to, StringComparison.Ordinal), ProcurementPartsRule.Rule, f => At(f, parts));
        var reserves = RuleRun.LineOf("面向中小企业预留");
        foreach (var (from, to) in new[] { ("预算金额 45.00", "预算金额 65.00"), ("预算金额 30.00", "预算金额 50.00") })
            yield return new("procurement", $"{from} → {to}", reserves, l => l.Replace(from, to, StringComparison.Ordinal), ProcurementReservesRule.Rule, f => At(f, reserves));

        // A caption swapped on every table the narrative restates; empty tables have nothing to betray the unit.
        foreach (var number in new[] { "1", "2", "3", "4", "5", "6", "7", "10" })
        {
            var title = Array.IndexOf(lines, "表 " + number);
            var caption = Enumerable.Range(title, 8).First(i => lines[i] == "单位：万元") + 1;
            yield return new("unit", $"表{number} 单位：万元 → 单位：元", caption, l => "单位：元", TableUnitRule.Rule, f => f.Location.TableNumber == number);
        }
        foreach (var (marker, from, to) in new[] { ("房屋 800.00", "价值 320.00", "价值 3,200,000.00"), ("车辆 2 辆", "车辆 2 辆，价值 36.00", "车辆 2 辆，价值 360,000.00"), ("办公家具价值", "12.50", "125,000.00") })
        {
            var line = RuleRun.LineOf(marker);
            yield return new("unit", $"资产 {from} ×10000", line, l => l.Replace(from, to, StringComparison.Ordinal), AssetMagnitudeRule.Rule, f => At(f, line));
        }

        // Indicator rows: 一级 | 二级 | 三级 | 指标值 | … | 分值权重 (the last cell of the row).
        string[] level1 = ["产出指标", "成本指标", "效益指标", "满意度指标"];
        var indicators = Enumerable.Range(0, lines.Length).Where(i => lines[i].Split('\t') is var c && c.Length >= 5 && (level1.Contains(c[0]) || (c[0].Length == 0 && c[1].EndsWith("指标", StringComparison.Ordinal)))).ToList();
        Assert.Equal(12, indicators.Count);
        foreach (var i in indicators)
        {
            var line = i + 1;
            var name = lines[i].Split('\t')[2];
            yield return new("weight", $"{name} 权重 +5", line, l => AddToWeight(l, 5), IndicatorWeightsRule.Rule, f => f.Rule.Id == IndicatorWeightsRule.Rule.Id);
            if (name.Contains("满意度", StringComparison.Ordinal))
                yield return new("comparator", $"{name} ≥ → ≤", line, l => l.Replace("≥", "≤", StringComparison.Ordinal), SatisfactionDirectionRule.Rule, f => At(f, line));
            var value = lines[i].Split('\t')[3];
            if (value.Length > 0 && value[0] is '≥' or '=' or '≤')
                yield return new("comparator", $"{name} 去掉比较符", line, l => l.Replace('\t' + value, '\t' + value[1..], StringComparison.Ordinal), IndicatorCompletenessRule.Rule, f => At(f, line));
        }
    }

    private static string AddToWeight(string line, int delta)
    {
        var cells = line.Split('\t');
        var last = Array.FindLastIndex(cells, c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        cells[last] = (int.Parse(cells[last], CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture);
        return string.Join('\t', cells);
    }
}
