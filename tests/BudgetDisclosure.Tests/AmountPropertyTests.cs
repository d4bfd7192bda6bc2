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

    [Property(MaxTest = 300)]
    public bool Parse_never_throws(string? text) => Amount.Parse(text).State is AmountState.Blank or AmountState.Number or AmountState.Dash or AmountState.Unreadable;
}
