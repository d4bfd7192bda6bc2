using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules;

/// <summary>
/// BD1005: the income side of the two-sided tables adds up: 收入总计 = 一、本年收入 + 二、上年结转结余; each 一、 line =
/// its numbered lines (1. … 5.); each numbered line = its 其中 lines, when two or more are printed. Some templates number the sources
/// themselves (一、财政拨款 … 三、单位资金), sums them in an unnumbered 本年收入合计 and lists 上年结余、结转 unnumbered with
/// numbered lines of its own: 收入总计 = 本年收入合计 + 上年结余、结转.
/// </summary>
public sealed class SummaryIncomeLinesRule : Rule
{
    public static RuleDescriptor Rule { get; } = new(
        "BD1005", "收入各项应逐级相加",
        "{0}中“{1}”为 {3}，{4}之和为 {5}，相差 {6}（舍入容差 {7}）{8}",
        RuleCategory.Arithmetic, Severity.Error,
        "Make the income lines add up",
        "In {0}, '{1}' is {3}; the sum of {4} is {5}, a difference of {6} (rounding tolerance {7}){8}");

    public override RuleDescriptor Descriptor => Rule;

    private static readonly LocalizedText MajorLines = new("各大项", "the major lines");
    private static readonly LocalizedText ListedLines = new("所列各项", "the lines listed under it");
    private static readonly LocalizedText LinesUnder = new("其中各项", "the lines under it (其中)");

    private sealed class Node(TableRow row, int level)
    {
        public TableRow Row { get; } = row;
        public int Level { get; } = level;
        public List<Node> Children { get; } = [];
    }

    public override void Check(CheckContext context)
    {
        foreach (var table in context.Disclosure.Tables.Where(t => t.Kind.IsAny(TableKey.IncomeExpenditureSummary, TableKey.FiscalAppropriationSummary)))
        {
            var column = table.Column(ColumnKeys.Total, TablePanel.Income);
            if (column is null) { context.NotChecked(Rule, $"{table.Title}没有收入金额列。"); continue; }
            var rows = table.Rows.Where(r => r.Panel == TablePanel.Income && r.Label.Length > 0).ToList();
            // The 一、本年收入 / 1. / 其中 structure is the Xinjiang template's; other regions list their income lines
            // flat and in other orders (一、一般公共预算拨款收入 二、政府性基金 …), where this nesting says nothing.
            if (!rows.Any(r => IsTop(TextNormalizer.Squeeze(r.Label)) && TextNormalizer.StripNumbering(TextNormalizer.Squeeze(r.Label)) is "本年收入" or "财政拨款（补助）" or "财政拨款(补助)" or "财政拨款"))
            {
                context.NotApplicable(Rule, $"{table.Title}的收入一侧不是“一、本年收入 / 1. / 其中”的结构。");
                continue;
            }
            var total = rows.FirstOrDefault(r => r.Kind == RowKind.Total);
            var tops = Tree(rows.Where(r => r.Kind != RowKind.Total));
            if (total is not null && tops.Count > 0)
                Compare(context, table, total, column, tops, MajorLines);
            foreach (var top in tops)
                CompareDown(context, table, column, top);
        }
    }

    /// <summary>
    /// Each line against its parts, top down. Iterative: every 小计 line wraps the lines before it, so a page of them nests
    /// as deep as it is long (fuzz: 8,879 levels overflowed the stack, which no catch survives).
    /// </summary>
    private static void CompareDown(CheckContext context, BudgetTable table, TableColumn column, Node top)
    {
        var pending = new Stack<Node>();
        pending.Push(top);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            // A lone 其中 line names a part of its line, not a breakdown of it (1、一般公共预算拨款 480,544,221.62,
            // 其中：专项资金列入部门预算的项目 426,680,000.00); two or more are the Xinjiang template's split of the line.
            if (node.Level == 2 && node.Children.Count == 1) continue;
            Compare(context, table, node.Row, column, node.Children, node.Level switch { 0 => MajorLines, 1 => ListedLines, _ => LinesUnder });
            // Pushed last-first, so the lines are compared in the order they are printed, as before.
            for (var i = node.Children.Count - 1; i >= 0; i--) pending.Push(node.Children[i]);
        }
    }

    private static void Compare(CheckContext context, BudgetTable table, TableRow row, TableColumn column, List<Node> parts, LocalizedText description)
    {
        if (parts.Count == 0 || !parts.Any(p => p.Row[column.Index].IsPrinted)) return;
        TableArithmetic.Compare(context, Rule, table, row, column, [.. parts.Select(p => (p.Row, column))], description);
    }

    /// <summary>
    /// 一、/二、 lines hold numbered lines (or the unnumbered lines right under them); numbered lines hold 其中 lines. An
    /// unnumbered line after numbered ones is no longer under the 一、 above: a 合计/小计 line (本年收入合计) holds the
    /// 一、 lines before it, any other (上年结余、结转) starts a major line of its own.
    /// </summary>
    private static List<Node> Tree(IEnumerable<TableRow> rows)
    {
        var tops = new List<Node>();
        Node? top = null, line = null;
        var inBreakdown = false;
        var unnumbered = false; // the lines under this 一、 carry no numbers of their own (财政拨款收支总表)
        foreach (var row in rows)
        {
            var label = TextNormalizer.Squeeze(row.Label);
            if (IsTop(label))
            {
                top = new Node(row, 1);
                tops.Add(top);
                line = null;
                inBreakdown = false;
                unnumbered = false;
            }
            else if (top is not null && (IsNumbered(label) || (line is null || unnumbered) && !label.StartsWith("其中", StringComparison.Ordinal) && !inBreakdown && !IsSubtotal(label)))
            {
                unnumbered = !IsNumbered(label);
                line = new Node(row, 2);
                top.Children.Add(line);
                inBreakdown = false;
            }
            else if (line is not null && (label.StartsWith("其中", StringComparison.Ordinal) || inBreakdown))
            {
                line.Children.Add(new Node(row, 3));
                inBreakdown = true;
            }
            else if (tops.Count > 0 && !IsNumbered(label))
            {
                if (IsSubtotal(label))
                {
                    var subtotal = new Node(row, 0);
                    subtotal.Children.AddRange(tops);
                    tops.Clear();
                    tops.Add(subtotal);
                    top = null;
                }
                else
                {
                    top = new Node(row, 1);
                    tops.Add(top);
                }
                line = null;
                inBreakdown = false;
                unnumbered = false;
            }
        }
        return tops;
    }

    private static bool IsTop(string label) =>
        label.Length > 2 && "一二三四五".Contains(label[0], StringComparison.Ordinal) && label[1] is '、' or '.' or '．';

    private static bool IsSubtotal(string label) =>
        label.EndsWith("合计", StringComparison.Ordinal) || label.EndsWith("小计", StringComparison.Ordinal);

    private static bool IsNumbered(string label) =>
        label.Length > 2 && char.IsAsciiDigit(label[0]) && label[1] is '.' or '、' or '．';
}
