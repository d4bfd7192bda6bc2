namespace BudgetDisclosure.Templates;

/// <summary>
/// Applies an overlay to the template it extends. An overlay says only what differs: tables by key (the fields it
/// gives replace the base's), entries of the ordered lists by id (placed before or after an entry, replacing one, or
/// removing one; an entry whose id the base has replaces it in place; any other is added at the end), rules by id.
/// Detection evidence belongs to the overlay alone: a region's signs are not its children's.
/// </summary>
internal static class Overlay
{
    public static TemplateDefinition? Apply(string file, TemplateDefinition parent, TemplateDefinition overlay, List<string> problems)
    {
        var before = problems.Count;
        var merged = new TemplateDefinition
        {
            Id = overlay.Id,
            Name = overlay.Name,
            Citation = overlay.Citation ?? parent.Citation,
            Kind = overlay.Kind,
            Scope = overlay.Scope ?? parent.Scope,
            Region = overlay.Region ?? parent.Region,
            Extends = overlay.Extends,
            Description = overlay.Description,
            Tables = Tables(parent.Tables, overlay.Tables),
            TableTitles = Entries(file, "tableTitles", parent.TableTitles, overlay.TableTitles, problems),
            ColumnHeaders = Entries(file, "columnHeaders", parent.ColumnHeaders, overlay.ColumnHeaders, problems),
            ColumnRoles = Entries(file, "columnRoles", parent.ColumnRoles, overlay.ColumnRoles, problems),
            Subjects = Entries(file, "subjects", parent.Subjects, overlay.Subjects, problems),
            Sections = Entries(file, "sections", parent.Sections, overlay.Sections, problems),
            Detection = overlay.Detection,
            Rules = Rules(parent.Rules, overlay.Rules),
        };
        return problems.Count == before ? merged : null;
    }

    private static List<TableDefinition> Tables(IReadOnlyList<TableDefinition> parent, IReadOnlyList<TableDefinition> overlay)
    {
        var result = parent.ToList();
        foreach (var table in overlay)
        {
            var at = result.FindIndex(t => t.Key == table.Key);
            if (at < 0) { result.Add(table); continue; }
            var b = result[at];
            result[at] = b with
            {
                Name = table.Name ?? b.Name,
                Required = table.Required ?? b.Required,
                Codes = table.Codes ?? b.Codes,
                Sides = table.Sides ?? b.Sides,
                ColumnGroups = table.ColumnGroups ?? b.ColumnGroups,
                Topic = table.Topic ?? b.Topic,
                Note = table.Note ?? b.Note,
            };
        }
        return result;
    }

    private static List<MatchRule> Entries(string file, string list, IReadOnlyList<MatchRule> parent, IReadOnlyList<MatchRule> overlay, List<string> problems)
    {
        var result = parent.ToList();
        foreach (var entry in overlay)
        {
            int Find(string id, string how)
            {
                var at = result.FindIndex(e => e.Id == id);
                if (at < 0) problems.Add($"{file}：{list} 的“{entry.Id}”要{how}的条目“{id}”在所继承的模板中不存在");
                return at;
            }
            var placed = entry with { Before = null, After = null, Replace = null, Remove = false };
            if (entry.Remove)
            {
                var at = Find(entry.Id, "删除");
                if (at >= 0) result.RemoveAt(at);
            }
            else if (entry.Replace is { } replaced)
            {
                var at = Find(replaced, "替换");
                if (at >= 0) result[at] = placed;
            }
            else if (entry.Before is { } beforeId)
            {
                var at = Find(beforeId, "插在其前");
                if (at >= 0) result.Insert(at, placed);
            }
            else if (entry.After is { } afterId)
            {
                var at = Find(afterId, "插在其后");
                if (at >= 0) result.Insert(at + 1, placed);
            }
            else if (result.FindIndex(e => e.Id == entry.Id) is var same and >= 0)
            {
                result[same] = placed;
            }
            else
            {
                result.Add(placed);
            }
        }
        return result;
    }

    private static Dictionary<string, RuleSetting> Rules(IReadOnlyDictionary<string, RuleSetting> parent, IReadOnlyDictionary<string, RuleSetting> overlay)
    {
        var result = new Dictionary<string, RuleSetting>(parent, StringComparer.Ordinal);
        foreach (var (id, setting) in overlay) result[id] = setting;
        return result;
    }
}
