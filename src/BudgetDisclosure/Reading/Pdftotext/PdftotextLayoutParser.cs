using BudgetDisclosure.Documents;

namespace BudgetDisclosure.Reading;

// Placeholder until the pdftotext work lands (helper A replaces this file).
internal sealed class PdftotextLayoutParser : ILayoutParser
{
    public List<Block> Parse(IReadOnlyList<SourceLine> lines, string path, List<ReadDiagnostic> diagnostics) => [];
}
