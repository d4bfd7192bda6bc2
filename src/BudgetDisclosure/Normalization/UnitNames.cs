namespace BudgetDisclosure.Normalization;

/// <summary>
/// The key a unit's name is matched by, across files and years: width folded, spaces removed, and 本级 (the unit
/// itself, as against the department with its subordinates) and a bracketed （汇总） or （部门） dropped, since a 单位预算 of "X本级" and a file naming "X"
/// are the same unit's. Brackets fold to ASCII with the width.
/// </summary>
public static class UnitNames
{
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = TextNormalizer.FoldWidth(name);
        var kept = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
            if (!char.IsWhiteSpace(c)) kept.Append(c);
        // The scope printed after a name — （本级）, （汇总）, （部门） — says which accounts, not which unit.
        return kept.Replace("(本级)", "").Replace("(汇总)", "").Replace("(部门)", "").Replace("(单位)", "").Replace("本级", "").ToString();
    }
}
