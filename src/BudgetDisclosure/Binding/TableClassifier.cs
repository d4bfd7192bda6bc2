using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;

namespace BudgetDisclosure.Binding;

/// <summary>Recognises a standard table by its title — never by its number, which regions reorder.</summary>
internal static class TableClassifier
{
    public static TableKind Classify(TableBlock table)
    {
        return FromTitle(TextPatterns.Squeeze(table.Title ?? ""));
    }

    internal static TableKind FromTitle(string title)
    {
        if (title.Length == 0 || Has(title, "绩效目标") || Has(title, "政府采购") || Has(title, "购买服务")) return TableKind.Other;
        if (Has(title, "三公")) return TableKind.ThreePublicExpenses;
        if (Has(title, "委托业务费")) return TableKind.EntrustedBusinessFees;
        if (Has(title, "结转结余") || Has(title, "结转和结余")) return TableKind.PriorYearCarryover;
        if (Has(title, "财政拨款收支")) return TableKind.FiscalAppropriationSummary;
        if (Has(title, "政府性基金")) return TableKind.GovernmentFundExpenditure;
        if (Has(title, "国有资本经营")) return TableKind.StateCapitalExpenditure;
        if (Has(title, "一般公共预算"))
        {
            // 西安 prints the basic expenditure twice: by economic class (the standard table) and by function.
            if (Has(title, "基本支出")) return Has(title, "功能分类") ? TableKind.Other : TableKind.GeneralPublicBasicExpenditure;
            if (Has(title, "项目支出")) return TableKind.GeneralPublicProjectExpenditure;
            // Shenzhen's 一般公共预算支出表（按经济分类） covers all general public spending by economic class:
            // not the basic-expenditure table, so it stays a generic table.
            if (Has(title, "经济分类")) return TableKind.Other;
            if (Has(title, "支出")) return TableKind.GeneralPublicExpenditure;
            return TableKind.Other;
        }
        if (Has(title, "收支"))
            return TableKind.IncomeExpenditureSummary;
        if (Has(title, "收入") && (Has(title, "总体") || Has(title, "总表") || Has(title, "预算表")))
            return TableKind.Income;
        if (Has(title, "支出") && !Has(title, "基本支出") && !Has(title, "项目支出") && (Has(title, "总体") || Has(title, "总表") || Has(title, "预算表")))
            return TableKind.Expenditure;
        return TableKind.Other;
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.Ordinal);
}
