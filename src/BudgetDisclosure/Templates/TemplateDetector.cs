using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Templates;

/// <summary>Which templates a document may be read under, and whether one is forced.</summary>
public sealed record TemplateOptions
{
    /// <summary>The templates to choose from; the embedded ones by default.</summary>
    public TemplateCatalog Catalog { get; init; } = TemplateCatalog.Embedded;

    /// <summary>Read every document under this template instead of detecting one (<c>--template ID</c>).</summary>
    public string? Forced { get; init; }

    public static TemplateOptions Default { get; } = new();
}

/// <summary>
/// Scores a read document against every template's signs once, before binding: each sign found (in the outline — 目录
/// entries and 第X部分 headings —, in table titles, or in any line) adds its weight. The template with the highest score
/// wins; ties go to the more specific template (the longer lineage), then to the catalog's order. A document that shows
/// no template's signs is read under the national template, and says so — never refused.
/// </summary>
public static class TemplateDetector
{
    public static (Template Template, TemplateMatch Match) Choose(SourceDocument document, TemplateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= TemplateOptions.Default;
        var catalog = options.Catalog;
        if (options.Forced is { } forced)
        {
            var template = catalog.Get(forced);
            return (template, new TemplateMatch(template.Id, template.Name, TemplateChoice.Forced, 0, []));
        }
        var places = Places(document);
        Template? best = null;
        var bestScore = 0;
        List<string> bestEvidence = [];
        foreach (var template in catalog.All)
        {
            var score = 0;
            var evidence = new List<string>();
            foreach (var sign in template.Definition.Detection)
            {
                if (!places[sign.In].Value.Any(sign.Match.Matches)) continue;
                score += sign.Weight ?? 1;
                evidence.Add(sign.Says);
            }
            if (score == 0) continue;
            if (best is null || score > bestScore || score == bestScore && template.Lineage.Count > best.Lineage.Count)
                (best, bestScore, bestEvidence) = (template, score, evidence);
        }
        if (best is not null) return (best, new TemplateMatch(best.Id, best.Name, TemplateChoice.Detected, bestScore, bestEvidence));
        var national = catalog.Find(TemplateCatalog.NationalBudgetId) ?? catalog.All[0];
        return (national, new TemplateMatch(national.Id, national.Name, TemplateChoice.Default, 0, []));
    }

    /// <summary>
    /// Where a document names who issued it: the cover — the lines before the first table or 目录 entry, at most
    /// <see cref="CoverLines"/> of them — and each table's 编制单位 / 部门 caption. A unit's name carries its region
    /// (某市审计局, 中共某市委…办公室); the body may name other regions (对口支援, 调研), the cover does not.
    /// </summary>
    private static IEnumerable<string> Issuer(SourceDocument document)
    {
        var cover = 0;
        foreach (var block in document.Blocks)
        {
            if (block is TableBlock) break;
            var text = block switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => null };
            if (text is null) continue;
            text = TextNormalizer.Squeeze(text);
            // A cover set on the 目录's page may come joined to it: "2026 年度某市商务局部门预算目录".
            var contents = text.IndexOf("目录", StringComparison.Ordinal);
            if (contents == 0 || ++cover > CoverLines) break;
            if (contents > 0) { yield return text[..contents]; break; }
            yield return text;
        }
        foreach (var table in document.Tables)
            if (table.Preparer is { } preparer) yield return TextNormalizer.Squeeze(preparer);
    }

    private const int CoverLines = 8;

    /// <summary>
    /// The texts each kind of sign is looked for in, squeezed as titles and headings are keyed; each place is worked
    /// out only when some template has a sign there, so reading pays nothing for places no template looks at.
    /// </summary>
    private static Dictionary<string, Lazy<List<string>>> Places(SourceDocument document)
    {
        var lines = new Lazy<List<string>>(() =>
            [.. document.Blocks.Select(b => b switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => null }).OfType<string>()]);
        return new Dictionary<string, Lazy<List<string>>>(StringComparer.Ordinal)
        {
            ["outline"] = new(() => [.. lines.Value.Where(l => NarrativeText.NumberingLevel(l.Trim()) == 1).Select(TextNormalizer.Squeeze)]),
            ["titles"] = new(() => [.. document.Tables.Select(t => TextNormalizer.Squeeze(t.Title ?? "")).Where(t => t.Length > 0)]),
            ["text"] = new(() => [.. lines.Value.Select(TextNormalizer.Squeeze)]),
            ["issuer"] = new(() => [.. Issuer(document).Where(t => t.Length > 0)]),
        };
    }
}
