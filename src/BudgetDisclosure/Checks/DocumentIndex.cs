using BudgetDisclosure.Normalization;
using BudgetDisclosure.Checks.Rules;
using BudgetDisclosure.Checks.Rules.Plausibility;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Checks;

/// <summary>
/// What several rules read from the same document — its sentences with their locations, and their folded forms —
/// worked out once per check run instead of once per rule. Belongs to one <see cref="CheckContext"/>, so a check of
/// another document (or of the same one again) starts from nothing.
/// </summary>
internal sealed class DocumentIndex(Disclosure disclosure, Template template)
{
    private List<SectionSentence>? sentences;
    private List<(string Text, FindingLocation At)>? texts;
    private List<(string Text, FindingLocation At)>? allTexts;
    private readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> headingKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> titleKeys = new(StringComparer.Ordinal);
    private List<ContentsEntry>? contents;
    private Func<string, string>? headingKey;

    /// <summary>Every narrative sentence with its section, in order.</summary>
    public IReadOnlyList<SectionSentence> Sentences => sentences ??= [.. NarrativeTexts.Sentences(disclosure)];

    /// <summary>Every running text: narrative sentences, then the goals of the 绩效目标表 (<see cref="NarrativeTexts.Texts"/>).</summary>
    public IReadOnlyList<(string Text, FindingLocation At)> Texts => texts ??= BuildTexts();

    /// <summary>Section headings, then <see cref="Texts"/>: what the wording rules proofread.</summary>
    public IReadOnlyList<(string Text, FindingLocation At)> AllTexts =>
        allTexts ??= [.. disclosure.Sections.Select(s => (s.Heading, NarrativeTexts.AtHeading(s))), .. Texts];

    /// <summary><see cref="TextNormalizer.Compact"/> of <paramref name="text"/>, worked out once however many rules ask.</summary>
    public string Compact(string text) => Memo(folded, text, TextNormalizer.Compact);

    /// <summary>The entries of 目录 (<see cref="Outline.Contents(Disclosure, Template)"/>).</summary>
    public IReadOnlyList<ContentsEntry> Contents => contents ??= Outline.Contents(disclosure, template);

    /// <summary><see cref="Outline.HeadingKey"/> of a heading or 目录 line of this document.</summary>
    public string HeadingKey(string heading) => Memo(headingKeys, heading, headingKey ??= h => Outline.HeadingKey(h, disclosure));

    /// <summary><see cref="Outline.TitleKey"/> of a table title.</summary>
    public string TitleKey(string title) => Memo(titleKeys, title, Outline.TitleKey);

    private static string Memo(Dictionary<string, string> memo, string text, Func<string, string> compute)
    {
        if (!memo.TryGetValue(text, out var result))
        {
            result = compute(text);
            memo[text] = result;
        }
        return result;
    }

    private List<(string Text, FindingLocation At)> BuildTexts()
    {
        var list = new List<(string, FindingLocation)>(Sentences.Count);
        foreach (var s in Sentences) list.Add((s.Sentence.Text, NarrativeTexts.At(s)));
        foreach (var target in disclosure.PerformanceTargets)
            if (!string.IsNullOrWhiteSpace(target.Goal))
                list.Add((target.Goal, PerformanceText.At(target) with { Sentence = target.Goal }));
        return list;
    }
}
