using BudgetDisclosure.Model;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>A section while binding: its heading, place, topic and the items (paragraphs and tables) it holds.</summary>
internal sealed class SectionNode(string heading, int level, IReadOnlyList<string> path, SectionTopic topic, SourceLocation source)
{
    public string Heading { get; } = heading;
    public int Level { get; } = level;
    public IReadOnlyList<string> Path { get; } = path;
    public SectionTopic Topic { get; } = topic;
    public SourceLocation Source { get; } = source;
    public List<FlowItem> Items { get; } = [];

    public IEnumerable<TextItem> Paragraphs => Items.OfType<TextItem>();

    public NarrativeSection ToModel() =>
        new(Heading, Level, Path, [.. Paragraphs.Select(p => new Sentence(p.Text, p.Source))], Source) { Topic = Topic };
}

/// <summary>
/// Builds the heading tree from numbering (第X部分 → 1, 一、 → 2, （一） → 3) rather than from Markdown marks, and
/// gives each section its topic. Inside 名词解释 numbered lines are entries and inside 主要职能 they are functions,
/// so no headings are recognised below those.
/// </summary>
internal static class SectionPass
{
    public static List<SectionNode> Run(IReadOnlyList<FlowItem> body)
    {
        var sections = new List<SectionNode>();
        var stack = new List<SectionNode>();
        foreach (var item in body)
        {
            if (item is TextItem text && HeadingLevel(text, stack) is { } level)
            {
                while (stack.Count > 0 && stack[^1].Level >= level) stack.RemoveAt(stack.Count - 1);
                var parent = stack.Count > 0 ? stack[^1] : null;
                var heading = text.Text.Trim();
                var topic = Classify(heading, parent?.Topic ?? SectionTopic.Other);
                var path = parent is null ? new List<string> { heading } : [.. parent.Path, heading];
                var node = new SectionNode(heading, level, path, topic, text.Source);
                sections.Add(node);
                stack.Add(node);
                continue;
            }
            if (stack.Count > 0) stack[^1].Items.Add(item);
        }
        return sections;
    }

    private static int? HeadingLevel(TextItem item, List<SectionNode> stack)
    {
        var level = NarrativeText.HeadingLevel(item.Text);
        if (level is null or 1) return level;
        var inside = stack.Count > 0 ? stack[^1].Topic : SectionTopic.Other;
        if (stack.Any(s => s.Topic == SectionTopic.Glossary)) return null;
        if (inside == SectionTopic.Functions && level == 3) return null;
        return level;
    }

    /// <summary>
    /// The topic a heading names. Order matters: the specific phrases (财政拨款收支, 一般公共预算当年拨款, 基本支出)
    /// are tried before the general ones (支出预算, 总体说明) they contain. A heading naming nothing recognised
    /// (a project name, 其他需说明的事项) takes its parent's topic.
    /// </summary>
    public static SectionTopic Classify(string heading, SectionTopic parent)
    {
        var k = NarrativeText.Key(heading);
        if (k.Contains("项目名称", StringComparison.Ordinal)) return parent;
        if (k.Contains("名词解释", StringComparison.Ordinal)) return SectionTopic.Glossary;
        if (k.Contains("主要职能", StringComparison.Ordinal) || k.Contains("职能职责", StringComparison.Ordinal)) return SectionTopic.Functions;
        // 北京's 概况 is "一、部门情况说明": what the unit is and its 主要职责, printed as the first section of 情况说明.
        if (k.Contains("机构设置", StringComparison.Ordinal) || k.Contains("部门情况说明", StringComparison.Ordinal) || k.Contains("部门基本情况", StringComparison.Ordinal))
            return SectionTopic.Organisation;
        if (k.Contains("财政拨款收支", StringComparison.Ordinal)) return SectionTopic.FiscalAppropriation;
        if (k.Contains("一般公共预算当年拨款", StringComparison.Ordinal)) return SectionTopic.GeneralPublicCurrentYear;
        if (k.Contains("基本支出", StringComparison.Ordinal)) return SectionTopic.GeneralPublicBasic;
        if (k.Contains("项目支出", StringComparison.Ordinal) && !k.Contains("绩效", StringComparison.Ordinal)) return SectionTopic.GeneralPublicProject;
        if (k.Contains("三公", StringComparison.Ordinal)) return SectionTopic.ThreePublicExpenses;
        if (k.Contains("委托业务费", StringComparison.Ordinal)) return SectionTopic.EntrustedBusinessFees;
        if (k.Contains("政府性基金", StringComparison.Ordinal)) return SectionTopic.GovernmentFund;
        if (k.Contains("国有资本经营", StringComparison.Ordinal)) return SectionTopic.StateCapital;
        if (k.Contains("上年结转结余", StringComparison.Ordinal)) return SectionTopic.PriorYearCarryover;
        if (k.Contains("运行经费", StringComparison.Ordinal)) return SectionTopic.OperatingCosts;
        if (k.Contains("政府采购", StringComparison.Ordinal)) return SectionTopic.Procurement;
        if (k.Contains("国有资产", StringComparison.Ordinal)) return SectionTopic.Assets;
        if (k.Contains("绩效", StringComparison.Ordinal)) return SectionTopic.Performance;
        if (k.Contains("其他重要事项", StringComparison.Ordinal)) return SectionTopic.OtherMatters;
        if (k.Contains("收入预算", StringComparison.Ordinal)) return SectionTopic.Income;
        if (k.Contains("支出预算", StringComparison.Ordinal)) return SectionTopic.Expenditure;
        if (k.Contains("收支预算", StringComparison.Ordinal) || k.Contains("总体说明", StringComparison.Ordinal) || k.Contains("总体情况", StringComparison.Ordinal))
            return SectionTopic.Overview;
        return parent;
    }
}
