namespace BudgetDisclosure.Templates;

/// <summary>
/// A test on a piece of text (a table title, a column header, a section heading) as a template states it. Every
/// condition given must hold; one not given does not count. Texts are matched as the caller keys them (squeezed,
/// brackets folded), never by regular expressions, so a template stays readable by the people who know the documents.
/// </summary>
public sealed record TextMatch
{
    /// <summary>The text is exactly one of these.</summary>
    public IReadOnlyList<string> Is { get => field ?? []; init; }

    /// <summary>The text contains every one of these.</summary>
    public IReadOnlyList<string> All { get => field ?? []; init; }

    /// <summary>The text contains at least one of these.</summary>
    public IReadOnlyList<string> Any { get => field ?? []; init; }

    /// <summary>The text contains none of these.</summary>
    public IReadOnlyList<string> None { get => field ?? []; init; }

    /// <summary>The text starts with one of these.</summary>
    public IReadOnlyList<string> StartsWith { get => field ?? []; init; }

    /// <summary>The text ends with one of these.</summary>
    public IReadOnlyList<string> EndsWith { get => field ?? []; init; }

    /// <summary>The text is at most this long (in UTF-16 units, as printed after squeezing).</summary>
    public int? MaxLength { get; init; }

    /// <summary>No condition at all: a template error, since it would match everything.</summary>
    public bool IsEmpty => Is.Count == 0 && All.Count == 0 && Any.Count == 0 && None.Count == 0 && StartsWith.Count == 0 && EndsWith.Count == 0 && MaxLength is null;

    public bool Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Is.Count > 0 && !Is.Contains(text, StringComparer.Ordinal)) return false;
        foreach (var part in All) if (!text.Contains(part, StringComparison.Ordinal)) return false;
        if (Any.Count > 0 && !Any.Any(p => text.Contains(p, StringComparison.Ordinal))) return false;
        foreach (var part in None) if (text.Contains(part, StringComparison.Ordinal)) return false;
        if (StartsWith.Count > 0 && !StartsWith.Any(p => text.StartsWith(p, StringComparison.Ordinal))) return false;
        if (EndsWith.Count > 0 && !EndsWith.Any(p => text.EndsWith(p, StringComparison.Ordinal))) return false;
        return MaxLength is not { } max || text.Length <= max;
    }

    public override string ToString()
    {
        var parts = new List<string>();
        if (Is.Count > 0) parts.Add("是 " + string.Join("|", Is));
        if (All.Count > 0) parts.Add("含 " + string.Join("+", All));
        if (Any.Count > 0) parts.Add("含 " + string.Join("|", Any));
        if (None.Count > 0) parts.Add("不含 " + string.Join("|", None));
        if (StartsWith.Count > 0) parts.Add("以 " + string.Join("|", StartsWith) + " 开头");
        if (EndsWith.Count > 0) parts.Add("以 " + string.Join("|", EndsWith) + " 结尾");
        if (MaxLength is { } max) parts.Add("不超过 " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 字");
        return string.Join("，", parts);
    }
}
