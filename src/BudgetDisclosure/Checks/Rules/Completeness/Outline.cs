using System.Text.RegularExpressions;
using BudgetDisclosure.Binding;
using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>The four parts of the Xinjiang template (other regions rename and reorder them).</summary>
internal enum DisclosurePart
{
    None,
    /// <summary>概况</summary>
    Profile,
    /// <summary>公开表</summary>
    Tables,
    /// <summary>情况说明</summary>
    Narrative,
    /// <summary>名词解释</summary>
    Glossary,
}

/// <summary>A line of 目录: which part it falls in, and whether it names a table.</summary>
internal sealed record ContentsEntry(int Index, string Text, DisclosurePart Part, bool IsPartHeading, bool IsTable, Template Template)
{
    /// <summary>The entry as a title is compared (<see cref="Outline.TitleKey"/>); worked out once, it is compared with every table.</summary>
    public string TitleKey { get; } = Outline.TitleKey(Text);

    /// <summary>The standard table the entry names, recognised by title as the binder does for the body.</summary>
    public TableKey Kind { get; } = IsTable ? Template.TableOf(Outline.TitleKey(Text)) : TableKey.Other;
}

/// <summary>What the completeness rules share: reading 目录 into parts, and comparing titles.</summary>
internal static partial class Outline
{
    /// <summary>
    /// Completeness is judged against 目录 and the narrative. A file of tables only is half of a two-file disclosure
    /// (附件1 情况说明, 附件2 报表): what it lacks is in the other file.
    /// </summary>
    public static bool Applies(CheckContext context, RuleDescriptor rule)
    {
        var d = context.Disclosure;
        if (d.Contents.Count > 0 || d.Sections.Count > 0) return true;
        context.NotApplicable(rule, "文件只有表格，没有目录和情况说明（可能是分两个文件公开的报表部分），完整性在另一文件中检查。");
        return false;
    }

    /// <summary>
    /// The narrative half of a two-file disclosure: no table in the file, and its text names the tables' file as an
    /// attachment ("附件：江苏省政协办公厅 2019 年度部门预算公开表"). The tables its 目录 lists are in that file.
    /// </summary>
    public static bool TablesPublishedApart(CheckContext context)
    {
        if (context.Disclosure.Tables.Count > 0) return false;
        foreach (var (text, _) in context.Index.AllTexts)
            if (AttachedTables().IsMatch(context.Index.Compact(text))) return true;
        return false;
    }

    [GeneratedRegex(@"附件\d?[：:、]?[^。；]{0,60}(?:公开表|报表|预算表)")]
    private static partial Regex AttachedTables();

    /// <summary>The entries of 目录, read once per check run.</summary>
    public static IReadOnlyList<ContentsEntry> Contents(CheckContext context) => context.Index.Contents;

    public static List<ContentsEntry> Contents(Disclosure disclosure, Template template)
    {
        var entries = new List<ContentsEntry>();
        var part = DisclosurePart.None;
        for (var i = 0; i < disclosure.Contents.Count; i++)
        {
            var text = disclosure.Contents[i];
            var key = TextNormalizer.Key(text);
            if (PartHeading().IsMatch(key))
            {
                part = PartOf(key);
                entries.Add(new ContentsEntry(i, text, part, true, false, template));
                continue;
            }
            var isTable = key.EndsWith('表') || part == DisclosurePart.Tables && key.Contains('表', StringComparison.Ordinal);
            entries.Add(new ContentsEntry(i, text, isTable ? DisclosurePart.Tables : part, false, isTable, template));
        }
        return entries;
    }

    public static DisclosurePart PartOf(string heading)
    {
        var key = TextNormalizer.Key(heading);
        if (key.Contains("名词解释", StringComparison.Ordinal)) return DisclosurePart.Glossary;
        if (key.Contains("概况", StringComparison.Ordinal)) return DisclosurePart.Profile;
        if (key.Contains("公开表", StringComparison.Ordinal) || key.Contains("报表", StringComparison.Ordinal) || key.EndsWith('表')) return DisclosurePart.Tables;
        if (key.Contains("说明", StringComparison.Ordinal)) return DisclosurePart.Narrative;
        return DisclosurePart.None;
    }

    /// <summary>
    /// A table title to compare by: without numbering (八、 表8 预算08表), spaces, quotes, brackets, the 部门/单位 prefix
    /// and 明细 ("十一、 上年结转结余情况明细表" and "上年结转结余情况表" are the same table).
    /// </summary>
    public static string TitleKey(string title)
    {
        var key = TextNormalizer.Key(title);
        key = Numbering().Replace(key, "");
        key = key.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal).Replace("明细", "", StringComparison.Ordinal);
        if (key.StartsWith("部门", StringComparison.Ordinal) || key.StartsWith("单位", StringComparison.Ordinal)) key = key[2..];
        return key;
    }

    /// <summary>
    /// A section heading to compare by: also without 关于, the unit's name, the year and 的, which documents print
    /// differently in 目录 and body ("收支预算情况的总体说明" / "收支预算情况总体说明").
    /// </summary>
    public static string HeadingKey(string heading, Disclosure disclosure)
    {
        var key = TextNormalizer.Key(heading);
        key = Numbering().Replace(key, "");
        if (disclosure.UnitName is { Length: > 0 } unit) key = key.Replace(TextNormalizer.Key(unit), "", StringComparison.Ordinal);
        key = Year().Replace(key, "");
        foreach (var word in new[] { "关于", "的", "(", ")", "本部门", "本单位", "部门", "单位" })
            key = key.Replace(word, "", StringComparison.Ordinal);
        return key;
    }

    /// <summary>Whether a body table is the one a 目录 line names: the same standard kind, or the same title.</summary>
    public static bool Names(CheckContext context, ContentsEntry entry, BudgetTable table) =>
        entry.Kind != TableKey.Other && entry.Kind == table.Kind || entry.TitleKey == context.Index.TitleKey(table.Title);

    /// <summary>
    /// Where to point at something that is missing from the body: the body item the following 目录 line stands for
    /// (so the message reads "before 表10"), or failing that the preceding one.
    /// </summary>
    /// <summary>
    /// <paramref name="bodyOf"/> computed at most once per entry: <see cref="NearestBodySource"/> is asked once per
    /// missing entry and walks all the others, which for a contents list repeated thousands of times (a damaged file)
    /// made a rule quadratic in the slow part, matching names.
    /// </summary>
    public static Func<ContentsEntry, SourceLocation?> Once(Func<ContentsEntry, SourceLocation?> bodyOf)
    {
        var known = new Dictionary<ContentsEntry, SourceLocation?>(ReferenceEqualityComparer.Instance);
        return e =>
        {
            if (!known.TryGetValue(e, out var source)) known[e] = source = bodyOf(e);
            return source;
        };
    }

    public static SourceLocation NearestBodySource(Disclosure disclosure, IReadOnlyList<ContentsEntry> entries, ContentsEntry missing, Func<ContentsEntry, SourceLocation?> bodyOf)
    {
        foreach (var e in entries.Where(e => e.Index > missing.Index && !e.IsPartHeading))
            if (bodyOf(e) is { } after) return after;
        foreach (var e in entries.Where(e => e.Index < missing.Index && !e.IsPartHeading).Reverse())
            if (bodyOf(e) is { } before) return before;
        return new SourceLocation(disclosure.Sources.Count > 0 ? disclosure.Sources[0] : "", 0);
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十\d]+部分")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|\d+[、.]|表\d+|预算\d+表|附表\d+[、.:]?)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\d{4}年(?:度)?")]
    private static partial Regex Year();
}
