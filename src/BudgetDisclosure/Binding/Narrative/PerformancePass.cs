using System.Globalization;
using System.Text.RegularExpressions;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>
/// 绩效目标表 from table blocks. Header and body rows are read alike, because converters do not agree on where the
/// header ends: label cells (项目名称, 年度预算总额, 上级安排 …) give the name, funding and goal, the row holding
/// 一级指标/三级指标 fixes the indicator columns, and every row after it is an indicator. A table block without a
/// title or labels that follows a target table continues it (a page break); a row with only fragments and no weight
/// continues the indicator above it (a cell wrapped onto the next row).
/// </summary>
internal static partial class PerformancePass
{
    public static List<PerformanceTarget> Run(IReadOnlyList<FlowItem> body, List<ReadDiagnostic> diagnostics, Template template)
    {
        var targets = new List<TargetBuilder>();
        TargetBuilder? last = null;
        var recentTitle = "";
        foreach (var item in body)
        {
            if (item is TextItem text)
            {
                // Most text items are sentences: only a title (ending in 表) is worth its key.
                if (TextNormalizer.KeyEndsWith(text.Text, "表")) recentTitle = TextNormalizer.Key(text.Text);
                continue;
            }
            if (item is not TableItem { Table: var table }) continue;
            // A budget table (by its title) is never a target form; skipping it spares reading all of its cells.
            if (table.Title is { } printedTitle && template.TableOf(TextNormalizer.Squeeze(printedTitle)) != TableKey.Other)
            {
                last = null;
                continue;
            }
            var rows = table.HeaderRows.Concat(table.BodyRows).Select(r => r.Cells.Select(c => NarrativeText.Clean(c.Text)).ToList()).ToList();
            var title = TextNormalizer.Key(table.Title ?? "") + recentTitle;
            recentTitle = "";
            var titled = title.Contains("绩效目标", StringComparison.Ordinal);
            var hasIdentity = rows.Any(r => r.Any(c => LabelOf(c) is Label.ProjectName or Label.UnitName or Label.Goal));
            var hasHeader = rows.Any(TargetBuilder.IsIndicatorHeader);
            var hasGoal = rows.Any(r => r.Any(c => LabelOf(c) == Label.Goal));
            if (hasIdentity && (hasHeader || titled || hasGoal))
            {
                var scope = title.Contains("整体", StringComparison.Ordinal) ? PerformanceScope.Overall : PerformanceScope.Project;
                last = new TargetBuilder(scope, table.Source);
                targets.Add(last);
                last.Read(table, rows);
            }
            else if (last is not null && !hasIdentity && title.Length == 0 && (hasHeader || last.HasIndicatorColumns))
            {
                // A page break: the rest of the table arrives as a block of its own, without title or labels.
                last.Read(table, rows);
            }
            else
            {
                last = null;
            }
        }

        var result = new List<PerformanceTarget>(targets.Count);
        foreach (var t in targets)
        {
            var target = t.Build();
            if (target.Indicators.Count == 0)
                diagnostics.Add(new ReadDiagnostic(DiagnosticSeverity.Warning, Messages.PerformanceTableWithoutIndicatorsCode, Messages.PerformanceTableWithoutIndicators(target.Name), target.Source));
            foreach (var (name, weight, source) in t.UnreadableWeights)
                diagnostics.Add(new ReadDiagnostic(DiagnosticSeverity.Warning, Messages.UnreadableIndicatorWeightCode, Messages.UnreadableIndicatorWeight(name, weight), source));
            result.Add(target);
        }
        return result;
    }

    private enum Label { None, ProjectName, UnitName, Total, Fiscal, Other, Upper, Local, OtherSource, Goal }

    private static Label LabelOf(string cell)
    {
        // Labels are short; amounts, goals and names are not labels. This runs on every cell of every table.
        if (cell.Length is 0 or > 24) return Label.None;
        var k = TextNormalizer.Key(cell).Replace(":", "", StringComparison.Ordinal);
        if (k.Contains('(', StringComparison.Ordinal)) k = LabelNoise().Replace(k, "");
        return k switch
        {
            "项目名称" => Label.ProjectName,
            "单位名称" or "部门名称" => Label.UnitName,
            "年度预算总额" or "预算总额" or "年度资金总额" or "合计" => Label.Total,
            "财政拨款" or "其中财政拨款" or "财政资金" => Label.Fiscal,
            "其他资金" => Label.Other,
            "上级安排" => Label.Upper,
            "本级安排" => Label.Local,
            "其他" => Label.OtherSource,
            "项目总体目标" or "年度绩效目标" or "年度目标" or "总体目标" or "整体绩效目标" => Label.Goal,
            _ => Label.None,
        };
    }

    private sealed class TargetBuilder(PerformanceScope scope, SourceLocation source)
    {
        private readonly List<PerformanceIndicator> _indicators = [];
        private readonly List<FundingLine> _funding = [];
        private List<string>? _lastRaw;
        private SourceLocation? _lastSource;
        private string _level1 = "";
        private string _level2 = "";
        private int _c1 = -1, _c2 = -1, _c3 = -1, _cValue = -1, _cWeight = -1, _cComparator = -1, _cUnit = -1;

