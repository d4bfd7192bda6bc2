using System.Globalization;
using System.Text.RegularExpressions;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Writing.Synthesis;

/// <summary>The kinds of mistakes injected into synthetic documents, each of a kind a rule covers.</summary>
public enum ErrorKind
{
    /// <summary>An amount cell of the 支出总表 changed (BD1001 hierarchy, also BD1101/BD2002).</summary>
    Amount,
    /// <summary>A share “占 X%” changed (BD3002).</summary>
    Share,
    /// <summary>A growth rate “增长/下降 X%” changed (BD3004).</summary>
    Change,
    /// <summary>A 类 code printed as one that does not exist (BD5002).</summary>
    Code,
    /// <summary>A standard table left out (BD4001: listed in 目录 but not published).</summary>
    TableRemoved,
    /// <summary>A table's unit caption printed as 元 while the narrative says 万元 (BD6016).</summary>
    UnitCaption,
    /// <summary>实有人数 no longer the sum of its parts (BD6003).</summary>
    Staffing,
    /// <summary>政府采购 goods changed so the parts no longer add up (BD6001).</summary>
    Procurement,
    /// <summary>A 项 amount of the 政府性基金 or 国有资本经营 table changed (BD1001 hierarchy, also BD1101).</summary>
    FundAmount,
    /// <summary>A project's 委托业务费 changed so its funding sources no longer add up to it (BD1101).</summary>
    Entrusted,
    /// <summary>The 上年结转结余 table's total changed so it no longer equals the 收入总表's 结转 (BD2008, also BD1101).</summary>
    Carryover,
}

/// <summary>An injected error: its kind, the rule that should report it, where it is and what was changed.</summary>
public sealed record InjectedError(ErrorKind Kind, string Rule, string Location, string Detail)
{
    /// <summary>The table the finding should point at, when it is a table error.</summary>
    public TableKey? Table { get; init; }
}

/// <summary>
/// Injects one mistake into a composed document, at the level every writer prints from, so the same mistake appears
/// in every format. The composed claims are left as they were meant (the answer), the printed text is what changes.
/// </summary>
public static partial class ErrorInjector
{
    public static string RuleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Amount => "BD1001",
        ErrorKind.Share => "BD3002",
        ErrorKind.Change => "BD3004",
        ErrorKind.Code => "BD5002",
        ErrorKind.TableRemoved => "BD4001",
        ErrorKind.UnitCaption => "BD6016",
        ErrorKind.Staffing => "BD6003",
        ErrorKind.Procurement => "BD6001",
        ErrorKind.FundAmount => "BD1001",
        ErrorKind.Entrusted => "BD1101",
        ErrorKind.Carryover => "BD2008",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToName(this ErrorKind kind) => kind switch
    {
        ErrorKind.Amount => "amount",
        ErrorKind.Share => "share",
        ErrorKind.Change => "change",
        ErrorKind.Code => "code",
        ErrorKind.TableRemoved => "table_removed",
        ErrorKind.UnitCaption => "unit_caption",
        ErrorKind.Staffing => "staffing",
        ErrorKind.Procurement => "procurement",
        ErrorKind.FundAmount => "fund_amount",
        ErrorKind.Entrusted => "entrusted",
        ErrorKind.Carryover => "carryover",
        _ => "other",
    };

