using System.Text.RegularExpressions;
using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Templates;

/// <summary>What a template file must say, checked when it is loaded.</summary>
internal static partial class TemplateValidator
{
    private static readonly string[] CodeSystems = ["function", "economic", "project", "none"];
    /// <summary>What a column that is not an amount column may hold.</summary>
    public static readonly string[] ColumnRoles = ["code", "label", "project_name", "unit_name"];

    private static readonly string[] EvidencePlaces = ["outline", "titles", "text", "issuer"];

    /// <summary>What a file can be checked for on its own.</summary>
    public static void CheckFile(string file, TemplateDefinition t, List<string> problems)
    {
        if (!IdPattern().IsMatch(t.Id)) problems.Add($"{file}：模板 id “{t.Id}”只能由小写字母、数字和连字符组成");
        if (string.IsNullOrWhiteSpace(t.Name)) problems.Add($"{file}：缺少模板名称 name");
        foreach (var g in t.Tables.GroupBy(x => x.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"{file}：表 “{g.Key}”定义了 {g.Count()} 次");
        foreach (var table in t.Tables)
        {
            if (TableKey.Parse(table.Key) is null) problems.Add($"{file}：表键“{table.Key}”只能由小写字母、数字和下划线组成，以字母开头");
            if (table.Topic is { } topic && SectionTopics.Parse(topic) is null) problems.Add($"{file}：表“{table.Key}”的 topic “{topic}”不是已知的主题（可用：{string.Join("、", SectionTopics.All)}）");
            if (table.Codes is { } codes && !CodeSystems.Contains(codes)) problems.Add($"{file}：表“{table.Key}”的 codes “{codes}”应为 {string.Join("/", CodeSystems)} 之一");
            if (table.Sides is { } sides && sides is not (1 or 2)) problems.Add($"{file}：表“{table.Key}”的 sides 应为 1 或 2");
            foreach (var group in table.ColumnGroups ?? [])
                if (!ColumnNames.GroupTokens.Contains(group)) problems.Add($"{file}：表“{table.Key}”的列分组“{group}”应为 {string.Join("/", ColumnNames.GroupTokens)} 之一");
        }
        var overlay = t.Extends is not null;
        CheckEntries(file, "tableTitles", t.TableTitles, overlay, problems, e =>
            e.Table is { } key && TableKey.Parse(key) is null ? $"表键“{key}”不合格式" : null);
        CheckEntries(file, "columnHeaders", t.ColumnHeaders, overlay, problems, e =>
            e.Column is { } column && !ColumnNames.IsKnown(column) ? $"未知的列键“{column}”"
            : e.Tables.FirstOrDefault(k => TableKey.Parse(k) is null) is { } unknown ? $"表键“{unknown}”不合格式" : null);
        CheckEntries(file, "columnRoles", t.ColumnRoles, overlay, problems, e =>
            e.Role is null ? "缺少 role" : !ColumnRoles.Contains(e.Role) ? $"role “{e.Role}”应为 {string.Join("/", ColumnRoles)} 之一" : null);
        CheckEntries(file, "subjects", t.Subjects, overlay, problems, Subject, matchOptional: true);
        CheckEntries(file, "sections", t.Sections, overlay, problems, e =>
            e.Topic is null ? "缺少 topic"
            : e.Topic != SectionTopics.Parent && SectionTopics.Parse(e.Topic) is null ? $"未知的主题“{e.Topic}”（可用：{string.Join("、", SectionTopics.All)}、parent）" : null);
        foreach (var evidence in t.Detection)
        {
            if (!EvidencePlaces.Contains(evidence.In)) problems.Add($"{file}：识别依据“{evidence.Id}”的 in “{evidence.In}”应为 {string.Join("/", EvidencePlaces)} 之一");
            if (evidence.Match.IsEmpty) problems.Add($"{file}：识别依据“{evidence.Id}”没有任何匹配条件");
            if (evidence.Weight is <= 0) problems.Add($"{file}：识别依据“{evidence.Id}”的 weight 应为正数");
        }
        if (!overlay && t.Detection.Count > 0) problems.Add($"{file}：根模板不需要识别依据（没有其他模板匹配时即采用它）");
        foreach (var id in t.Rules.Keys)
            if (!RuleIdPattern().IsMatch(id)) problems.Add($"{file}：规则编号“{id}”应形如 BD1001");
    }

    /// <summary>What only the resolved template can be checked for: every list entry unique and complete.</summary>
    public static bool CheckResolved(string file, TemplateDefinition t, List<string> problems)
    {
        var before = problems.Count;
        var defined = t.Tables.Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        string Known() => string.Join("、", t.Tables.Select(x => x.Key));
        foreach (var e in t.TableTitles)
            if (e.Table is { } key && !defined.Contains(key)) problems.Add($"{file}：tableTitles 的“{e.Id}”指向未定义的表“{key}”（已定义：{Known()}）");
        foreach (var e in t.ColumnHeaders)
            foreach (var key in e.Tables.Where(k => !defined.Contains(k)))
                problems.Add($"{file}：columnHeaders 的“{e.Id}”指向未定义的表“{key}”（已定义：{Known()}）");
        foreach (var e in t.Subjects)
            foreach (var key in e.From.Prepend(e.Table).OfType<string>().Where(k => !defined.Contains(k)))
                problems.Add($"{file}：subjects 的“{e.Id}”指向未定义的表“{key}”（已定义：{Known()}）");
        foreach (var table in t.Tables.Where(x => x.Name is null && TableKey.ParseStandard(x.Key) is null))
            problems.Add($"{file}：表“{table.Key}”缺少名称 name");
        foreach (var (list, entries) in new[] { ("tableTitles", t.TableTitles), ("columnHeaders", t.ColumnHeaders), ("columnRoles", t.ColumnRoles), ("subjects", t.Subjects), ("sections", t.Sections) })
            foreach (var g in entries.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
                problems.Add($"{file}：{list} 中条目 id “{g.Key}”重复");
        return problems.Count == before;
    }

    /// <summary>What a claim-subject entry must say: its topic, and a table, column, figure or resolver that exist.</summary>
    private static string? Subject(MatchRule e) =>
        e.Topic is null || SectionTopics.Parse(e.Topic) is null ? $"topic “{e.Topic}”不是已知的主题"
        : e.Table is { } table && TableKey.Parse(table) is null ? $"表键“{table}”不合格式"
        : e.Column is { } column && !ColumnNames.IsKnown(column) ? $"未知的列键“{column}”"
        : e.Figure is { } figure && !Figures.All.Contains(figure) ? $"未知的数字“{figure}”（可用：{string.Join("、", Figures.All)}）"
        : e.Resolve is { } resolve && !SubjectResolvers.Contains(resolve) ? $"resolve “{resolve}”应为 {string.Join("/", SubjectResolvers)} 之一"
        : e.When is { } when && !SubjectConditions.Contains(when) ? $"when “{when}”应为 {string.Join("/", SubjectConditions)} 之一"
        : e.Resolve is "class_code" or "code_path" && e.From.Count == 0 ? "resolve 需要 from 列出所查的表"
        : e.From.FirstOrDefault(k => TableKey.Parse(k) is null) is { } bad ? $"表键“{bad}”不合格式"
        : e.Table is null && e.Figure is null ? "缺少 table 或 figure"
        : null;

    private static readonly string[] SubjectResolvers = ["class_code", "code_path", "project"];

    private static readonly string[] SubjectConditions = ["list", "level_markers"];

    private static void CheckEntries(string file, string list, IReadOnlyList<MatchRule> entries, bool overlay, List<string> problems, Func<MatchRule, string?> target, bool matchOptional = false)
    {
        foreach (var e in entries)
        {
            var at = $"{file}：{list} 的“{e.Id}”";
            if (string.IsNullOrWhiteSpace(e.Id)) problems.Add($"{file}：{list} 中有条目缺少 id");
            var placements = (e.Before is null ? 0 : 1) + (e.After is null ? 0 : 1) + (e.Replace is null ? 0 : 1) + (e.Remove ? 1 : 0);
            if (!overlay && placements > 0) problems.Add($"{at}：before/after/replace/remove 只用于覆盖其他模板的模板");
            if (placements > 1) problems.Add($"{at}：before、after、replace、remove 只能用一个");
            if (e.Remove) continue;
            if (e.Match is null ? !matchOptional : e.Match.IsEmpty) problems.Add($"{at}：没有任何匹配条件");
            if (target(e) is { } problem) problems.Add($"{at}：{problem}");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^BD[0-9]{4}$")]
    private static partial Regex RuleIdPattern();
}