        public string Name { get; private set; } = "";
        public PerformanceScope Scope { get; private set; } = scope;
        public Amount? Total { get; private set; }
        public string? Goal { get; private set; }
        public List<(string Name, string Weight, SourceLocation Source)> UnreadableWeights { get; } = [];
        public bool HasIndicatorColumns => _c3 >= 0;

        public void Read(TableBlock table, List<List<string>> rows)
        {
            var printed = table.HeaderRows.Concat(table.BodyRows).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = rows[r];
                if (cells.All(c => c.Length == 0)) continue;
                if (IsIndicatorHeader(cells)) { SetColumns(cells); continue; }
                if (HasIndicatorColumns) ReadIndicator(cells, printed[r].Source);
                else ReadLabels(cells, printed[r]);
            }
        }

        public static bool IsIndicatorHeader(List<string> cells)
        {
            // Runs on every row of every form: only a cell with 指 can name an indicator column, so only those are keyed.
            bool first = false, third = false;
            foreach (var cell in cells)
            {
                if (!cell.Contains('指', StringComparison.Ordinal)) continue;
                var k = TextNormalizer.Key(cell);
                if (k == "一级指标") first = true;
                if (k.Contains("三级指标", StringComparison.Ordinal) || k == "指标名称") third = true;
            }
            return first && third;
        }

        private void SetColumns(List<string> cells)
        {
            var keys = cells.Select(TextNormalizer.Key).ToList();
            _c1 = keys.IndexOf("一级指标");
            _c2 = keys.IndexOf("二级指标");
            _c3 = keys.FindIndex(k => k.Contains("三级指标", StringComparison.Ordinal) || k == "指标名称");
            _cValue = keys.FindIndex(k => k is "指标值" or "目标值" or "指标目标值" or "年度指标值" or "本年绩效指标值" or "本年指标值" or "绩效指标值");
            // Some templates print the target in three columns — 绩效指标性质 (≥, ＝), 本年绩效指标值, 绩效度量单位 — where others
            // print "≥90%" in one cell.
            _cComparator = keys.FindIndex(k => k.Contains("指标性质", StringComparison.Ordinal));
            _cUnit = keys.FindIndex(k => k.Contains("度量单位", StringComparison.Ordinal) || k.Contains("计量单位", StringComparison.Ordinal));
            _cWeight = keys.FindIndex(k => k.Contains("权重", StringComparison.Ordinal) || k == "分值");
            _level1 = _level2 = "";
        }

