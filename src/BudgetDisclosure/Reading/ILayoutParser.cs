using BudgetDisclosure.Documents;

namespace BudgetDisclosure.Reading;

/// <summary>
/// One layout's pass from lines to blocks (headings, paragraphs, tables with their captions and notes).
/// Never throws on a bad document: it reports through the diagnostics list.
/// </summary>
internal interface ILayoutParser
{
    List<Block> Parse(IReadOnlyList<SourceLine> lines, string path, List<ReadDiagnostic> diagnostics);
}
