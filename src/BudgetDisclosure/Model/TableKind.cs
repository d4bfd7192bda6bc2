namespace BudgetDisclosure.Model;

/// <summary>The standard tables, recognised by title and headers, never by number.</summary>
public enum TableKind
{
    /// <summary>A table the binder did not recognise; kept, never dropped.</summary>
    Other = 0,
    /// <summary>收支总体情况表 / 收支总表</summary>
    IncomeExpenditureSummary,
    /// <summary>收入总体情况表 / 收入总表</summary>
    Income,
    /// <summary>支出总体情况表 / 支出总表</summary>
    Expenditure,
    /// <summary>财政拨款收支预算总体情况表 / 财政拨款收支总表</summary>
    FiscalAppropriationSummary,
    /// <summary>一般公共预算支出情况表 (by function)</summary>
    GeneralPublicExpenditure,
    /// <summary>一般公共预算基本支出情况表 (by economic classification)</summary>
    GeneralPublicBasicExpenditure,
    /// <summary>一般公共预算项目支出情况表</summary>
    GeneralPublicProjectExpenditure,
    /// <summary>政府性基金预算支出情况表</summary>
    GovernmentFundExpenditure,
    /// <summary>国有资本经营预算支出情况表</summary>
    StateCapitalExpenditure,
    /// <summary>财政拨款"三公"经费支出情况表</summary>
    ThreePublicExpenses,
    /// <summary>财政拨款委托业务费支出情况表</summary>
    EntrustedBusinessFees,
    /// <summary>上年结转结余情况（明细）表</summary>
    PriorYearCarryover,
}

public static class TableKinds
{
    /// <summary>The stable name used in facts CSV, JSON and findings.</summary>
    public static string ToName(this TableKind kind) => kind switch
    {
        TableKind.IncomeExpenditureSummary => "income_expenditure_summary",
        TableKind.Income => "income",
        TableKind.Expenditure => "expenditure",
        TableKind.FiscalAppropriationSummary => "fiscal_appropriation_summary",
        TableKind.GeneralPublicExpenditure => "general_public_expenditure",
        TableKind.GeneralPublicBasicExpenditure => "general_public_basic_expenditure",
        TableKind.GeneralPublicProjectExpenditure => "general_public_project_expenditure",
        TableKind.GovernmentFundExpenditure => "government_fund_expenditure",
        TableKind.StateCapitalExpenditure => "state_capital_expenditure",
        TableKind.ThreePublicExpenses => "three_public_expenses",
        TableKind.EntrustedBusinessFees => "entrusted_business_fees",
        TableKind.PriorYearCarryover => "prior_year_carryover",
        _ => "other",
    };

    /// <summary>The conventional Chinese name.</summary>
    public static string ToChinese(this TableKind kind) => kind switch
    {
        TableKind.IncomeExpenditureSummary => "收支总体情况表",
        TableKind.Income => "收入总体情况表",
        TableKind.Expenditure => "支出总体情况表",
        TableKind.FiscalAppropriationSummary => "财政拨款收支预算总体情况表",
        TableKind.GeneralPublicExpenditure => "一般公共预算支出情况表",
        TableKind.GeneralPublicBasicExpenditure => "一般公共预算基本支出情况表",
        TableKind.GeneralPublicProjectExpenditure => "一般公共预算项目支出情况表",
        TableKind.GovernmentFundExpenditure => "政府性基金预算支出情况表",
        TableKind.StateCapitalExpenditure => "国有资本经营预算支出情况表",
        TableKind.ThreePublicExpenses => "财政拨款“三公”经费支出情况表",
        TableKind.EntrustedBusinessFees => "财政拨款委托业务费支出情况表",
        TableKind.PriorYearCarryover => "上年结转结余情况表",
        _ => "其他表",
    };

    public static IReadOnlyList<TableKind> Standard { get; } =
        [.. Enum.GetValues<TableKind>().Where(k => k != TableKind.Other)];
}
