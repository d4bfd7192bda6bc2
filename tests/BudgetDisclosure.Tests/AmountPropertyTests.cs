using BudgetDisclosure.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetDisclosure.Tests;

public class AmountPropertyTests
{
    /// <summary>Printing an amount with separators and reading it back gives the same value and precision.</summary>
    [Property(MaxTest = 500)]
    public Property Printed_amounts_read_back(long units, byte decimalsSeed)
    {
        var decimals = decimalsSeed % 7;
        var value = units / (decimal)Math.Pow(10, decimals);
        var printed = value.ToString("N" + decimals, System.Globalization.CultureInfo.InvariantCulture);
        var amount = Amount.Parse(printed);
        return (amount.IsNumber && amount.Value == value && amount.Decimals == decimals).Label(printed);
    }

    /// <summary>
    /// Any text parses (no exception) to a consistent amount: only a number has a value or decimals; nothing printed is
    /// blank and anything printed is not; a number's normal text reads back to the same amount; a state other than a
    /// number is never taken for a number.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Any_text_parses_to_a_consistent_amount(string? text)
    {
        var amount = Amount.Parse(text);
        var blank = string.IsNullOrWhiteSpace(text);
        var consistent = amount.State switch
        {
            AmountState.Number => Amount.Parse(amount.Text) == amount && amount.Decimals >= 0,
            _ => amount.Value == 0m && amount.Decimals == 0 && amount.HalfUnit == 0m && !Amount.LooksLikeNumber(text ?? ""),
        };
        return (consistent && (amount.State == AmountState.Blank) == blank && amount.IsPrinted == !blank).Label($"{text} → {amount.State} {amount.Text}");
    }

    /// <summary>Numbers embedded in arbitrary text are not numbers; the same number printed bare is.</summary>
    [Property(MaxTest = 300)]
    public Property Words_around_a_number_make_it_unreadable(PositiveInt units, NonEmptyString word)
    {
        var printed = units.Get.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var letters = new string([.. word.Get.Where(char.IsLetter)]);
        if (letters.Length == 0 || letters.EndsWith('元')) return true.ToProperty();
        return (Amount.Parse(printed).IsNumber && Amount.Parse(letters + printed).State == AmountState.Unreadable).Label(letters + printed);
    }
}
