using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Binding;

internal static class TableBinder
{
    public static IReadOnlyList<BudgetTable> BindAll(SourceDocument document, List<ReadDiagnostic> diagnostics) => [];
}
