using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>BD4005: every section 目录 lists (第一部分's and 第三部分's numbered headings) is in the body.</summary>
public sealed class ContentsSectionsRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD4005", "目录所列的说明章节应在正文中出现",
        "目录列出“{0}”，正文中没有这一节",
        RuleCategory.Completeness, Severity.Error,
        "Write every section the contents list",
        "The contents list '{0}' but the body has no such section");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        if (!Outline.Applies(context, Rule)) return;
        var d = context.Disclosure;
        var entries = Outline.Contents(context);
        var listed = entries.Where(e => !e.IsPartHeading && !e.IsTable && e.Part is DisclosurePart.Profile or DisclosurePart.Narrative).ToList();
        if (listed.Count == 0) { context.NotApplicable(Rule, d.Contents.Count == 0 ? "文件没有目录。" : "目录没有列出说明章节。"); return; }
        var sections = d.Sections.Where(s => s.Level > 1).ToList();
        var bodyOf = Outline.Once(e => BodyOf(e, sections, context)?.Source);
        foreach (var entry in listed)
        {
            context.Evaluated(Rule);
            if (bodyOf(entry) is not null) continue;
            var text = entry.Text.Trim();
            context.Report(new Finding(Rule, Rule.DefaultSeverity,
                new FindingLocation(Outline.NearestBodySource(d, entries, entry, bodyOf)) { Section = text }, text));
        }
    }

    /// <summary>
    /// The body section a 目录 line stands for: the same heading once numbering, unit name, year and 关于/的 are
    /// set aside; or, for the headings that name a table's explanation, the one section of that topic.
    /// </summary>
    private static NarrativeSection? BodyOf(ContentsEntry entry, List<NarrativeSection> sections, CheckContext context)
    {
        if (entry.IsPartHeading || entry.IsTable || entry.Part is not (DisclosurePart.Profile or DisclosurePart.Narrative)) return null;
        // Every entry is compared with every heading: their keys come from the run's index, each worked out once.
        var key = context.Index.HeadingKey(entry.Text);
        var same = sections.FirstOrDefault(s => context.Index.HeadingKey(s.Heading) == key);
        if (same is not null || key.Length == 0) return same;
        var topic = SectionPass.Classify(entry.Text, SectionTopic.Other, context.Template);
        if (topic == SectionTopic.Other) return null;
        var ofTopic = sections.Where(s => s.Topic == topic && s.Level == 2).ToList();
        return ofTopic.Count == 1 ? ofTopic[0] : null;
    }
}

/// <summary>BD4006: the four parts are there: 概况, 公开表, 情况说明, 名词解释.</summary>
public sealed class FourPartsRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD4006", "预算公开应包含概况、公开表、情况说明和名词解释四个部分",
        "文件缺少“{0}”部分",
        RuleCategory.Completeness, Severity.Error,
        "Include the four parts: profile, tables, explanations, glossary",
        "The document has no '{0}' part");

    public override RuleDescriptor Descriptor => Rule;

    private static readonly SectionTopic[] NarrativeTopics =
    [
        SectionTopic.Overview, SectionTopic.Income, SectionTopic.Expenditure, SectionTopic.FiscalAppropriation,
        SectionTopic.GeneralPublicCurrentYear, SectionTopic.GeneralPublicBasic, SectionTopic.GeneralPublicProject,
        SectionTopic.GovernmentFund, SectionTopic.StateCapital, SectionTopic.ThreePublicExpenses, SectionTopic.EntrustedBusinessFees,
        SectionTopic.PriorYearCarryover, SectionTopic.OtherMatters,
    ];

    public override void Check(CheckContext context)
    {
        if (!Outline.Applies(context, Rule)) return;
        var d = context.Disclosure;
        var partHeadings = d.Sections.Where(s => s.Level == 1).Select(s => (Part: Outline.PartOf(s.Heading), s.Source)).ToList();
        bool HasPart(DisclosurePart p) => partHeadings.Any(h => h.Part == p);
        Check(context, new("概况", "profile"), HasPart(DisclosurePart.Profile) || d.Sections.Any(s => s.Topic is SectionTopic.Functions or SectionTopic.Organisation));
        // The narrative half of a two-file disclosure has its tables in the other file.
        if (d.Tables.Count > 0 || d.Contents.Any(c => Outline.PartOf(c) == DisclosurePart.Tables) && !Outline.TablesPublishedApart(context))
            Check(context, new("公开表", "tables"), d.Tables.Count > 0);
        Check(context, new("情况说明", "explanations"), HasPart(DisclosurePart.Narrative) || d.Sections.Any(s => NarrativeTopics.Contains(s.Topic)));
        Check(context, new("名词解释", "glossary"), HasPart(DisclosurePart.Glossary) || d.Glossary.Count > 0 || d.Sections.Any(s => s.Topic == SectionTopic.Glossary));
    }

    private static void Check(CheckContext context, LocalizedText part, bool present)
    {
        context.Evaluated(Rule);
        if (present) return;
        var d = context.Disclosure;
        var source = d.Sections.Count > 0 ? d.Sections[^1].Source : new SourceLocation(context.File, 0);
        // The location names the part as the document's own outline would, in Chinese like every location.
        context.Report(new Finding(Rule, Rule.DefaultSeverity, new FindingLocation(source) { Section = part.ToString(MessageLanguage.Chinese) }, part));
    }
}

/// <summary>BD4007: each standard table has its section in 情况说明 (warning: some templates fold sections together).</summary>
public sealed class TableNarrativeRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD4007", "每张标准表应有对应的情况说明",
        "{0}“{1}”在情况说明中没有对应的一节",
        RuleCategory.Completeness, Severity.Warning,
        "Explain every standard table",
        "{0}'{1}' has no section explaining it");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        if (!Outline.Applies(context, Rule)) return;
        var d = context.Disclosure;
        if (d.Sections.Count == 0) { context.NotApplicable(Rule, "文件没有情况说明（可能是分两个文件公开的报表部分）。"); return; }
        foreach (var table in d.Tables)
        {
            if (context.Template.ExplainedBy(table.Kind) is not { } topic) continue;
            context.Evaluated(Rule);
            if (d.Sections.Any(s => s.Topic == topic)) continue;
            context.Report(new Finding(Rule, Rule.DefaultSeverity,
                new FindingLocation(table.Source) { Table = table.Kind, TableNumber = table.Number, Label = table.Title }, Phrases.TableNumber(table), table.Title));
        }
    }
}