    /// <summary>The document with the mistake, and what was injected; null when the document has nothing to change for that kind.</summary>
    public static (ComposedDocument Document, InjectedError Error)? Inject(ComposedDocument document, ErrorKind kind, Random random)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(random);
        return kind switch
        {
            ErrorKind.Amount => ItemAmount(document, ErrorKind.Amount, [TableKey.Expenditure], random),
            ErrorKind.FundAmount => ItemAmount(document, ErrorKind.FundAmount, [TableKey.GovernmentFundExpenditure, TableKey.StateCapitalExpenditure], random),
            ErrorKind.Entrusted => RowTotal(document, ErrorKind.Entrusted, TableKey.EntrustedBusinessFees, total: false, random),
            ErrorKind.Carryover => RowTotal(document, ErrorKind.Carryover, TableKey.PriorYearCarryover, total: true, random),
            ErrorKind.Share => Paragraph(document, kind, SharePattern(), random, "占比"),
            ErrorKind.Change => Paragraph(document, kind, RatePattern(), random, "增减幅度"),
            ErrorKind.Code => Code(document),
            ErrorKind.TableRemoved => RemoveTable(document),
            ErrorKind.UnitCaption => UnitCaption(document),
            ErrorKind.Staffing => Paragraph(document, kind, StaffPattern(), random, "实有人数"),
            ErrorKind.Procurement => Paragraph(document, kind, GoodsPattern(), random, "政府采购货物预算"),
            _ => null,
        };
    }

    private static ComposedDocument ReplaceBlock(ComposedDocument document, Block from, Block? to) =>
        document with { Blocks = [.. document.Blocks.SelectMany(b => ReferenceEquals(b, from) ? (to is null ? [] : new[] { to }) : new[] { b })] };

    /// <summary>The 合计 (first amount) of an item row (项, three code cells) in the first of <paramref name="tables"/> that has one.</summary>
    private static (ComposedDocument, InjectedError)? ItemAmount(ComposedDocument document, ErrorKind kind, TableKey[] tables, Random random)
    {
        static bool Item(GridRow row) => row.Cells.Count(c => c.Role == CellRole.Code) == 3 && row.Cells.Any(c => c.Role == CellRole.Amount && c.Text.Length > 0);
        var block = document.Blocks.OfType<TableBlock>().FirstOrDefault(b => tables.Contains(b.Table.Kind) && b.Table.Body.Any(Item));
        if (block is null) return null;
        var candidates = block.Table.Body.Select((row, i) => (row, i)).Where(x => Item(x.row)).ToList();
        var (target, index) = candidates[random.Next(candidates.Count)];
        var code = string.Concat(target.Cells.Where(c => c.Role == CellRole.Code).Select(c => c.Text));
        return ChangeCell(document, block, kind, target, index, code, random);
    }

    /// <summary>The 合计 (first amount) of the total row, or of a row listed by label, of a table of <paramref name="tableKind"/>.</summary>
    private static (ComposedDocument, InjectedError)? RowTotal(ComposedDocument document, ErrorKind kind, TableKey tableKind, bool total, Random random)
    {
        bool Wanted(GridRow row) => row.IsTotal == total && row.Cells.Any(c => c.Role == CellRole.Amount && c.Text.Length > 0);
        var block = document.Blocks.OfType<TableBlock>().FirstOrDefault(b => b.Table.Kind == tableKind && b.Table.Body.Any(Wanted));
        if (block is null) return null;
        var candidates = block.Table.Body.Select((row, i) => (row, i)).Where(x => Wanted(x.row)).ToList();
        var (target, index) = candidates[random.Next(candidates.Count)];
        var label = target.Cells.FirstOrDefault(c => c.Role != CellRole.Amount && c.Text.Length > 0)?.Text ?? "";
        return ChangeCell(document, block, kind, target, index, label, random);
    }

    private static (ComposedDocument, InjectedError) ChangeCell(ComposedDocument document, TableBlock block, ErrorKind kind, GridRow target, int index, string what, Random random)
    {
        var t = block.Table;
        var cell = target.Cells.First(c => c.Role == CellRole.Amount && c.Text.Length > 0);
        var value = Model.Amount.Parse(cell.Text);
        var delta = Math.Max(1m, Math.Round(value.Value * 0.1m, 2)) + random.Next(1, 9);
        var changed = (value.Value + delta).ToString("F2", CultureInfo.InvariantCulture);
        var row = target with { Cells = [.. target.Cells.Select(c => ReferenceEquals(c, cell) ? c with { Text = changed } : c)] };
        var table = t with { Body = [.. t.Body.Select((r, i) => i == index ? row : r)] };
        return (ReplaceBlock(document, block, new TableBlock(table)),
            new InjectedError(kind, RuleOf(kind), $"{t.Number} {what} 合计", $"{cell.Text} → {changed}") { Table = t.Kind });
    }

    private static (ComposedDocument, InjectedError)? Paragraph(ComposedDocument document, ErrorKind kind, Regex pattern, Random random, string what)
    {
        var matches = document.Blocks.OfType<ParagraphBlock>().Where(p => p.Style == ParagraphStyle.Body && p.Runs.Any(r => !r.IsPlaceholder && pattern.IsMatch(r.Text))).ToList();
        if (matches.Count == 0) return null;
        var paragraph = matches[random.Next(matches.Count)];
        var run = paragraph.Runs.First(r => !r.IsPlaceholder && pattern.IsMatch(r.Text));
        var m = pattern.Match(run.Text);
        var number = m.Groups["n"];
        var old = decimal.Parse(number.Value, CultureInfo.InvariantCulture);
        var decimals = number.Value.Contains('.', StringComparison.Ordinal) ? number.Value.Length - number.Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var bump = kind == ErrorKind.Staffing ? 2m : Math.Max(1.5m, Math.Round(old * 0.2m, decimals)) + random.Next(1, 5);
        var replaced = (old + bump).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var text = run.Text[..number.Index] + replaced + run.Text[(number.Index + number.Length)..];
        var runs = paragraph.Runs.Select(r => ReferenceEquals(r, run) ? r with { Text = text } : r).ToList();
        var sentence = paragraph.Text.Length > 40 ? paragraph.Text[..40] + "…" : paragraph.Text;
        return (ReplaceBlock(document, paragraph, paragraph with { Runs = runs }),
            new InjectedError(kind, RuleOf(kind), sentence, $"{what} {number.Value} → {replaced}"));
    }

    private static (ComposedDocument, InjectedError)? Code(ComposedDocument document)
    {
        var block = document.Blocks.OfType<TableBlock>().FirstOrDefault(b => b.Table.Kind == TableKey.Expenditure);
        if (block is null) return null;
        var t = block.Table;
        var index = t.Body.ToList().FindIndex(r => r.Cells.Count(c => c.Role == CellRole.Code) == 1);
        if (index < 0) return null;
        var row = t.Body[index];
        var cell = row.Cells.First(c => c.Role == CellRole.Code);
        // 218 and 225 are gaps in the list of function 类: no such class exists in any year.
        var bad = cell.Text == "218" ? "225" : "218";
        var changed = row with { Cells = [.. row.Cells.Select(c => ReferenceEquals(c, cell) ? c with { Text = bad } : c)] };
        var table = t with { Body = [.. t.Body.Select((r, i) => i == index ? changed : r)] };
        return (ReplaceBlock(document, block, new TableBlock(table)),
            new InjectedError(ErrorKind.Code, RuleOf(ErrorKind.Code), $"{t.Number} {cell.Text}", $"类 {cell.Text} → {bad}") { Table = TableKey.Expenditure });
    }

    private static (ComposedDocument, InjectedError)? RemoveTable(ComposedDocument document)
    {
        var block = document.Blocks.OfType<TableBlock>().FirstOrDefault(b => b.Table.Kind == TableKey.GeneralPublicBasicExpenditure);
        if (block is null) return null;
        return (ReplaceBlock(document, block, null),
            new InjectedError(ErrorKind.TableRemoved, RuleOf(ErrorKind.TableRemoved), $"{block.Table.Number} {block.Table.Title}", "删除整张表") { Table = block.Table.Kind });
    }

    private static (ComposedDocument, InjectedError)? UnitCaption(ComposedDocument document)
    {
        var block = document.Blocks.OfType<TableBlock>().FirstOrDefault(b => b.Table.Kind == TableKey.GeneralPublicExpenditure);
        if (block is null) return null;
        var table = block.Table with { UnitCaption = "单位：元" };
        return (ReplaceBlock(document, block, new TableBlock(table)),
            new InjectedError(ErrorKind.UnitCaption, RuleOf(ErrorKind.UnitCaption), $"{block.Table.Number} {block.Table.Title}", "单位：万元 → 单位：元") { Table = block.Table.Kind });
    }

    [GeneratedRegex(@"占 (?<n>\d+\.\d+)%")]
    private static partial Regex SharePattern();

    [GeneratedRegex(@"(?:增长|下降) (?<n>\d+\.\d+)%")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"实有人数 (?<n>\d+) 人")]
    private static partial Regex StaffPattern();

    [GeneratedRegex(@"政府采购货物预算 (?<n>\d+\.\d+) 万元")]
    private static partial Regex GoodsPattern();
}
