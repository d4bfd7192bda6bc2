using BudgetDisclosure.Binding;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Narrative;

/// <summary>
/// Builds documents for narrative tests from a simple text: one paragraph per line; a line starting with '#' is a
/// heading (as a converter might mark it); a line starting with a tab is a table row (the leading tab is the marker,
/// the rest is split at tabs), and consecutive rows form one table block. Blank lines are skipped.
/// </summary>
internal static class NarrativeFixture
{
    public const string File = "fixture.txt";

    public static SourceDocument Document(string text)
    {
        var blocks = new List<Block>();
        List<TableRowText>? rows = null;
        var lineNumber = 0;
        void CloseTable()
        {
            if (rows is null) return;
            blocks.Add(new TableBlock(rows[0].Source, null, null, null, null, [], rows, []));
            rows = null;
        }
        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            lineNumber++;
            var at = new SourceLocation(File, lineNumber);
            if (raw.StartsWith('\t'))
            {
                rows ??= [];
                rows.Add(new TableRowText([.. raw[1..].Split('\t').Select(c => new CellText(c.Trim(), at))], at));
                continue;
            }
            CloseTable();
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('#')) blocks.Add(new HeadingBlock(at, line.TakeWhile(c => c == '#').Count(), line.TrimStart('#').Trim()));
            else blocks.Add(new ParagraphBlock(at, line));
        }
        CloseTable();
        return new SourceDocument(File, TextLayout.Tabs, blocks, 1);
    }

    public static NarrativeBinding Bind(string text, IReadOnlyList<BudgetTable>? tables = null) =>
        Bind(text, out _, tables);

    public static NarrativeBinding Bind(string text, out List<ReadDiagnostic> diagnostics, IReadOnlyList<BudgetTable>? tables = null)
    {
        diagnostics = [];
        return NarrativeBinder.Bind(Document(text), tables ?? [], diagnostics, BudgetDisclosure.Templates.TemplateCatalog.National);
    }

    /// <summary>A function-classified table with the given rows ("208 社会保障和就业支出"); amounts are not needed to tie names to codes.</summary>
    public static BudgetTable FunctionTable(TableKey kind, params string[] rows)
    {
        var at = new SourceLocation(File, 1);
        var bound = rows.Select(r =>
        {
            var space = r.IndexOf(' ', StringComparison.Ordinal);
            return new TableRow(RowKind.Item, FunctionCode.Create(r[..space]), r[(space + 1)..], TablePanel.None, [], at);
        }).ToList();
        return new BudgetTable(kind, null, kind.ToChinese(), MoneyUnit.TenThousandYuan, [], bound, at);
    }

    public static Claim Single(this IEnumerable<Claim> claims, string name) =>
        claims.Single(c => c.Subject.Name == name);
}
