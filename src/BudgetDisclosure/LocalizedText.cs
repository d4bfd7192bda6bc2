using System.Globalization;

namespace BudgetDisclosure;

/// <summary>The language a finding's message is written in. Chinese, the language of the documents, by default.</summary>
public enum MessageLanguage
{
    Chinese = 0,
    English,
}

public static class MessageLanguages
{
    /// <summary>The BCP 47 tag outputs declare (SARIF's <c>run.language</c>).</summary>
    public static string ToTag(this MessageLanguage language) => language == MessageLanguage.English ? "en-US" : "zh-CN";

    /// <summary>The language of <c>--lang zh|en</c>; null for anything else.</summary>
    public static MessageLanguage? Parse(string? text) => text?.ToUpperInvariant() switch
    {
        "ZH" or "ZH-CN" => MessageLanguage.Chinese,
        "EN" or "EN-US" => MessageLanguage.English,
        _ => null,
    };
}

/// <summary>
/// Words made by code, not read from the document ("下级科目", "（在舍入误差范围内）", "表3"), in both languages, so that a
/// message formatted in English carries no Chinese the code wrote. <see cref="Chinese"/> and <see cref="English"/> are
/// composite formats over <see cref="Arguments"/>, which may be <see cref="LocalizedText"/> again; text read from the
/// document is passed as an argument (or as <see cref="Verbatim"/>) and is the same in both languages.
/// </summary>
public sealed record LocalizedText
{
    public LocalizedText(string chinese, string english, params IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(chinese);
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(arguments);
        Chinese = chinese;
        English = english;
        Arguments = arguments;
    }

    public string Chinese { get; }

    public string English { get; }

    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Nothing, in either language: the argument of an optional part of a message that does not apply.</summary>
    public static LocalizedText Empty { get; } = new("", "");

    /// <summary>Text from the document (a label, a title), the same in both languages and never read as a format.</summary>
    public static LocalizedText Verbatim(string text) => new("{0}", "{0}", text);

    /// <summary>Items listed as a reader of each language expects: "A、B、C", "A, B, C".</summary>
    public static LocalizedText List(IEnumerable<object?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        object?[] all = [.. items];
        var slots = Enumerable.Range(0, all.Length).Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}").ToList();
        return new LocalizedText(string.Join("、", slots), string.Join(", ", slots), all);
    }

    public string ToString(MessageLanguage language) => Format(language == MessageLanguage.English ? English : Chinese, Arguments, language);

    public override string ToString() => ToString(MessageLanguage.Chinese);

    /// <summary>
    /// <paramref name="format"/> with its arguments, each <see cref="LocalizedText"/> in <paramref name="language"/> and
    /// everything else in the invariant culture.
    /// </summary>
    public static string Format(string format, IReadOnlyList<object?> arguments, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(arguments);
        var localized = new object?[arguments.Count];
        for (var i = 0; i < localized.Length; i++)
            localized[i] = arguments[i] is LocalizedText text ? text.ToString(language) : arguments[i];
        return string.Format(CultureInfo.InvariantCulture, format, localized);
    }

    /// <summary>One argument as the text it stands for in a message of <paramref name="language"/> (JSON and SARIF write these).</summary>
    public static string ArgumentText(object? argument, MessageLanguage language) => argument switch
    {
        null => "",
        LocalizedText text => text.ToString(language),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? "",
    };

    // Two texts are equal when they read the same in both languages: the same formats over equal arguments.
    public bool Equals(LocalizedText? other) =>
        other is not null && Chinese == other.Chinese && English == other.English && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Chinese, StringComparer.Ordinal);
        hash.Add(English, StringComparer.Ordinal);
        foreach (var argument in Arguments) hash.Add(argument);
        return hash.ToHashCode();
    }
}
