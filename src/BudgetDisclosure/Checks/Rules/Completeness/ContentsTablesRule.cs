using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>BD4001: every table 目录 lists is published in the body (matched by title, never by number).</summary>
public sealed class ContentsTablesRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD4001", "目录所列的表应在正文中公开",
        "目录列出“{0}”，正文中没有这张表",
        RuleCategory.Completeness, Severity.Error,
        "Publish every table the contents list",
        "The contents list '{0}' but the body has no such table");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        if (!Outline.Applies(context, Rule)) return;
        if (Outline.TablesPublishedApart(context))
        {
            context.NotApplicable(Rule, "文件没有表格，正文说明报表作为附件另行公开（分两个文件公开的情况说明部分），目录所列的表在附件中检查。");
            return;
        }
        var d = context.Disclosure;
        var entries = Outline.Contents(context);
        var listed = entries.Where(e => e.IsTable).ToList();
        if (listed.Count == 0) { context.NotApplicable(Rule, d.Contents.Count == 0 ? "文件没有目录。" : "目录没有列出表。"); return; }
        var bodyOf = Outline.Once(e => e.IsTable ? d.Tables.FirstOrDefault(t => Outline.Names(context, e, t))?.Source : null);
        foreach (var entry in listed)
        {
            context.Evaluated(Rule);
            if (d.Tables.Any(t => Outline.Names(context, entry, t))) continue;
            var text = entry.Text.Trim();
            context.Report(new Finding(Rule, Rule.DefaultSeverity,
                new FindingLocation(Outline.NearestBodySource(d, entries, entry, bodyOf))
                {
                    Table = entry.Kind == TableKey.Other ? null : entry.Kind,
                    Label = entry.Kind == TableKey.Other ? text : null,
                    Section = "目录",
                }, text));
        }
    }
}

/// <summary>BD4002: every standard table of the body is listed in 目录.</summary>
public sealed class UnlistedTableRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD4002", "正文中的标准表应列入目录",
        "正文公开了{0}“{1}”，目录中没有列出",
        RuleCategory.Completeness, Severity.Warning,
        "List every published standard table in the contents",
        "The body publishes {0}'{1}' but the contents do not list it");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        if (!Outline.Applies(context, Rule)) return;
        var d = context.Disclosure;
        var listed = Outline.Contents(context).Where(e => e.IsTable).ToList();
        if (listed.Count == 0) { context.NotApplicable(Rule, d.Contents.Count == 0 ? "文件没有目录。" : "目录没有列出表。"); return; }
        foreach (var table in d.Tables.Where(t => t.Kind != TableKey.Other))
        {
            context.Evaluated(Rule);
            if (listed.Any(e => Outline.Names(context, e, table))) continue;
            context.Report(new Finding(Rule, Rule.DefaultSeverity,
                new FindingLocation(table.Source) { Table = table.Kind, TableNumber = table.Number, Label = table.Title }, Phrases.TableNumber(table), table.Title));
        }
    }
}
