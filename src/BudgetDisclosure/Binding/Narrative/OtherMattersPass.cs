using System.Globalization;
using System.Text.RegularExpressions;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>
/// 其他重要事项: 机关运行经费 and 政府采购 are taken from the claims already tied to their figures (one reading of the
/// sentence, not two); 国有资产 items are read clause by clause: "车辆 2 辆" opens an item, "价值 523,055.17 万元"
/// gives the open item its value, "办公家具价值 4.59 万元" is an item with a value only.
/// </summary>
internal static partial class OtherMattersPass
{
    public static OtherMatters Run(IReadOnlyList<SectionNode> sections, IReadOnlyList<Claim> claims)
    {
        var operating = claims.FirstOrDefault(c => c.Subject.Figure == Figures.OperatingCosts);
        return new OtherMatters
        {
            OperatingCosts = operating,
            Procurement = ReadProcurement(claims),
            Assets = [.. sections.Where(s => s.Topic == SectionTopic.Assets).SelectMany(s => s.Paragraphs).SelectMany(ReadAssets)],
        };
    }

    private static Procurement? ReadProcurement(IReadOnlyList<Claim> claims)
    {
        var procurement = claims.Where(c => c.Topic == SectionTopic.Procurement && c.Subject.Figure is not null && c.Value is not null).ToList();
        if (procurement.Count == 0) return null;
        Amount? Figure(string name) => procurement.FirstOrDefault(c => c.Subject.Figure == name)?.Value;
        return new Procurement(procurement[0].Source)
        {
            Total = Figure(Figures.ProcurementTotal),
            Goods = Figure(Figures.ProcurementGoods),
            Works = Figure(Figures.ProcurementWorks),
            Services = Figure(Figures.ProcurementServices),
            SmeReserved = Figure(Figures.SmeReserved),
            SmallMicroReserved = Figure(Figures.SmallMicroReserved),
            Unit = procurement[0].Unit == MoneyUnit.Unknown ? MoneyUnit.TenThousandYuan : procurement[0].Unit,
        };
    }

    internal static IEnumerable<AssetItem> ReadAssets(TextItem paragraph)
    {
        var text = paragraph.Text;
        var folded = TextNormalizer.FoldWidth(text);
        var items = new List<AssetItem>();
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && !IsDelimiter(folded, i)) continue;
            if (i > start) ReadClause(text, folded, start, i, paragraph, items);
            start = i + 1;
        }
        return items;
    }

    private static bool IsDelimiter(string folded, int i)
    {
        var c = folded[i];
        if (c is '，' or '；' or ';' or '。') return true;
        if (c != ',') return false;
        return !(i > 0 && char.IsAsciiDigit(folded[i - 1]) && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]));
    }

    private static void ReadClause(string text, string folded, int start, int end, TextItem paragraph, List<AssetItem> items)
    {
        var numbering = ClauseNumbering().Match(folded, start, end - start);
        if (numbering.Success) start += numbering.Length;
        var clause = folded[start..end];
        var quantity = Quantity().Match(clause);
        if (quantity.Success)
        {
            var name = CleanName(text.Substring(start + quantity.Groups["name"].Index, quantity.Groups["name"].Length));
            if (name.Length == 0) return;
            var item = new AssetItem(name, paragraph.Source)
            {
                Quantity = decimal.Parse(quantity.Groups["q"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
                QuantityUnit = quantity.Groups["qu"].Value,
            };
            if (quantity.Groups["v"].Success) item = item with { Value = Amount.Parse(quantity.Groups["v"].Value), Unit = NarrativeText.UnitOf(quantity.Groups["vu"].Value) };
            items.Add(item);
            return;
        }
        var value = Value().Match(clause);
        if (!value.Success) return;
        var valueName = CleanName(text.Substring(start + value.Groups["name"].Index, value.Groups["name"].Length));
        var amount = Amount.Parse(value.Groups["v"].Value);
        var unit = NarrativeText.UnitOf(value.Groups["vu"].Value);
        if (valueName.Length == 0)
        {
            // "价值 0 万元" after "房屋 0 平方米": the value of the item just opened.
            if (items.Count > 0 && items[^1].Value is null) items[^1] = items[^1] with { Value = amount, Unit = unit };
            return;
        }
        items.Add(new AssetItem(valueName, paragraph.Source) { Value = amount, Unit = unit });
    }

    private static string CleanName(string printed)
    {
        var s = TextNormalizer.StripNumbering(printed.Trim()).Trim();
        s = LeadingNoise().Replace(s, "");
        return s.Trim();
    }

    [GeneratedRegex(@"^\s*(?<name>[^\d]*?(?:\d+\s*万元以上[^\d]*?)?)\s*(?<q>\d[\d,]*(?:\.\d+)?)\s*(?<qu>平方米|辆|台|套|处|栋|件|个)(?:\s*价值\s*(?<v>\d[\d,]*(?:\.\d+)?)\s*(?<vu>亿元|万元|元))?\s*$")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^\s*(?<name>.*?)\s*价值\s*(?<v>\d[\d,]*(?:\.\d+)?)\s*(?<vu>亿元|万元|元)\s*$")]
    private static partial Regex Value();

    [GeneratedRegex(@"^\s*\d{1,2}\s*[.、](?!\d)\s*")]
    private static partial Regex ClauseNumbering();

    [GeneratedRegex(@"^(?:其中\s*[:：]?\s*|另\s*)")]
    private static partial Regex LeadingNoise();
}
