using System.Globalization;
using System.Text.RegularExpressions;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>
/// 概况: one function per numbered item under 主要职能 (an unnumbered paragraph continues the item before it),
/// the 机构设置 paragraphs as printed, and the head counts "编制数 29，实有人数 36 人，其中：在职 27 人，增加 6 人；…".
/// </summary>
internal static partial class ProfilePass
{
    public static UnitProfile Run(IReadOnlyList<SectionNode> sections)
    {
        var functions = new List<string>();
        foreach (var section in sections.Where(s => s.Topic == SectionTopic.Functions))
        {
            foreach (var p in section.Paragraphs)
            {
                if (TextNormalizer.StartsWithNumbering(p.Text) || functions.Count == 0) functions.Add(TextNormalizer.StripNumbering(p.Text).Trim());
                else functions[^1] += p.Text.Trim();
            }
        }

        var organisation = sections.Where(s => s.Topic == SectionTopic.Organisation).SelectMany(s => s.Paragraphs).ToList();
        Staffing? staffing = null;
        // Staffing is printed under 机构设置及人员情况, but some documents put it in its own 人员情况 paragraph elsewhere in 概况.
        var candidates = organisation.Concat(sections.Where(s => s.Topic != SectionTopic.Organisation && s.Path.Count > 0 && s.Level <= 2).SelectMany(s => s.Paragraphs));
        foreach (var p in candidates)
        {
            staffing = ReadStaffing(p);
            if (staffing is not null) break;
        }

        return new UnitProfile
        {
            Functions = functions,
            Organisation = [.. organisation.Select(p => p.Text)],
            Staffing = staffing,
        };
    }

    internal static Staffing? ReadStaffing(TextItem paragraph)
    {
        var key = TextNormalizer.Key(paragraph.Text);
        if (!key.Contains("编制数", StringComparison.Ordinal) && !key.Contains("实有人数", StringComparison.Ordinal)) return null;
        var staffing = new Staffing
        {
            Authorized = Count(Authorized().Match(key), paragraph),
            Actual = Count(Actual().Match(key), paragraph),
            InService = Count(InService().Match(key), paragraph),
            Retired = Count(Retired().Match(key), paragraph),
            RetiredBefore1949 = Count(RetiredBefore1949().Match(key), paragraph),
        };
        return staffing.Authorized is null && staffing.Actual is null ? null : staffing;
    }

    private static HeadCount? Count(Match m, TextItem paragraph)
    {
        if (!m.Success) return null;
        var count = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        int? change = null;
        if (m.Groups["dir"].Success)
        {
            var delta = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
            change = m.Groups["dir"].Value == "减少" ? -delta : m.Groups["dir"].Value == "增加" ? delta : 0;
        }
        return new HeadCount(count, change, paragraph.Source);
    }

    private const string ChangeTail = @"(?:[,，]?(?:比上年)?(?<dir>增加|减少|持平|无变化)(?:(?<d>\d+)[人名]?)?)?";

    [GeneratedRegex(@"编制数(?:为)?(?<n>\d+)[人名个]?" + ChangeTail)]
    private static partial Regex Authorized();

    [GeneratedRegex(@"实有人数(?:为)?(?<n>\d+)[人名]?" + ChangeTail)]
    private static partial Regex Actual();

    [GeneratedRegex(@"在职(?:人员)?(?<n>\d+)[人名]" + ChangeTail)]
    private static partial Regex InService();

    [GeneratedRegex(@"(?<!离)退休(?:人员)?(?<n>\d+)[人名]" + ChangeTail)]
    private static partial Regex Retired();

    [GeneratedRegex(@"离休(?:人员)?(?<n>\d+)[人名]" + ChangeTail)]
    private static partial Regex RetiredBefore1949();
}
