namespace BudgetDisclosure.Checks.Rules;

/// <summary>Every rule, in ID order. A rule is added here and documented in docs/rules/.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new HierarchySumRule(),
        new TotalRowSumRule(),
        new RowComponentsRule(),
        new ThreePublicItemsRule(),
        new SummaryBalanceRule(),
        new SummaryIncomeLinesRule(),
        new SummaryExpenditureRule(),
        new IncomeExpenditureRowsRule(),
        new SummaryIncomeRule(),
        new FiscalSummaryRule(),
        new GeneralPublicIncomeRule(),
        new BasicProjectTablesRule(),
        new ThreePublicBasicRule(),
        new CarryoverRule(),
        new GeneralPublicWithinExpenditureRule(),
    ];

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = [.. All.Select(r => r.Descriptor)];
}
