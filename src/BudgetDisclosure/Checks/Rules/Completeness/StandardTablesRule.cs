using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>
/// BD4003: the tables the document's template requires are all published, empty ones included with their note
/// (财预〔2016〕143号: 空表也要公开并说明).
/// </summary>
public sealed class StandardTablesRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD4003", "模板规定的标准表应全部公开",
        "{0}模板要求公开{1}（没有数据也应公开空表并注明），正文中没有这张表",
        RuleCategory.Completeness, Severity.Error,
        "Publish every standard table of the template",
        "The {0} template requires {1} (an empty table with its note when there is nothing to show); the body has none");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        if (!Outline.Applies(context, Rule)) return;
        var d = context.Disclosure;
        if (d.Tables.Count == 0) { context.NotApplicable(Rule, "文件没有表格（可能是分两个文件公开的情况说明部分）。"); return; }
        var template = context.Template;
        var entries = Outline.Contents(context);
        var bodyOf = Outline.Once(e => e.IsTable ? d.Tables.FirstOrDefault(t => Outline.Names(context, e, t))?.Source : null);
        foreach (var kind in template.RequiredTables)
        {
            context.Evaluated(Rule);
            if (d.Table(kind) is not null) continue;
            var listed = entries.FirstOrDefault(e => e.IsTable && e.Kind == kind);
            var source = listed is null ? d.Tables[0].Source
                : Outline.NearestBodySource(d, entries, listed, bodyOf);
            // How much a missing table weighs is the template's to say (its rule set): the national template, which
            // stands in for every region it does not know, makes it a warning.
            context.Report(new Finding(Rule, Rule.DefaultSeverity, new FindingLocation(source) { Table = kind, Label = kind.IsStandard ? null : template.NameOf(kind).ToString(MessageLanguage.Chinese) }, template.Citation, template.NameOf(kind)));
        }
    }
}

/// <summary>BD4004: a table published without figures carries a note saying it is empty.</summary>
public sealed class EmptyTableNoteRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD4004", "空表应注明为空表",
        "{0}没有任何数字，表下也没有说明为空表的注释",
        RuleCategory.Completeness, Severity.Warning,
        "Say that an empty table is empty",
        "{0} has no figures and no note saying it is empty");

    public override RuleDescriptor Descriptor => Rule;

    // Unlike the other completeness rules this one also runs on a file of tables only: an empty table needs its note
    // wherever it is printed.
    public override void Check(CheckContext context)
    {
        var emptyTables = 0;
        foreach (var table in context.Disclosure.Tables.Where(t => t.Kind != TableKey.Other))
        {
            var empty = table.Rows.All(r => r.Cells.All(c => !c.Amount.IsPrinted));
            if (!empty) continue;
            emptyTables++;
            context.Evaluated(Rule);
            if (table.IsDeclaredEmpty) continue;
            context.Report(new Finding(Rule, Rule.DefaultSeverity,
                new FindingLocation(table.Source) { Table = table.Kind, TableNumber = table.Number, Label = table.Title }, Phrases.TableName(table)));
        }
        if (emptyTables == 0) context.NotApplicable(Rule, "没有空表。");
    }
}
