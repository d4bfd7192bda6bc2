using System.Globalization;

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
}

/// <summary>
/// What a rule is, in the manner of Roslyn's DiagnosticDescriptor: a stable ID, a short imperative title and a
/// message format in Chinese (English beside), a category and a default severity, and a help page.
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
    public string HelpLink => $"docs/rules/{Id}.md";

    public string Format(params object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    public string FormatEnglish(params object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormatEnglish, args);

    public override string ToString() => $"{Id}: {Title}";
}
