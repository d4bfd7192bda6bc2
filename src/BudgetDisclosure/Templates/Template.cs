using System.Collections.Frozen;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Templates;

/// <summary>
/// A resolved template — its overlays applied, its names checked — with the lookups the binder and the checks ask:
/// which table a title names, which column a header names, which topic a heading names, which tables are required,
/// which rules run at which severity. Immutable; shared by every document read under it.
/// </summary>
public sealed class Template
{
    private readonly (TextMatch Match, TableKey Kind)[] titles;
    private readonly (TextMatch Match, string? Column, FrozenSet<TableKey> Tables)[] columns;
    private readonly (TextMatch Match, SectionTopic? Topic)[] sections;
    private readonly (TextMatch Match, string Role)[] roles;
    private readonly FrozenDictionary<SectionTopic, MatchRule[]> subjects;
    private readonly FrozenDictionary<TableKey, TableDefinition> tables;

    internal Template(TemplateDefinition definition, IReadOnlyList<string> lineage)
    {
        Definition = definition;
        Lineage = lineage;
        tables = definition.Tables.ToFrozenDictionary(t => TableKey.Parse(t.Key)!.Value);
        Tables = [.. definition.Tables.Select(t => TableKey.Parse(t.Key)!.Value)];
        titles = [.. definition.TableTitles.Select(r => (r.Match!, r.Table is null ? TableKey.Other : TableKey.Parse(r.Table)!.Value))];
        columns = [.. definition.ColumnHeaders.Select(r => (r.Match!, r.Column, r.Tables.Select(k => TableKey.Parse(k)!.Value).ToFrozenSet()))];
        roles = [.. definition.ColumnRoles.Select(r => (r.Match!, r.Role!))];
        subjects = definition.Subjects.GroupBy(r => SectionTopics.Parse(r.Topic!)!.Value).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        sections = [.. definition.Sections.Select(r => (r.Match!, r.Topic == SectionTopics.Parent ? (SectionTopic?)null : SectionTopics.Parse(r.Topic!)!.Value))];
        RequiredTables = [.. definition.Tables.Where(t => t.Required == true).Select(t => TableKey.Parse(t.Key)!.Value)];
    }

    /// <summary>The resolved definition: everything this template says, its ancestors' included.</summary>
    public TemplateDefinition Definition { get; }

    public string Id => Definition.Id;

    public string Name => Definition.Name;

    /// <summary>How findings cite the template (财预〔2016〕143号, a region's name); its name when it has no citation.</summary>
    public string Citation => Definition.Citation ?? Definition.Name;

    /// <summary>This template's id and those it extends, nearest first: <c>xinjiang-budget</c>, <c>national-budget</c>.</summary>
    public IReadOnlyList<string> Lineage { get; }

    /// <summary>Every table the template defines, in its order.</summary>
    public IReadOnlyList<TableKey> Tables { get; }

    /// <summary>The tables the template requires, in the template's order.</summary>
    public IReadOnlyList<TableKey> RequiredTables { get; }

    /// <summary>The standard table a squeezed title names, or <see cref="TableKey.Other"/>.</summary>
    public TableKey TableOf(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (title.Length == 0) return TableKey.Other;
        foreach (var (match, kind) in titles)
            if (match.Matches(title)) return kind;
        return TableKey.Other;
    }

    /// <summary>The column key or group token a header (brackets folded) names in a table of this kind, or null.</summary>
    public string? ColumnTokenOf(string header, TableKey kind)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Length == 0) return null;
        foreach (var (match, column, only) in columns)
            if ((only.Count == 0 || only.Contains(kind)) && match.Matches(header)) return column;
        return null;
    }

    /// <summary>
    /// What the column under a squeezed leaf header holds — <c>code</c>, <c>label</c>, <c>project_name</c>,
    /// <c>unit_name</c> — or null for an amount column.
    /// </summary>
    public string? ColumnRoleOf(string leaf)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        foreach (var (match, role) in roles)
            if (match.Matches(leaf)) return role;
        return null;
    }

    /// <summary>The claim-subject entries of a section topic, in the template's order (see <see cref="TemplateDefinition.Subjects"/>).</summary>
    public IReadOnlyList<MatchRule> SubjectsOf(SectionTopic topic) => subjects.TryGetValue(topic, out var entries) ? entries : [];

    /// <summary>The topic a keyed heading names; null when it names none the template knows (it takes its parent's).</summary>
    public SectionTopic? TopicOf(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        foreach (var (match, topic) in sections)
            if (match.Matches(heading)) return topic;
        return null;
    }

    /// <summary>The column groups whose leaves repeat in this table (see <see cref="TableDefinition.ColumnGroups"/>).</summary>
    public IReadOnlyList<string> ColumnGroupsOf(TableKey kind) =>
        tables.TryGetValue(kind, out var table) ? table.ColumnGroups ?? [] : [];

    /// <summary>The section topic that explains the table, or null when the template asks for none.</summary>
    public SectionTopic? ExplainedBy(TableKey kind) =>
        tables.TryGetValue(kind, out var table) && table.Topic is { } topic ? SectionTopics.Parse(topic) : null;

    /// <summary>The classification the table's rows are keyed by (<see cref="CodeSystem"/>), or null for none.</summary>
    public CodeSystem? CodesOf(TableKey kind) =>
        tables.TryGetValue(kind, out var table) ? table.Codes switch
        {
            "function" => CodeSystem.Function,
            "economic" => CodeSystem.Economic,
            "project" => CodeSystem.Function,
            _ => null,
        } : null;

    /// <summary>The table is keyed by a classification (its 类/款/项 rows add up).</summary>
    public bool IsCoded(TableKey kind) => CodesOf(kind) is not null;

    /// <summary>The table is printed as 收入 | 支出 side by side.</summary>
    public bool IsTwoSided(TableKey kind) => tables.TryGetValue(kind, out var table) && table.Sides == 2;

    /// <summary>
    /// The table's conventional name under this template: the name the template gives it (its data, the same in both
    /// languages), else the national name.
    /// </summary>
    public LocalizedText NameOf(TableKey kind) =>
        tables.TryGetValue(kind, out var table) && table.Name is { } name ? LocalizedText.Verbatim(name) : kind.ToText();

    /// <summary>The severity the template gives a rule by default, or null when it leaves the rule's own.</summary>
    public RuleSetting? SettingOf(string ruleId) => Definition.Rules.TryGetValue(ruleId, out var setting) ? setting : null;

    public override string ToString() => $"{Id} ({Name})";
}
