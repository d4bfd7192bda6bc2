using System.Globalization;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks;

/// <summary>
/// Judges each table's reading by its own identities once the rules have run. A mistake in a document is one cell
/// that breaks the sums it takes part in while the rest of the table holds; a misreading (columns shifted, a header
/// split wrongly, a wrapped figure read as two) breaks many sums that no few cells explain. A table with that
/// signature is <see cref="ReadingStatus.Doubtful"/>: its findings, and every finding that leans on its cells, are taken
/// back, their rules report it as not checked, and one BD0090 says which table did not add up and how.
/// </summary>
public static class ReadingVerification
{
    // Before Rule, which lists them: static properties are initialised in the order they are written.

    /// <summary>Many of the table's codes stand outside their parents: its hierarchy was not read.</summary>
    public static RuleMessage Hierarchy { get; } = new("hierarchy",
        "{0}的读取存疑：表中 {1} 个科目编码有 {2} 个不在其上级科目之下，像是层级没有读对（例如功能科目与经济科目交叉列示的表，或分栏、折行读错）；依赖此表的检查未进行。请对照原文核对此表",
        "The reading of {0} is doubtful: {2} of its {1} codes stand outside their parents, which looks like a hierarchy not read correctly (a table crossing functional and economic codes, or panels or wrapped lines misread); the checks that depend on it were not run. Compare the table with the printed page");

    /// <summary>The table's codes are of the other classification: its title and its body do not belong together.</summary>
    public static RuleMessage OtherClassification { get; } = new("other_classification",
        "{0}的读取存疑：表中 {1} 个科目编码有 {2} 个是{3}的编码，而这张表按{4}列示，像是表名与表体没有对应上（表名或表的边界读错了）；依赖此表的检查未进行。请对照原文核对此表",
        "The reading of {0} is doubtful: {2} of its {1} codes are {3} codes, while the table lists {4}; its title and body look mismatched (a title or a table's boundary misread); the checks that depend on it were not run. Compare the table with the printed page");

    public static RuleDescriptor Rule { get; } = new(
        "BD0090", "表格的读取存疑",
        "{0}的读取存疑：表内 {1} 个恒等式中有 {2} 个不成立，至少涉及 {3} 个单元格，不像个别填报错误，更像表格未被正确识别（如列错位、表头拆分有误、折行的数字）；依赖此表的检查未进行。例如：{4}。请对照原文核对此表",
        RuleCategory.Reading, Severity.Warning,
        "Doubt a table whose identities fail as a misreading does",
        "The reading of {0} is doubtful: {2} of its {1} identities fail, involving at least {3} cells, which looks less like a few mistakes in the document than like a table not read correctly (shifted columns, a header split wrongly, a wrapped figure); the checks that depend on it were not run. For example: {4}. Compare the table with the printed page")
    {
        OtherMessages = [OtherClassification, Hierarchy],
    };

    /// <summary>The fewest codes of the other classification that make a table's title doubtful (one may be a misprint).</summary>
    public const int MinimumForeignCodes = 3;

    /// <summary>The fewest failed identities that can make a table doubtful: one or two are a document's mistakes.</summary>
    public const int MinimumFailures = 3;

    /// <summary>The fewest cells that must be needed to explain the failures: one wrong cell explains every sum it is in.</summary>
    public const int MinimumExplainingCells = 3;

    /// <summary>The share of a table's identities that must fail: a long table with three wrong cells is still read right.</summary>
    public const double MinimumFailedShare = 0.15;

