using System.Text.RegularExpressions;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Storage;

/// <summary>A unit's region and its level of government, as its name says them.</summary>
public sealed record IssuerPlace(string? Region, string? Level);

/// <summary>
/// Reads the region and level (省/市/县/乡) from the place names a unit's name begins with: 江苏省人民检察院 is 江苏省, 省;
/// 北京市医疗保障局 is 北京市, 省 (a 直辖市); 焉耆回族自治县医疗保障局 is 县. The region is the outermost place named, or
/// the template's region when the document was read under a regional template. Nothing is guessed from the rest of the
/// name: a name without a place (a 报表 that prints no unit) has no region.
/// </summary>
public static partial class IssuerRegion
{
    private static readonly string[] Provinces = LoadProvinces();

    public static IssuerPlace Of(string? unitName, string? templateRegion)
    {
        if (string.IsNullOrWhiteSpace(unitName)) return new IssuerPlace(templateRegion, null);
        var name = TextNormalizer.FoldWidth(unitName).Trim();
        if (name.StartsWith("中国共产党", StringComparison.Ordinal)) name = name[5..];
        else if (name.StartsWith("中共", StringComparison.Ordinal)) name = name[2..];

        string? region = null;
        string? level = null;
        var province = Provinces.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
        if (province is not null)
        {
            region = province;
            level = "省";
            name = name[province.Length..];
        }
        // Under a 直辖市 the next place is a 区/县; under a province a 市/州 comes first.
        var municipality = province is not null && province.EndsWith('市');
        if (!municipality && City().Match(name) is { Success: true } city)
        {
            region ??= city.Value;
            level = "市";
            name = name[city.Length..];
        }
        if (County().Match(name) is { Success: true } county)
        {
            region ??= county.Value;
            level = "县";
            name = name[county.Length..];
        }
        if (level == "县" && Township().Match(name) is { Success: true }) level = "乡";
        return new IssuerPlace(templateRegion ?? region, level);
    }

    private static string[] LoadProvinces()
    {
        using var stream = typeof(IssuerRegion).Assembly.GetManifestResourceStream("BudgetDisclosure.Storage.Data.provincial-level.txt")!;
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    // A place name is short: a 市 or 州 of up to eight characters (克孜勒苏柯尔克孜自治州 has ten), and 杭州 is 杭州市.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,10}?(?:自治州|地区|盟|市|州(?!市))")]
    private static partial Regex City();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,8}?(?:自治县|自治旗|县(?![级委])|旗|区(?![委级域]))")]
    private static partial Regex County();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,6}?(?:乡|镇|街道办事处|街道)")]
    private static partial Regex Township();
}
