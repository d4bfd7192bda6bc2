using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>BD1003: "三公" 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费; the vehicle line = 购置费 + 运行费.</summary>
public sealed class ThreePublicItemsRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD1003", "“三公”经费合计应等于各项之和",
        "{0}中“{1}”行的“{2}”为 {3}，{4}之和为 {5}，相差 {6}（舍入容差 {7}）{8}",
        RuleCategory.Arithmetic, Severity.Error,
        "Make the three public expenses add up",
        "In {0}, row '{1}' column '{2}' is {3}; the sum of {4} is {5}, a difference of {6} (rounding tolerance {7}){8}");

    public override RuleDescriptor Descriptor => Rule;

    private static readonly LocalizedText Items = new("因公出国（境）费 + 公务接待费 + 公务用车购置及运行费",
        "overseas travel + official reception + official vehicle purchase and operation");
    private static readonly LocalizedText VehicleItems = new("公务用车购置费 + 公务用车运行费", "vehicle purchase + vehicle operation");

    public override void Check(CheckContext context)
    {
        var table = context.Disclosure.Table(TableKey.ThreePublicExpenses);
        if (table is null) { context.NotChecked(Rule, "没有“三公”经费支出表。"); return; }
        var total = table.TotalRow();
        var overseas = Find(table, "因公出国");
        var reception = Find(table, "公务接待");
        var vehicles = table.Rows.FirstOrDefault(r => Has(r, "公务用车购置及运行"));
        var purchase = table.Rows.FirstOrDefault(r => Has(r, "购置费") && !Has(r, "购置及运行"));
        var operation = table.Rows.FirstOrDefault(r => Has(r, "运行") && !Has(r, "购置及运行"));
        foreach (var column in table.Columns)
        {
            if (total is not null && overseas is not null && reception is not null && vehicles is not null)
                TableArithmetic.Compare(context, Rule, table, total, column, [(overseas, column), (reception, column), (vehicles, column)], Items);
            if (vehicles is not null && purchase is not null && operation is not null)
                TableArithmetic.Compare(context, Rule, table, vehicles, column, [(purchase, column), (operation, column)], VehicleItems);
        }
        if (table.IsDeclaredEmpty) context.NotApplicable(Rule, "“三公”经费支出表为空表。");
    }

    private static TableRow? Find(BudgetTable table, string part) => table.Rows.FirstOrDefault(r => Has(r, part));

    private static bool Has(TableRow row, string part) => TextNormalizer.Squeeze(row.Label).Contains(part, StringComparison.Ordinal);
}