        private void ReadLabels(List<string> cells, TableRowText printed)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                var label = LabelOf(cells[i]);
                if (label == Label.None) continue;
                var next = NextNonEmpty(cells, i);
                if (next is null) continue;
                var text = cells[next.Value];
                var amount = Amount.Parse(text);
                switch (label)
                {
                    case Label.ProjectName:
                        Name = text.Trim();
                        Scope = PerformanceScope.Project;
                        break;
                    case Label.UnitName:
                        if (Name.Length == 0) Name = text.Trim();
                        Scope = PerformanceScope.Overall;
                        break;
                    case Label.Goal:
                        Goal = GoalText(printed[next.Value]);
                        break;
                    case Label.Total when amount.IsNumber:
                        Total = amount;
                        break;
                    case Label.Fiscal when amount.IsNumber:
                        _funding.Add(new FundingLine("财政拨款", amount));
                        break;
                    case Label.Other when amount.IsNumber:
                        _funding.Add(new FundingLine("其他资金", amount));
                        break;
                    case Label.Upper when amount.IsNumber:
                        _funding.Add(new FundingLine("上级安排", amount));
                        break;
                    case Label.Local when amount.IsNumber:
                        _funding.Add(new FundingLine("本级安排", amount));
                        break;
                    case Label.OtherSource when amount.IsNumber:
                        _funding.Add(new FundingLine("其他", amount));
                        break;
                }
            }
        }

        private static int? NextNonEmpty(List<string> cells, int i)
        {
            for (var j = i + 1; j < cells.Count; j++)
                if (cells[j].Length > 0) return j;
            return null;
        }

        private static string GoalText(string printed)
        {
            var lines = printed.Split(["</p>", "<p>", "</P>", "<P>"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return string.Join('\n', lines);
        }

        private static string Cell(List<string> cells, int index) => index >= 0 && index < cells.Count ? cells[index].Trim() : "";

        private void ReadIndicator(List<string> cells, SourceLocation rowSource)
        {
            if (IsContinuationRow(cells) && _lastRaw is not null)
            {
                for (var i = 0; i < cells.Count; i++)
                {
                    if (cells[i].Length == 0) continue;
                    while (_lastRaw.Count <= i) _lastRaw.Add("");
                    _lastRaw[i] += cells[i].Trim();
                }
                _indicators.RemoveAt(_indicators.Count - 1);
                _indicators.Add(Indicator(_lastRaw, _lastSource!, carry: false));
                return;
            }
            if (Cell(cells, _c3).Length == 0 && Cell(cells, _cValue).Length == 0 && Cell(cells, _cWeight).Length == 0)
            {
                // Only 一级/二级指标: a merged cell's text printed between its rows (a PDF centres it vertically). It
                // names the levels of the indicators around it, and is no indicator of its own.
                var l1 = Cell(cells, _c1);
                var l2 = Cell(cells, _c2);
                if (l1.Length > 0 && l1 != _level1) { _level1 = l1; if (l2.Length == 0) _level2 = ""; }
                if (l2.Length > 0) _level2 = l2;
                return;
            }
            _lastRaw = [.. cells];
            _lastSource = rowSource;
            _indicators.Add(Indicator(cells, rowSource, carry: true));
        }

        /// <summary>A wrapped cell: nothing in the tree columns, no weight and no comparator, under an indicator already read.</summary>
        private bool IsContinuationRow(List<string> cells)
        {
            if (_indicators.Count == 0 || _cWeight < 0) return false;
            if (Cell(cells, _c1).Length > 0 || Cell(cells, _c2).Length > 0 || Cell(cells, _cWeight).Length > 0) return false;
            var value = Cell(cells, _cValue);
            return value.Length == 0 || TargetValue.Parse(value).Comparator == Comparator.None;
        }

        private PerformanceIndicator Indicator(List<string> cells, SourceLocation rowSource, bool carry)
        {
            var l1 = Cell(cells, _c1);
            var l2 = Cell(cells, _c2);
            if (carry)
            {
                if (l1.Length > 0 && l1 != _level1) { _level1 = l1; if (l2.Length == 0) _level2 = ""; }
                if (l2.Length > 0) _level2 = l2;
            }
            var target = TargetValue.Parse(Cell(cells, _cComparator) + Cell(cells, _cValue) + Cell(cells, _cUnit));
            var weightText = Cell(cells, _cWeight);
            decimal? weight = null;
            if (weightText.Length > 0)
            {
                var w = Amount.Parse(weightText);
                if (w.IsNumber) weight = w.Value;
                else UnreadableWeights.Add((Cell(cells, _c3), weightText, rowSource));
            }
            return new PerformanceIndicator(_level1, _level2, Cell(cells, _c3), rowSource)
            {
                Comparator = target.Comparator,
                Value = target.Value,
                Unit = target.Unit,
                Weight = weight,
            };
        }

        public PerformanceTarget Build() => new(Scope, Name, source)
        {
            Total = Total,
            Funding = _funding,
            Goal = Goal,
            Indicators = _indicators,
        };
    }

    [GeneratedRegex(@"\((?:万元|盖章|元)\)|\(万元\)")]
    private static partial Regex LabelNoise();
}

/// <summary>An indicator's target as printed: "≥95%", "$\geq 95\%$", "&lt;=2 万元", "不低于700元/(年.人)", "有效保障".</summary>
internal readonly partial record struct TargetValue(Comparator Comparator, string Value, string? Unit)
{
    public static TargetValue Parse(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var s = TextNormalizer.FoldWidth(printed.Trim());
        s = s.Replace("$", "", StringComparison.Ordinal)
            .Replace(@"\geqslant", "≥", StringComparison.Ordinal).Replace(@"\leqslant", "≤", StringComparison.Ordinal)
            .Replace(@"\geq", "≥", StringComparison.Ordinal).Replace(@"\leq", "≤", StringComparison.Ordinal)
            .Replace(@"\ge", "≥", StringComparison.Ordinal).Replace(@"\le", "≤", StringComparison.Ordinal)
            .Replace(@"\%", "%", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal)
            .Replace(">=", "≥", StringComparison.Ordinal).Replace("<=", "≤", StringComparison.Ordinal)
            .Replace("=>", "≥", StringComparison.Ordinal).Replace("=<", "≤", StringComparison.Ordinal)
            .Replace("⩾", "≥", StringComparison.Ordinal).Replace("⩽", "≤", StringComparison.Ordinal).Trim();
        var m = Pattern().Match(s);
        if (!m.Success) return new TargetValue(Comparator.None, printed.Trim(), null);
        var comparator = m.Groups["cmp"].Value switch
        {
            "≥" or "不低于" or "不少于" or "不小于" or "大于等于" => Comparator.AtLeast,
            "≤" or "不高于" or "不超过" or "不大于" or "小于等于" => Comparator.AtMost,
            "=" or "等于" => Comparator.Equal,
            ">" or "大于" or "高于" => Comparator.GreaterThan,
            "<" or "小于" or "低于" => Comparator.LessThan,
            _ => Comparator.None,
        };
        var unit = m.Groups["unit"].Value.Trim();
        return new TargetValue(comparator, m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), unit.Length == 0 ? null : unit);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Comparator} {Value} {Unit}");

    [GeneratedRegex(@"^(?<cmp>≥|≤|=|>|<|不低于|不少于|不小于|大于等于|不高于|不超过|不大于|小于等于|等于|大于|小于|高于|低于)?\s*(?<num>\d[\d,]*(?:\.\d+)?)\s*(?<unit>[^\d]{0,12})$")]
    private static partial Regex Pattern();
}
