namespace BudgetDisclosure.Checks;

/// <summary>What became of a check on one document. A check that found no data never counts as passed.</summary>
public enum CheckOutcome
{
    Passed,
    Failed,
    /// <summary>The document has nothing the rule applies to (an empty table declared empty), with the reason.</summary>
    NotApplicable,
    /// <summary>The rule could not run (the table it needs could not be read), with the reason.</summary>
    NotChecked,
}

public sealed record CheckStatus(RuleDescriptor Rule, CheckOutcome Outcome, int Evaluated, int Failures, string? Reason);
