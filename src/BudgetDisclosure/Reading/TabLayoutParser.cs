using BudgetDisclosure.Documents;

namespace BudgetDisclosure.Reading;

internal sealed class TabLayoutParser(bool markdown) : ILayoutParser
{
    public List<Block> Parse(IReadOnlyList<SourceLine> lines, string path, List<ReadDiagnostic> diagnostics) => markdown ? [] : [];
}
