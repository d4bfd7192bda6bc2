namespace BudgetDisclosure.Model;

/// <summary>A percentage as printed in the narrative (<c>91.27%</c>): its value in percent points and its printed decimals.</summary>
public readonly record struct Percentage(decimal Value, int Decimals, string Text)
{
    /// <summary>Reads <c>91.27</c>, <c>91.27%</c> or <c>９１.２７％</c>; null when the text is not a percentage.</summary>
    public static Percentage? Parse(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var s = Amount.Clean(printed).TrimEnd('%', '％').Trim();
        var amount = Amount.Parse(s);
        return amount.IsNumber ? new Percentage(amount.Value, amount.Decimals, amount.Text + "%") : null;
    }

    public override string ToString() => Text;
}
