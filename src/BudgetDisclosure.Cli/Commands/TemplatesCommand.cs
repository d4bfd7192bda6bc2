using System.CommandLine;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Cli.Commands;

/// <summary><c>budget templates</c>: the known templates and what each changes over the one it extends.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("templates", CliMessages.TemplatesDescription);
        command.SetAction(_ => Run(console));
        return command;
    }

    public static int Run(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var output = console.Out;
        var catalog = TemplateCatalog.Embedded;
        foreach (var template in catalog.All)
        {
            var d = template.Definition;
            var parent = d.Extends is null ? null : catalog.Get(d.Extends);
            output.WriteLine($"{template.Id}  {template.Name}{(d.Region is null ? "" : "（" + d.Region + "）")}{(parent is null ? "" : "，继承 " + parent.Id)}");
            if (d.Description is not null) output.WriteLine($"  {d.Description}");
            var required = template.RequiredTables.Select(template.NameOf).ToList();
            var added = parent is null ? required : required.Except(parent.RequiredTables.Select(parent.NameOf)).ToList();
            var dropped = parent is null ? [] : parent.RequiredTables.Select(parent.NameOf).Except(required).ToList();
            if (added.Count > 0) output.WriteLine($"  {(parent is null ? "要求的表" : "另外要求")}：{string.Join("、", added)}");
            if (dropped.Count > 0) output.WriteLine($"  不再要求：{string.Join("、", dropped)}");
            var rules = d.Rules.Where(r => parent?.SettingOf(r.Key) != r.Value).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} → {r.Value.ToString().ToLowerInvariant()}").ToList();
            if (rules.Count > 0) output.WriteLine($"  规则：{string.Join("，", rules)}");
            var vocabulary = Changed(d.TableTitles, parent?.Definition.TableTitles) + Changed(d.ColumnHeaders, parent?.Definition.ColumnHeaders) + Changed(d.Sections, parent?.Definition.Sections);
            if (parent is null)
                output.WriteLine($"  词表：表名 {d.TableTitles.Count} 条，列名 {d.ColumnHeaders.Count} 条，章节标题 {d.Sections.Count} 条");
            else if (vocabulary > 0)
                output.WriteLine($"  词表改动 {vocabulary} 条");
            foreach (var sign in d.Detection) output.WriteLine($"  识别依据：{sign.Says}");
            if (parent is null) output.WriteLine("  没有其他模板匹配时采用。");
        }
        output.Flush();
        return ExitCodes.Success;
    }

    private static int Changed(IReadOnlyList<MatchRule> mine, IReadOnlyList<MatchRule>? parents) =>
        parents is null ? 0 : mine.Count(e => !parents.Contains(e)) + parents.Count(e => !mine.Any(m => m.Id == e.Id));
}