    /// <summary>Verdicts for every table of the disclosure; doubtful tables' findings withdrawn from <paramref name="context"/>.</summary>
    internal static List<TableReading> Apply(CheckContext context, bool withdraw = true)
    {
        var readings = new List<TableReading>(context.Disclosure.Tables.Count);
        foreach (var table in context.Disclosure.Tables)
        {
            var (evaluated, failed) = context.IdentitiesOf(table);
            var cells = ExplainingCells(failed);
            var foreign = ForeignCodes(context, table);
            var misplaced = Misplaced(context, table);
            var status = foreign is not null || misplaced is not null || evaluated > 0 && IsDoubtful(evaluated, failed.Count, cells) ? ReadingStatus.Doubtful
                : evaluated == 0 ? ReadingStatus.Unverifiable
                : ReadingStatus.Verified;
            readings.Add(new TableReading(table.Kind, table.Number, table.Title, table.Source, status, evaluated, failed.Count, cells));
            if (status != ReadingStatus.Doubtful || !withdraw) continue;
            var name = (table.Number is null ? "" : "表" + table.Number) + "“" + table.Title + "”";
            // One verdict per table, by the likeliest cause: a foreign classification, then a misread hierarchy, then the sums.
            var (messageId, arguments) = foreign is { } f ? (OtherClassification.Id, new object?[] { name, f.Codes, f.Foreign, SystemName(f.Other), SystemName(f.Own) })
                : misplaced is { } m ? (Hierarchy.Id, [name, m.Codes, m.Misplaced])
                : (RuleMessage.DefaultId, [name, evaluated, failed.Count, cells, Examples(failed)]);
            context.Withdraw(x => x.Severity >= Severity.Warning && Leans(x, table), $"{name}的读取存疑（见 BD0090），其上的检查未进行。");
            context.Report(new Finding(Rule, Rule.DefaultSeverity,
                new FindingLocation(table.Source) { Table = table.Kind, TableNumber = table.Number, Label = table.Title }, arguments)
            { MessageId = messageId });
        }
        return readings;
    }

    /// <summary>BD0090's own status: the tables it could judge, failed for each doubtful one.</summary>
    internal static CheckStatus StatusOf(IReadOnlyList<TableReading> readings)
    {
        var judged = readings.Count(r => r.Status != ReadingStatus.Unverifiable);
        var doubtful = readings.Count(r => r.Status == ReadingStatus.Doubtful);
        if (judged == 0) return new CheckStatus(Rule, CheckOutcome.NotApplicable, 0, 0, "没有可由表内恒等式验证的表格（没有合计、层级或行合计）。");
        return new CheckStatus(Rule, doubtful > 0 ? CheckOutcome.Failed : CheckOutcome.Passed, judged, doubtful, null);
    }

    /// <summary>
    /// A table the template keys by one classification whose codes are mostly valid only in the other (301, 30101 … under
    /// 一般公共预算支出表's 功能分类): the title was read onto another table's body. Null when the codes fit.
    /// </summary>
    private static (int Codes, int Foreign, CodeSystem Own, CodeSystem Other)? ForeignCodes(CheckContext context, BudgetTable table)
    {
        if (context.Template.CodesOf(table.Kind) is not { } own) return null;
        var other = own == CodeSystem.Function ? CodeSystem.Economic : CodeSystem.Function;
        bool ValidIn(CodeSystem system, string digits) => system == CodeSystem.Function ? FunctionCode.IsValid(digits) : EconomicCode.IsValid(digits);
        var codes = 0;
        var foreign = 0;
        foreach (var row in table.Rows)
        {
            if (row.Code is not null) { codes++; continue; }
            // As BD5002 reads them: the printed code the binder kept, or digits the label begins with ("301 工资福利支出").
            if ((row.PrintedCode ?? Rules.CodeRows.LeadingDigits(row.Label)) is not { } printed) continue;
            codes++;
            if (ValidIn(other, printed) && !ValidIn(own, printed)) foreign++;
        }
        return foreign >= MinimumForeignCodes && 2 * foreign >= codes ? (codes, foreign, own, other) : null;
    }

    /// <summary>The fewest codes out of their parents (BD5003) that make a table's hierarchy doubtful, and their share.</summary>
    public const int MinimumMisplacedCodes = 3;

    public const double MinimumMisplacedShare = 0.25;

    /// <summary>
    /// A quarter or more of the table's codes listed under codes that are not their parents (BD5003): a document misplaces
    /// a row or two, a reading that took a crossed function × economic table, or two panels, for one hierarchy misplaces
    /// them by the score. Codes whose parent is missing altogether do not count: some tables leave out their 款 rows.
    /// </summary>
    private static (int Codes, int Misplaced)? Misplaced(CheckContext context, BudgetTable table)
    {
        var misplaced = context.Findings.Count(f => Rules.ParentCodeRule.IsMisplaced(f) && f.Severity >= Severity.Warning && At(f.Location, table));
        if (misplaced < MinimumMisplacedCodes) return null;
        var codes = table.Rows.Count(r => r.Code is not null);
        return codes > 0 && misplaced >= MinimumMisplacedShare * codes ? (codes, misplaced) : null;
    }

