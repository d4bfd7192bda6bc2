using System.Text;
using System.Text.RegularExpressions;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules.Plausibility;

/// <summary>Shared by the 绩效目标表 rules: where a target or an indicator was printed, and how project names compare.</summary>
internal static partial class PerformanceText
{
    /// <summary>The target's table as messages name it. Its Chinese form is also the section of the target's locations.</summary>
    public static LocalizedText Describe(PerformanceTarget target) =>
        target.Scope == PerformanceScope.Overall ? new("整体绩效目标表", "the overall performance target table")
        : new("项目支出绩效目标表（{0}）", "the project performance target table ({0})", target.Name);

    public static FindingLocation At(PerformanceTarget target) =>
        new(target.Source) { Section = Describe(target).ToString(MessageLanguage.Chinese), Label = target.Name };

    public static FindingLocation At(PerformanceTarget target, PerformanceIndicator indicator) =>
        new(indicator.Source) { Section = Describe(target).ToString(MessageLanguage.Chinese), Label = indicator.Name, Sentence = indicator.Name };

    /// <summary>
    /// A project name reduced to what identifies it: no whitespace or width differences, no bracketed remarks
    /// (（本级）, 【2025】), no leading "2025年度", no trailing 项目 or full stop. The same project is printed with and
    /// without these in the project table, the narrative and the 绩效目标表.
    /// </summary>
    public static string Key(string name)
    {
        var s = TextNormalizer.Compact(name).TrimEnd('。', '.');
        s = Bracketed().Replace(s, "");
        s = LeadingYear().Replace(s, "");
        if (s.EndsWith("项目", StringComparison.Ordinal)) s = s[..^2];
        return s;
    }

    /// <summary>Two keys name the same project: equal, or one contains the other and is long enough not to be generic.</summary>
    public static bool SameProject(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 6 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)));

    /// <summary>The projects of the 一般公共预算项目支出表 with their amounts (项目支出合计).</summary>
    public static List<(TableRow Row, string Key, Amount Amount)> Projects(BudgetTable? table)
    {
        if (table?.Column(ColumnKeys.Total) is not { } total) return [];
        return [.. table.Rows.Where(r => r.Kind == RowKind.Project && !string.IsNullOrWhiteSpace(r.Project))
            .Select(r => (r, Key(r.Project!), r[total.Index])).Where(p => p.Item3.IsNumber)];
    }

    /// <summary>A value that is a number (95, 2.40), as opposed to 有效保障 or a date.</summary>
    public static bool IsQuantitative(PerformanceIndicator indicator) => Number().IsMatch(TextNormalizer.Compact(indicator.Value));

    /// <summary>The unit printed in the indicator's name: "参保率(%)" → "%".</summary>
    public static string? UnitInName(string name)
    {
        var m = NameUnit().Match(TextNormalizer.Compact(name));
        return m.Success ? m.Groups["u"].Value : null;
    }

    public static string Symbol(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "≥",
        Comparator.AtMost => "≤",
        Comparator.Equal => "=",
        Comparator.GreaterThan => ">",
        Comparator.LessThan => "<",
        _ => "",
    };

    public static string Printed(PerformanceIndicator indicator)
    {
        var sb = new StringBuilder();
        sb.Append(Symbol(indicator.Comparator)).Append(indicator.Value).Append(indicator.Unit);
        return sb.ToString();
    }

    [GeneratedRegex(@"[\(\[（【〔［][^\)\]）】〕］]*[\)\]）】〕］]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\d{4}年度?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\(（](?<u>[^\(\)（）]{1,6})[\)）]$")]
    private static partial Regex NameUnit();
}
