using BudgetDisclosure.Documents;

namespace BudgetDisclosure.Reading;

internal sealed class PdftotextParser : ILayoutParser
{
    public List<Block> Parse(IReadOnlyList<SourceLine> lines, string path, List<ReadDiagnostic> diagnostics) => [];
}
