using System.Text.Json;

namespace BudgetDisclosure.Storage;

/// <summary>Enum values as the store writes them: the snake_case names of docs/schema.md (final_accounts, not_checked).</summary>
internal static class Names
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string? text) where TEnum : struct, Enum
    {
        if (text is null) return default;
        foreach (var value in Enum.GetValues<TEnum>())
            if (Of(value) == text) return value;
        return default;
    }
}
