using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;
using BudgetDisclosure.Normalization;

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
    public static List<SectionNode> Run(IReadOnlyList<FlowItem> body, Template template)
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
                var topic = Classify(heading, parent?.Topic ?? SectionTopic.Other, template);
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
    /// The topic a heading names under the template's section vocabulary (Templates/Data), tried in order; a heading
    /// naming nothing recognised (a project name, 其他需说明的事项) takes its parent's topic.
    /// </summary>
    public static SectionTopic Classify(string heading, SectionTopic parent, Template? template = null) =>
        (template ?? TemplateCatalog.National).TopicOf(TextNormalizer.Key(heading)) ?? parent;
}
