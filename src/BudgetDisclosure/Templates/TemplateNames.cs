using System.Collections.Frozen;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Templates;

/// <summary>Section topics as templates write them: snake_case of the topic (<c>three_public_expenses</c>), or <c>parent</c>.</summary>
public static class SectionTopics
{
    public const string Parent = "parent";

    private static readonly FrozenDictionary<string, SectionTopic> ByName =
        Enum.GetValues<SectionTopic>().ToFrozenDictionary(ToName, StringComparer.Ordinal);

    public static string ToName(this SectionTopic topic)
    {
        var name = topic.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    public static SectionTopic? Parse(string name) => name is not null && ByName.TryGetValue(name, out var topic) ? topic : null;

    public static IEnumerable<string> All => ByName.Keys.Order(StringComparer.Ordinal);
}

/// <summary>What a column rule may name: a column key of <see cref="ColumnKeys"/>, an economic class column, or a group token.</summary>
internal static class ColumnNames
{
    /// <summary>Tokens of a group header (财政拨款, 非财政拨款) that <c>ColumnKeyer</c> resolves with the leaf under it.</summary>
    public static readonly FrozenSet<string> GroupTokens = FrozenSet.Create(StringComparer.Ordinal, "fiscal", "nonfiscal");

    private static readonly FrozenSet<string> Keys = typeof(ColumnKeys)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string name) =>
        Keys.Contains(name) || GroupTokens.Contains(name)
        || name.StartsWith("econ_", StringComparison.Ordinal) && name.Length == 8 && name[5..].All(char.IsAsciiDigit);
}
