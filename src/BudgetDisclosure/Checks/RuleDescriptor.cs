namespace BudgetDisclosure.Checks;

/// <summary>The families of rules; each owns a range of IDs.</summary>
public enum RuleCategory
{
    /// <summary>BD1xxx: sums inside one table (hierarchy, row totals).</summary>
    Arithmetic,
    /// <summary>BD2xxx: identities between tables.</summary>
    CrossTable,
    /// <summary>BD3xxx: what the narrative restates against the tables.</summary>
    Narrative,
    /// <summary>BD4xxx: tables and sections present.</summary>
    Completeness,
    /// <summary>BD5xxx: classification codes and names.</summary>
    Classification,
    /// <summary>BD6xxx: figures that cannot be right (staffing, procurement, assets, performance).</summary>
    Plausibility,
    /// <summary>BD7xxx: placeholders, punctuation, names.</summary>
    Wording,
    /// <summary>BD8xxx: against last year's disclosure.</summary>
    CrossDocument,
    /// <summary>BD00xx: the reading itself (a table whose identities fail as a misreading does), not the document.</summary>
    Reading,
}

/// <summary>
/// What a rule is, in the manner of Roslyn's DiagnosticDescriptor: a stable ID, a short imperative title and a
/// message format in Chinese (English beside), a category and a default severity, and a help page. A rule that truly
/// says two different things has its other messages in <see cref="OtherMessages"/>; a finding names the one it uses.
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    RuleCategory Category,
    Severity DefaultSeverity,
    string TitleEnglish,
    string MessageFormatEnglish)
{
    /// <summary>The rule's messages besides its default one, each with its own ID (SARIF's <c>messageStrings</c>).</summary>
    public IReadOnlyList<RuleMessage> OtherMessages { get; init; } = [];

    /// <summary>The message of <see cref="MessageFormat"/> and <see cref="MessageFormatEnglish"/>.</summary>
    public RuleMessage DefaultMessage => new(RuleMessage.DefaultId, MessageFormat, MessageFormatEnglish);

    /// <summary>The default message first, then <see cref="OtherMessages"/>.</summary>
    public IEnumerable<RuleMessage> Messages => [DefaultMessage, .. OtherMessages];

    /// <summary>The message of that ID.</summary>
    /// <exception cref="KeyNotFoundException">The rule has no such message.</exception>
    public RuleMessage Message(string id) =>
        Messages.FirstOrDefault(m => m.Id == id) ?? throw new KeyNotFoundException($"规则 {Id} 没有 ID 为“{id}”的消息。");

    public string GetTitle(MessageLanguage language) => language == MessageLanguage.English ? TitleEnglish : Title;

    /// <summary>The rule's page relative to the repository, as compiler-style text output cites it.</summary>
    public string HelpLink => $"docs/rules/{Id}.md";

    /// <summary>The rule's page as an absolute URI (SARIF requires one), under <see cref="ProjectLinks.Repository"/>.</summary>
    public Uri HelpUri => ProjectLinks.Page(HelpLink);

    public override string ToString() => $"{Id}: {Title}";
}

/// <summary>
/// One message of a rule: composite formats in Chinese and English over the same arguments. Placeholders are plain
/// <c>{n}</c> (no alignment or format strings), so that the formats are also valid SARIF message strings.
/// </summary>
public sealed record RuleMessage(string Id, string Chinese, string English)
{
    /// <summary>The ID of a rule's <see cref="RuleDescriptor.MessageFormat"/>.</summary>
    public const string DefaultId = "default";

    public string GetFormat(MessageLanguage language) => language == MessageLanguage.English ? English : Chinese;

    public string Format(IReadOnlyList<object?> arguments, MessageLanguage language) => LocalizedText.Format(GetFormat(language), arguments, language);
}

/// <summary>
/// Where the project is published: the one absolute base of the rules' help pages and of SARIF's
/// <c>informationUri</c> (docs/rules.md, "Help links").
/// </summary>
public static class ProjectLinks
{
    public const string Repository = "https://github.com/budget-disclosure/BudgetDisclosure";

    /// <summary>A file of the repository's main branch, from its path in the repository (<c>docs/rules/BD1001.md</c>).</summary>
    public static Uri Page(string path) => new($"{Repository}/blob/main/{path}", UriKind.Absolute);
}
