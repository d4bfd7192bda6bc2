using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Binding;

// Placeholder until the narrative work lands (helper B replaces this file).
internal static class NarrativeBinder
{
    public static NarrativeBinding Bind(SourceDocument document, IReadOnlyList<BudgetTable> tables, List<ReadDiagnostic> diagnostics) => new();
}
