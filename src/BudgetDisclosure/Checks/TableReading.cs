using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks;

/// <summary>How far a table's reading can be trusted, by its own identities.</summary>
public enum ReadingStatus
{
    /// <summary>Nothing in the table to check it against: no total, no hierarchy, no row sums.</summary>
    Unverifiable,

    /// <summary>Its identities hold, perhaps with a few failures that a few cells explain (the document's mistakes).</summary>
    Verified,

    /// <summary>
    /// Its failures have the signature of a misreading rather than of a mistake: many identities off and no few cells
    /// that explain them. The checks on it report it as not checked, and one reading diagnostic (BD0090) says why.
    /// </summary>
    Doubtful,
}

/// <summary>
/// One bound table's verdict: the identities inside it that were evaluated, how many failed beyond rounding, and the
/// fewest cells that would explain every failure (one wrong cell breaks its column sum and its row sum at once).
/// </summary>
public sealed record TableReading(TableKey Table, string? Number, string Title, SourceLocation Source, ReadingStatus Status,
    int Identities, int Failures, int ExplainingCells);