    private static LocalizedText SystemName(CodeSystem system) =>
        system == CodeSystem.Function ? new("支出功能分类", "functional classification") : new("支出经济分类", "economic classification");

    /// <summary>Doubtful when the failures are many, a real share of the table, and need many cells to explain them.</summary>
    public static bool IsDoubtful(int identities, int failures, int explainingCells) =>
        failures >= MinimumFailures && explainingCells >= MinimumExplainingCells && failures >= MinimumFailedShare * identities;

    /// <summary>
    /// How many cells at least would have to be wrong for every failure: a greedy cover of the failures by the cells they
    /// involve (the cell in most uncovered failures first), which is within a small factor of the least cover and
    /// exact in the common cases (one wrong cell; a few cells far apart).
    /// </summary>
    public static int ExplainingCells(IReadOnlyList<Finding> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        // Each cell with the failures it is in, and how many of those are still uncovered: a pick updates only the
        // cells of the failures it covers, so a table read wholly wrong (thousands of failures) costs no more than its cells.
        var sets = new List<CellRef[]>(failures.Count);
        var count = failures.Count(f => f.Cells.Count == 0);
        foreach (var f in failures)
            if (f.Cells.Count > 0) sets.Add([.. f.Cells.Distinct()]);
        var inSets = new Dictionary<CellRef, List<int>>();
        for (var i = 0; i < sets.Count; i++)
            foreach (var cell in sets[i])
            {
                if (!inSets.TryGetValue(cell, out var list)) inSets[cell] = list = [];
                list.Add(i);
            }
        var open = inSets.ToDictionary(p => p.Key, p => p.Value.Count);
        var covered = new bool[sets.Count];
        var remaining = sets.Count;
        while (remaining > 0)
        {
            var best = open.MaxBy(p => p.Value).Key;
            foreach (var i in inSets[best])
            {
                if (covered[i]) continue;
                covered[i] = true;
                remaining--;
                foreach (var cell in sets[i]) open[cell]--;
            }
            count++;
        }
        return count;
    }

    private static bool Leans(Finding finding, BudgetTable table)
    {
        // Whether a table is present, and how the text is worded, do not depend on how its figures were read.
        if (finding.Rule.Id == Rule.Id || finding.Rule.Category is RuleCategory.Completeness or RuleCategory.Wording) return false;
        if (At(finding.Location, table) && finding.Location.Sentence is null) return true;
        foreach (var cell in finding.Cells)
            if (cell.Table == table.Kind && cell.TableNumber == table.Number) return true;
        return false;
    }

    /// <summary>The first two failures, for the message.</summary>
    private static LocalizedText Examples(IReadOnlyList<Finding> failed) =>
        new("{0}；{1}", "{0}; {1}", [.. failed.Take(2).Select(Example), .. Enumerable.Repeat<object?>("", Math.Max(0, 2 - failed.Count))]);

    /// <summary>A finding's place is in the table: findings name a table by its key and printed number.</summary>
    private static bool At(FindingLocation location, BudgetTable table) => location.Table == table.Kind && location.TableNumber == table.Number;

    /// <summary>What did not add up, as <c>第 12 页 2080505 合计 印 256.45，各部分之和为 128.22</c>.</summary>
    private static LocalizedText Example(Finding f)
    {
        var where = string.Join(' ', new[] { f.Location.Code ?? f.Location.Label, f.Location.Column }.Where(s => !string.IsNullOrEmpty(s)));
        return f.Actual is { } actual && f.Expected is { } expected
            ? new LocalizedText("{0} {1} 印 {2}，各部分之和为 {3}", "{0} {1} prints {2}, its parts add up to {3}", f.Location.Source.PlaceInWords, where, Format(actual), Format(expected))
            : new LocalizedText("{0} {1}", "{0} {1}", f.Location.Source.PlaceInWords, where);
    }

    private static string Format(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);
}
