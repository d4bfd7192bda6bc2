using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>BD1004: in the two-sided tables, 收入总计 = 支出总计.</summary>
public sealed class SummaryBalanceRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD1004", "收入总计应等于支出总计",
        "{0}的收入总计为 {1}，支出总计为 {2}，相差 {3}（舍入容差 {4}）{5}",
        RuleCategory.Arithmetic, Severity.Error,
        "Balance income and expenditure totals",
        "In {0}, total income is {1} and total expenditure is {2}, a difference of {3} (rounding tolerance {4}){5}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(CheckContext context)
    {
        foreach (var table in context.Disclosure.Tables.Where(t => t.Kind.IsAny(TableKey.IncomeExpenditureSummary, TableKey.FiscalAppropriationSummary)))
        {
            var income = table.TotalRow(TablePanel.Income);
            var expenditure = table.TotalRow(TablePanel.Expenditure);
            var incomeColumn = table.Column(ColumnKeys.Total, TablePanel.Income);
            var expenditureColumn = table.Column(ColumnKeys.Total, TablePanel.Expenditure);
            if (income is null || expenditure is null || incomeColumn is null || expenditureColumn is null)
            {
                context.NotChecked(Rule, $"{table.Title}缺少收入总计或支出总计。");
                continue;
            }
            var a = income[incomeColumn.Index];
            var b = expenditure[expenditureColumn.Index];
            context.Evaluated(Rule);
            // Expenditure against income: the finding stands at the expenditure total, and its difference is what that cell prints over income.
            var comparison = SumComparison.Of(b, [a], TableArithmetic.Decimals(table));
            if (!comparison.Differs) continue;
            context.Report(new Finding(Rule, comparison.BeyondRounding ? Rule.DefaultSeverity : Severity.Info,
                new FindingLocation(expenditure.Cells.FirstOrDefault(c => c.Column == expenditureColumn.Index)?.Source ?? expenditure.Source) { Table = table.Kind, TableNumber = table.Number, Label = expenditure.Label, Column = expenditureColumn.Path },
                table.Title, a.Text, b.Text, TableArithmetic.Format(comparison.Difference), TableArithmetic.Format(comparison.Tolerance), Phrases.Rounding(!comparison.BeyondRounding))
            {
                Expected = a.Value,
                Actual = b.Value,
                Difference = comparison.Difference,
                Tolerance = comparison.Tolerance,
                Cells = [CellRef.Of(table, income, incomeColumn), CellRef.Of(table, expenditure, expenditureColumn)],
            });
        }
    }
}
