using System.Globalization;
using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Writing;

/// <summary>
/// Composes the four-part disclosure (概况, 公开表, 情况说明, 名词解释) from the model, last year's figures and the
/// reasons. Every total, share, structure percentage and change is computed here with decimal arithmetic and rounded
/// as the documents print them (two decimals, half away from zero); the sentences have exactly the forms the
/// narrative binder reads, so reading the composed text back gives <see cref="ComposedDocument.Claims"/>.
/// Nothing is invented: a missing reason, prior-year figure or project detail is a visible placeholder and a warning.
/// </summary>
public static class Composer
{
    public static ComposedDocument Compose(WritingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new Composition(input).Run();
    }

    private sealed class Composition(WritingInput input)
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
        private readonly Disclosure _d = input.Disclosure;
        private readonly List<Block> _blocks = [];
        private readonly List<ComposedClaim> _claims = [];
        private readonly List<WritingWarning> _warnings = [];
        private string U => _d.UnitName ?? "【单位名称】";
        private string Y => _d.Year?.ToString(Inv) ?? "【年度】";
        private string Scope => _d.Scope == DisclosureScope.Department ? "部门" : "单位";

        public ComposedDocument Run()
        {
            if (_d.UnitName is null) Warn(WritingMessages.MissingUnitNameCode, WritingMessages.MissingUnitName);
            if (_d.Year is null) Warn(WritingMessages.MissingYearCode, WritingMessages.MissingYear);
            var title = $"{Y} 年{Scope}预算公开";
            _blocks.Add(new HeadingBlock(0, U));
            _blocks.Add(new HeadingBlock(0, title));
            var sections = NarrativeSections();
            Contents(sections);
            PartOne();
            PartTwo();
            PartThree(sections);
            PartFour();
            Signature();
            return new ComposedDocument(_blocks) { Claims = _claims, Warnings = _warnings, Title = U + " " + title };
        }

        // ---- structure -------------------------------------------------------------------------------------------

        private string PartOneTitle => $"第一部分 {Y} 年{Scope}概况";
        private string PartTwoTitle => $"第二部分 {Y} 年{Scope}预算公开表";
        private string PartThreeTitle => $"第三部分 {Y} 年{Scope}预算情况说明";
        private const string PartFourTitle = "第四部分 名词解释";

        private List<BudgetTable> OrderedTables() =>
            [.. _d.Tables.Where(t => t.Kind != TableKey.Other).OrderBy(t => t.Kind), .. _d.Tables.Where(t => t.Kind == TableKey.Other)];

        private static string TableTitle(BudgetTable t) => t.Title.Length > 0 ? t.Title : t.Kind.ToChinese();

        private List<(string Heading, Action Write)> NarrativeSections()
        {
            var list = new List<(string, Action)>
            {
                ($"关于{U} {Y} 年收支预算情况的总体说明", Overview),
                ($"关于{U} {Y} 年收入预算情况说明", Income),
                ($"关于{U} {Y} 年支出预算情况说明", Expenditure),
                ($"关于{U} {Y} 年财政拨款收支预算情况的总体说明", FiscalAppropriation),
                ($"关于{U} {Y} 年一般公共预算当年拨款情况说明", GeneralPublic),
                ($"关于{U} {Y} 年一般公共预算基本支出情况说明", GeneralPublicBasic),
                ($"关于{U} {Y} 年一般公共预算项目支出情况说明", GeneralPublicProjects),
                ($"关于{U} {Y} 年政府性基金预算拨款情况说明", () => FundSection(TableKey.GovernmentFundExpenditure, "政府性基金预算拨款")),
                ($"关于{U} {Y} 年国有资本经营预算拨款情况说明", () => FundSection(TableKey.StateCapitalExpenditure, "国有资本经营预算拨款")),
                ($"关于{U} {Y} 年财政拨款“三公”经费预算情况说明", ThreePublic),
                ($"关于{U} {Y} 年财政拨款委托业务费支出情况说明", Entrusted),
                ($"关于{U} {Y} 年上年结转结余预算情况说明", Carryover),
                ("其他重要事项的情况说明", OtherMatters),
            };
            return list;
        }

        private void Contents(List<(string Heading, Action Write)> sections)
        {
            _blocks.Add(new HeadingBlock(1, "目 录"));
            void Entry(string text) => _blocks.Add(new ParagraphBlock(text, ParagraphStyle.Contents));
            Entry(PartOneTitle);
            Entry("一、主要职能");
            Entry("二、机构设置及人员情况");
            Entry(PartTwoTitle);
            var tables = OrderedTables();
            for (var i = 0; i < tables.Count; i++) Entry($"{Numeral(i + 1)}、{TableTitle(tables[i])}");
            Entry(PartThreeTitle);
            for (var i = 0; i < sections.Count; i++) Entry($"{Numeral(i + 1)}、{sections[i].Heading}");
            Entry(PartFourTitle);
        }

        private void Part(string title)
        {
            _blocks.Add(new PageBreakBlock());
            _blocks.Add(new HeadingBlock(1, title));
        }

        private void H2(string text) => _blocks.Add(new HeadingBlock(2, text));

        private void H3(string text) => _blocks.Add(new HeadingBlock(3, text));

        private void P(string text) => _blocks.Add(new ParagraphBlock(text));

        private void P(List<TextRun> runs) => _blocks.Add(new ParagraphBlock(Merge(runs)));

        private static List<TextRun> Merge(List<TextRun> runs)
        {
            var merged = new List<TextRun>();
            foreach (var r in runs.Where(r => r.Text.Length > 0))
            {
                if (merged.Count > 0 && merged[^1].IsPlaceholder == r.IsPlaceholder) merged[^1] = new TextRun(merged[^1].Text + r.Text, r.IsPlaceholder);
                else merged.Add(r);
            }
            return merged;
        }

        private void Warn(string code, string message) => _warnings.Add(new WritingWarning(code, message));

        private TextRun Placeholder(string what, string code, string message)
        {
            Warn(code, message);
            return new TextRun($"【{what}】", IsPlaceholder: true);
        }

        // ---- part one ----------------------------------------------------------------------------------------------

        private void PartOne()
        {
            Part(PartOneTitle);
            H2("一、主要职能");
            if (_d.Profile.Functions.Count == 0)
                P([Placeholder("请填写主要职能", WritingMessages.MissingTextCode, WritingMessages.MissingText("主要职能"))]);
            for (var i = 0; i < _d.Profile.Functions.Count; i++)
                P($"（{Numeral(i + 1)}）{StripNumbering(_d.Profile.Functions[i])}");

            H2("二、机构设置及人员情况");
            var staffing = _d.Profile.Staffing;
            var organisation = _d.Profile.Organisation.Where(o => staffing is null || !IsStaffingSentence(o)).ToList();
            if (organisation.Count == 0 && staffing is null)
                P([Placeholder("请填写机构设置及人员情况", WritingMessages.MissingTextCode, WritingMessages.MissingText("机构设置及人员情况"))]);
            foreach (var o in organisation) P(o);
            if (staffing is not null) P(StaffingSentence(staffing));
        }

        private static bool IsStaffingSentence(string text) =>
            text.Contains("编制数", StringComparison.Ordinal) || text.Contains("实有人数", StringComparison.Ordinal);

        private string StaffingSentence(Staffing s)
        {
            var parts = new List<string>();
            if (s.Authorized is { } a) parts.Add($"编制数 {a.Count}");
            if (s.Actual is { } act) parts.Add($"实有人数 {act.Count} 人");
            var items = new List<string>();
            void Item(string name, HeadCount? h)
            {
                if (h is null) return;
                var change = h.Change is { } c ? (c < 0 ? $"，减少 {-c} 人" : $"，增加 {c} 人") : "";
                items.Add($"{name} {h.Count} 人{change}");
            }
            Item("在职", s.InService);
            Item("退休", s.Retired);
            Item("离休", s.RetiredBefore1949);
            var text = U + string.Join("，", parts);
            if (items.Count > 0) text += "，其中：" + string.Join("；", items);
            return text + "。";
        }

        // ---- part two ----------------------------------------------------------------------------------------------

        private void PartTwo()
        {
            Part(PartTwoTitle);
            var tables = OrderedTables();
            for (var i = 0; i < tables.Count; i++)
            {
                var t = tables[i];
                var number = "表 " + (i + 1).ToString(Inv);
                _blocks.Add(new TableBlock(TableComposer.Compose(t with { Title = TableTitle(t) }, number, _d.UnitName)));
            }
        }

        // ---- figures -----------------------------------------------------------------------------------------------

        private static decimal R2(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);

        private static string F2(decimal v) => R2(v).ToString("F2", Inv);

        private static string Pct(decimal part, decimal whole) => whole == 0 ? "0.00" : F2(part / whole * 100m);

        /// <summary>A cell of a table by column key, on its total row or on the row with <paramref name="code"/>; null when the table or column is absent.</summary>
        private decimal? Cell(TableKey kind, string column, string? code = null, TablePanel panel = TablePanel.None)
        {
            var table = _d.Table(kind);
            var col = table?.Column(column, panel);
            if (table is null || col is null) return null;
            var row = code is null ? table.TotalRow(panel) : table.Rows.FirstOrDefault(r => r.Code?.Digits == code && (panel == TablePanel.None || r.Panel == panel));
            if (row is null)
            {
                if (code is not null) return null;
                // Without a total row the total is the sum of the 类 rows.
                return table.Rows.Where(r => r.Code is { Level: CodeLevel.Class } && (panel == TablePanel.None || r.Panel == panel)).Sum(r => r[col.Index].Value);
            }
            return row[col.Index].Value;
        }

        private decimal Value(TableKey kind, string column, string? code = null, TablePanel panel = TablePanel.None) => Cell(kind, column, code, panel) ?? 0m;

        /// <summary>
        /// "名称 A 万元[，占 S%][，比上年预算增加 D 万元，增长 R%，主要原因是…]": the runs of one stated figure, and the claim
        /// it makes. A new item (nothing last year) is written the conventional way, "增长 100%".
        /// </summary>
        private List<TextRun> Figure(FigureKey key, string name, decimal value, decimal? whole = null, bool change = false, bool reason = true, string middle = " ")
        {
            var runs = new List<TextRun> { new($"{name}{middle}{F2(value)} 万元") };
            string? share = null;
            if (whole is { } w)
            {
                share = Pct(value, w) + "%";
                runs.Add(new TextRun($"，占 {share}"));
            }
            var (direction, delta, rate) = change ? Change(runs, key, name, value, reason) : (null, null, null);
            _claims.Add(new ComposedClaim(key, F2(value), share, direction, delta, rate));
            return runs;
        }

        private (ChangeDirection?, string?, string?) Change(List<TextRun> runs, FigureKey key, string name, decimal value, bool reason)
        {
            if (!input.Prior.TryGetValue(key, out var prior))
            {
                runs.Add(new TextRun("，比上年预算"));
                runs.Add(Placeholder("上年预算数待补充", WritingMessages.MissingPriorCode, WritingMessages.MissingPrior(name)));
                return (null, null, null);
            }
            var delta = R2(value) - R2(prior);
            if (delta == 0)
            {
                runs.Add(new TextRun("，与上年预算持平"));
                return (ChangeDirection.Flat, null, null);
            }
            string rate;
            if (R2(prior) == 0) rate = "100%";
            else rate = F2(Math.Abs(delta) / R2(prior) * 100m) + "%";
            var up = delta > 0;
            runs.Add(new TextRun(up ? $"，比上年预算增加 {F2(delta)} 万元，增长 {rate}" : $"，比上年预算减少 {F2(-delta)} 万元，下降 {rate}"));
            if (reason) runs.AddRange(Reason(key, name));
            return (up ? ChangeDirection.Increase : ChangeDirection.Decrease, F2(Math.Abs(delta)), rate);
        }

        private IEnumerable<TextRun> Reason(FigureKey key, string name)
        {
            yield return new TextRun("，主要原因是");
            if (input.Reasons.TryGetValue(key, out var reason) && reason.Trim().Length > 0)
                yield return new TextRun(reason.Trim().TrimEnd('。'));
            else
                yield return Placeholder("请填写主要原因", WritingMessages.MissingReasonCode, WritingMessages.MissingReason(name));
        }

        private static List<TextRun> Sentence(params IEnumerable<TextRun>[] parts)
        {
            var runs = parts.SelectMany(p => p).ToList();
            runs.Add(new TextRun("。"));
            return runs;
        }

        private void ZeroClaim(FigureKey key) => _claims.Add(new ComposedClaim(key, "0.00", null, null, null, null));

        // ---- part three --------------------------------------------------------------------------------------------

        private void PartThree(List<(string Heading, Action Write)> sections)
        {
            Part(PartThreeTitle);
            for (var i = 0; i < sections.Count; i++)
            {
                H2($"{Numeral(i + 1)}、{sections[i].Heading}");
                sections[i].Write();
            }
        }

        private static readonly (string Key, string Name, string Source)[] IncomeSources =
        [
            (ColumnKeys.GeneralPublic, "一般公共预算", "一般公共预算"),
            (ColumnKeys.GeneralPublicTransfer, "上级一般公共预算安排的转移支付资金", "上级一般公共预算安排的转移支付"),
            (ColumnKeys.GovernmentFund, "政府性基金预算", "政府性基金预算"),
            (ColumnKeys.GovernmentFundTransfer, "上级政府性基金安排的转移支付资金", "上级政府性基金安排的转移支付"),
            (ColumnKeys.StateCapital, "国有资本经营预算", "国有资本经营预算"),
            (ColumnKeys.StateCapitalTransfer, "上级国有资本经营预算安排的转移支付资金", "上级国有资本经营预算安排的转移支付"),
            (ColumnKeys.SpecialAccount, "财政专户管理资金", "财政专户管理资金"),
            (ColumnKeys.UnitFunds, "单位资金", "单位资金"),
            (ColumnKeys.FiscalCarryover, "财政拨款结转", "上年财政拨款结转"),
            (ColumnKeys.NonFiscalCarryover, "非财政拨款结转结余", "上年非财政拨款结转结余"),
        ];

        private IEnumerable<(string Key, string Name, string Source)> IncomeColumns()
        {
            var table = _d.Table(TableKey.Income);
            if (table is null) return [];
            return IncomeSources.Where(s => table.Column(s.Key) is not null);
        }

        private IEnumerable<TableRow> SpendingClasses(TableKey kind, string column, TablePanel panel = TablePanel.None)
        {
            var table = _d.Table(kind);
            var col = table?.Column(column, panel);
            if (table is null || col is null) return [];
            return table.Rows.Where(r => r.Code is { Level: CodeLevel.Class } && (panel == TablePanel.None || r.Panel == panel) && r[col.Index].Value != 0);
        }

        private void Overview()
        {
            var total = Cell(TableKey.IncomeExpenditureSummary, ColumnKeys.Total, panel: TablePanel.Income) ?? Value(TableKey.Income, ColumnKeys.Total);
            var runs = new List<TextRun> { new($"按照全口径预算的原则，{U} {Y} 年所有收入和支出均纳入{Scope}预算管理。") };
            runs.AddRange(Sentence(Figure(FigureKey.Cell(TableKey.IncomeExpenditureSummary, ColumnKeys.Total), "收支总预算", total)));
            P(runs);
            var sources = IncomeColumns().Where(s => Value(TableKey.Income, s.Key) != 0).Select(s => s.Source).ToList();
            if (sources.Count > 0) P($"收入预算包括：{string.Join("、", sources)}。");
            var classes = SpendingClasses(TableKey.Expenditure, ColumnKeys.Total).Select(r => r.Label).ToList();
            if (classes.Count > 0) P($"支出预算包括：{string.Join("、", classes)}。");
        }

        private void Income()
        {
            var total = Value(TableKey.Income, ColumnKeys.Total);
            var lead = Figure(FigureKey.Cell(TableKey.Income, ColumnKeys.Total), $"{U}{Scope}收入预算", total);
            lead.Add(new TextRun("，其中："));
            P(lead);
            foreach (var (key, name, _) in IncomeColumns())
            {
                var value = Value(TableKey.Income, key);
                var figure = FigureKey.Cell(TableKey.Income, key);
                if (value == 0 && (!input.Prior.TryGetValue(figure, out var prior) || prior == 0))
                {
                    P($"{name}未安排。");
                    ZeroClaim(figure);
                    continue;
                }
                P(Sentence(Figure(figure, name, value, total, change: true)));
            }
        }

        private void Expenditure()
        {
            var total = Value(TableKey.Expenditure, ColumnKeys.Total);
            var basic = Value(TableKey.Expenditure, ColumnKeys.Basic);
            var project = Value(TableKey.Expenditure, ColumnKeys.Project);
            var first = Figure(FigureKey.Cell(TableKey.Expenditure, ColumnKeys.Total), $"{U} {Y} 年支出预算", total);
            first.Add(new TextRun("，其中："));
            first.AddRange(Sentence(Figure(FigureKey.Cell(TableKey.Expenditure, ColumnKeys.Basic), "基本支出", basic, total, change: true)));
            P(first);
            P(Sentence(Figure(FigureKey.Cell(TableKey.Expenditure, ColumnKeys.Project), "项目支出", project, total, change: true)));
        }

        private void FiscalAppropriation()
        {
            var total = Cell(TableKey.FiscalAppropriationSummary, ColumnKeys.Total, panel: TablePanel.Expenditure) ?? 0m;
            P(Sentence(Figure(FigureKey.Cell(TableKey.FiscalAppropriationSummary, ColumnKeys.Total), $"{Y} 年财政拨款收支总预算", total)));
            (string Key, string Name)[] types = [(ColumnKeys.GeneralPublic, "一般公共预算拨款"), (ColumnKeys.GovernmentFund, "政府性基金预算拨款"), (ColumnKeys.StateCapital, "国有资本经营预算拨款")];
            var present = types.Where(t => Value(TableKey.FiscalAppropriationSummary, t.Key, panel: TablePanel.Expenditure) != 0).ToList();
            if (present.Count > 0)
            {
                var runs = new List<TextRun> { new("收入包括：") };
                for (var i = 0; i < present.Count; i++)
                {
                    if (i > 0) runs.Add(new TextRun("；"));
                    runs.AddRange(Figure(FigureKey.Cell(TableKey.FiscalAppropriationSummary, present[i].Key), present[i].Name, Value(TableKey.FiscalAppropriationSummary, present[i].Key, panel: TablePanel.Expenditure)));
                }
                P(Sentence(runs));
            }
            var classes = SpendingClasses(TableKey.FiscalAppropriationSummary, ColumnKeys.Total, TablePanel.Expenditure).ToList();
            if (classes.Count > 0)
            {
                var runs = new List<TextRun> { new("支出包括：") };
                for (var i = 0; i < classes.Count; i++)
                {
                    if (i > 0) runs.Add(new TextRun("；"));
                    var code = classes[i].Code!.Digits;
                    runs.AddRange(Figure(FigureKey.Cell(TableKey.FiscalAppropriationSummary, ColumnKeys.Total, code), classes[i].Label, Value(TableKey.FiscalAppropriationSummary, ColumnKeys.Total, code, TablePanel.Expenditure)));
                }
                P(Sentence(runs));
            }
        }

        private void GeneralPublic()
        {
            var gp = TableKey.GeneralPublicExpenditure;
            var total = Value(gp, ColumnKeys.Total);
            H3("（一）一般公共预算当年拨款规模变化情况");
            var lead = Figure(FigureKey.Cell(gp, ColumnKeys.Total), $"{U} {Y} 年一般公共预算拨款合计", total, change: true, reason: false);
            lead.Add(new TextRun("，其中："));
            P(lead);
            P(Sentence(Figure(FigureKey.Cell(gp, ColumnKeys.Basic), "基本支出", Value(gp, ColumnKeys.Basic), change: true)));
            P(Sentence(Figure(FigureKey.Cell(gp, ColumnKeys.Project), "项目支出", Value(gp, ColumnKeys.Project), change: true)));

            H3("（二）一般公共预算当年拨款结构情况");
            var table = _d.Table(gp);
            var classes = SpendingClasses(gp, ColumnKeys.Total).ToList();
            if (classes.Count == 0) P($"{U} {Y} 年无一般公共预算当年拨款。");
            for (var i = 0; i < classes.Count; i++)
            {
                var code = classes[i].Code!.Digits;
                P(Sentence([new TextRun($"{i + 1}、")], Figure(FigureKey.Cell(gp, ColumnKeys.Total, code), classes[i].Label + "（类）", Value(gp, ColumnKeys.Total, code), total, middle: "")));
            }

            H3("（三）一般公共预算当年拨款具体使用情况");
            var col = table?.Column(ColumnKeys.Total);
            var items = table is null || col is null ? [] : table.Rows.Where(r => r.Code is { Level: CodeLevel.Item } && r[col.Index].Value != 0).ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var code = items[i].Code!.Digits;
                var path = $"{NameOf(table!, code[..3])}（类）{NameOf(table!, code[..5])}（款）{items[i].Label}（项）";
                P(Sentence([new TextRun($"{i + 1}、")], Figure(FigureKey.Cell(gp, ColumnKeys.Total, code), path, items[i][col!.Index].Value, change: true, middle: $"：{Y} 年预算数为 ")));
            }
        }

        private static string NameOf(BudgetTable table, string code) => table.Row(code)?.Label ?? code;

        private void GeneralPublicBasic()
        {
            var basic = TableKey.GeneralPublicBasicExpenditure;
            var lead = Figure(FigureKey.Cell(basic, ColumnKeys.Total), $"{U} {Y} 年一般公共预算基本支出", Value(basic, ColumnKeys.Total));
            lead.Add(new TextRun("，其中："));
            P(lead);
            foreach (var (key, name) in new[] { (ColumnKeys.Personnel, "人员经费"), (ColumnKeys.PublicFunds, "公用经费") })
            {
                var runs = Figure(FigureKey.Cell(basic, key), name, Value(basic, key));
                var table = _d.Table(basic);
                var col = table?.Column(key);
                var parts = table is null || col is null ? [] : table.Rows.Where(r => r.Code is { Level: CodeLevel.Section } && r[col.Index].Value != 0).Select(r => r.Label).ToList();
                if (parts.Count > 0) runs.Add(new TextRun("，主要包括：" + string.Join("、", parts)));
                P(Sentence(runs));
            }
        }

        private void GeneralPublicProjects()
        {
            var table = _d.Table(TableKey.GeneralPublicProjectExpenditure);
            var col = table?.Column(ColumnKeys.Total);
            var projects = table is null || col is null ? [] : table.Rows.Where(r => r.Kind == RowKind.Project && r.Project is not null).ToList();
            if (projects.Count == 0)
            {
                P($"{U} {Y} 年没有一般公共预算项目支出。");
                return;
            }
            for (var i = 0; i < projects.Count; i++)
            {
                var name = projects[i].Project!;
                var details = input.Projects.FirstOrDefault(p => p.Name == name) ?? new ProjectDetails(name);
                H3($"（{Numeral(i + 1)}）项目名称：{name}");
                if (details.Description is { Length: > 0 } description) P(description);
                P(Labelled("设立的政策依据", details.Basis, name, end: "。"));
                P(Figure(FigureKey.Named(Figures.ProjectBudget, TableKey.GeneralPublicProjectExpenditure, ColumnKeys.Total), "预算安排规模", projects[i][col!.Index].Value, middle: "："));
                P($"项目承担单位：{details.Owner ?? U}");
                P(Labelled("资金分配情况", details.Allocation, name, end: ""));
                P($"资金执行时间：{details.Period ?? $"{Y} 年 1 月 1 日-{Y} 年 12 月 31 日"}");
            }
        }

        private List<TextRun> Labelled(string label, string? value, string project, string end)
        {
            if (value is { Length: > 0 }) return [new TextRun($"{label}：{(end.Length > 0 ? value.TrimEnd('。') + end : value)}")];
            return [new TextRun(label + "："), Placeholder("请填写" + label, WritingMessages.MissingProjectDetailCode, WritingMessages.MissingProjectDetail(project, label))];
        }

        private bool IsEmpty(TableKey kind)
        {
            var table = _d.Table(kind);
            return table is null || table.IsDeclaredEmpty || Value(kind, ColumnKeys.Total) == 0;
        }

        private void FundSection(TableKey kind, string name)
        {
            if (IsEmpty(kind))
            {
                P($"{U} {Y} 年没有使用{name}安排的支出，{kind.ToChinese()}为空表。");
                return;
            }
            P(Sentence(Figure(FigureKey.Cell(kind, ColumnKeys.Total), $"{U} {Y} 年{name}支出", Value(kind, ColumnKeys.Total))));
        }

        private decimal ThreePublicItem(string figure)
        {
            var table = _d.Table(TableKey.ThreePublicExpenses);
            var col = table?.Column(ColumnKeys.Total);
            if (table is null || col is null) return 0m;
            if (figure == Figures.ThreePublicTotal) return Value(TableKey.ThreePublicExpenses, ColumnKeys.Total);
            var row = table.Rows.FirstOrDefault(r => SubjectTies.ThreePublicFigure(TextNormalizer.Key(r.Label)) == figure);
            return row?[col.Index].Value ?? 0m;
        }

        private void ThreePublic()
        {
            var t = TableKey.ThreePublicExpenses;
            FigureKey Key(string figure) => FigureKey.Named(figure, t, ColumnKeys.Total);
            var total = ThreePublicItem(Figures.ThreePublicTotal);
            var runs = Figure(Key(Figures.ThreePublicTotal), $"{U} {Y} 年财政拨款“三公”经费预算数为", total);
            runs.Add(new TextRun("，其中："));
            (string Figure, string Name)[] items =
                [(Figures.OverseasTravel, "因公出国（境）费"), (Figures.VehiclePurchase, "公务用车购置费"), (Figures.VehicleOperation, "公务用车运行费"), (Figures.Reception, "公务接待费")];
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0) runs.Add(new TextRun("，"));
                runs.AddRange(Figure(Key(items[i].Figure), items[i].Name, ThreePublicItem(items[i].Figure)));
            }
            P(Sentence(runs));
            var change = new List<TextRun> { new($"{Y} 年") };
            var key = Key(Figures.ThreePublicTotal);
            var (direction, delta, rate) = ChangeOnly(change, key, "财政拨款“三公”经费预算", total);
            change.Add(new TextRun("。"));
            P(change);
            if (direction is not null) _claims.Add(new ComposedClaim(key, null, null, direction, delta, rate));
        }

        /// <summary>"财政拨款“三公”经费预算比上年预算减少 A 万元，下降 B%，主要原因是…": a change stated without the value.</summary>
        private (ChangeDirection?, string?, string?) ChangeOnly(List<TextRun> runs, FigureKey key, string name, decimal value)
        {
            runs.Add(new TextRun(name));
            var inner = new List<TextRun>();
            var result = Change(inner, key, name, value, reason: true);
            // Change() writes "，比上年…"; here the comparison follows the name directly.
            if (inner.Count > 0 && inner[0].Text.StartsWith('，')) inner[0] = inner[0] with { Text = inner[0].Text[1..] };
            runs.AddRange(inner);
            return result;
        }

        private void Entrusted()
        {
            var kind = TableKey.EntrustedBusinessFees;
            if (IsEmpty(kind))
            {
                P($"{U} {Y} 年无财政拨款委托业务费支出，{kind.ToChinese()}为空表。");
                return;
            }
            P(Sentence(Figure(FigureKey.Cell(kind, ColumnKeys.Total), $"{U} {Y} 年财政拨款委托业务费支出", Value(kind, ColumnKeys.Total))));
        }

        private void Carryover()
        {
            var kind = TableKey.PriorYearCarryover;
            if (IsEmpty(kind))
            {
                P($"{U} {Y} 年没有上年结转结余，{kind.ToChinese()}为空表。");
                return;
            }
            var runs = Figure(FigureKey.Cell(kind, ColumnKeys.Total), $"{U} {Y} 年上年结转结余", Value(kind, ColumnKeys.Total));
            runs.Add(new TextRun("，其中："));
            runs.AddRange(Figure(FigureKey.Named(Figures.CarryoverFiscal, kind), "财政拨款结转", Value(kind, ColumnKeys.FiscalSubtotal)));
            runs.Add(new TextRun("，"));
            runs.AddRange(Figure(FigureKey.Named(Figures.CarryoverNonFiscal, kind), "非财政拨款结转结余", Value(kind, "nonfiscal." + ColumnKeys.Subtotal)));
            P(Sentence(runs));
        }

        private void OtherMatters()
        {
            H3("（一）机关运行经费情况");
            var operating = _d.OtherMatters.OperatingCosts?.Value is { IsNumber: true } oc ? oc.Value : Value(TableKey.GeneralPublicBasicExpenditure, ColumnKeys.PublicFunds);
            P(Sentence(Figure(FigureKey.Named(Figures.OperatingCosts), $"{U} {Y} 年机关运行经费财政拨款预算", operating, change: true)));

            H3("（二）政府采购情况");
            if (_d.OtherMatters.Procurement is { } p)
            {
                var runs = new List<TextRun> { new($"{Y} 年，") };
                runs.AddRange(Figure(FigureKey.Named(Figures.ProcurementTotal), $"{U}政府采购预算", p.Total?.Value ?? 0m));
                runs.Add(new TextRun("，其中："));
                runs.AddRange(Figure(FigureKey.Named(Figures.ProcurementGoods), "政府采购货物预算", p.Goods?.Value ?? 0m));
                runs.Add(new TextRun("，"));
                runs.AddRange(Figure(FigureKey.Named(Figures.ProcurementWorks), "政府采购工程预算", p.Works?.Value ?? 0m));
                runs.Add(new TextRun("，"));
                runs.AddRange(Figure(FigureKey.Named(Figures.ProcurementServices), "政府采购服务预算", p.Services?.Value ?? 0m));
                P(Sentence(runs));
                if (p.SmeReserved is { IsNumber: true } sme)
                {
                    var reserve = new List<TextRun> { new($"{Y} 年，") };
                    reserve.AddRange(Figure(FigureKey.Named(Figures.SmeReserved), $"{U}面向中小企业预留政府采购项目预算金额", sme.Value));
                    if (p.SmallMicroReserved is { IsNumber: true } small)
                    {
                        reserve.Add(new TextRun("，其中："));
                        reserve.AddRange(Figure(FigureKey.Named(Figures.SmallMicroReserved), "小微企业预留政府采购项目预算金额", small.Value));
                    }
                    P(Sentence(reserve));
                }
            }
            else
            {
                P([Placeholder("请填写政府采购预算情况", WritingMessages.MissingTextCode, WritingMessages.MissingText("政府采购情况"))]);
            }

            H3("（三）国有资产占用使用情况");
            if (_d.OtherMatters.Assets.Count == 0)
                P([Placeholder("请填写国有资产占用使用情况", WritingMessages.MissingTextCode, WritingMessages.MissingText("国有资产占用使用情况"))]);
            else
            {
                var prior = _d.Year is { } y ? (y - 1).ToString(Inv) : "上";
                P($"截至 {prior} 年底，{U}占用使用国有资产总体情况为：");
                for (var i = 0; i < _d.OtherMatters.Assets.Count; i++)
                {
                    var a = _d.OtherMatters.Assets[i];
                    var quantity = a.Quantity is { } q ? $" {Quantity(q, a.QuantityUnit)} {a.QuantityUnit}".TrimEnd() : "";
                    var value = a.Value is { IsNumber: true } v ? $"{(quantity.Length > 0 ? "，" : "")}价值 {F2(v.Value)} 万元" : "";
                    P($"{i + 1}. {a.Name}{quantity}{value}。");
                }
            }

            H3("（四）预算绩效情况");
            Performance();

            H3("（五）其他需说明的事项");
            if (input.OtherNotes.Count == 0)
                P([Placeholder("请填写其他需说明的事项，没有则写“无”", WritingMessages.MissingTextCode, WritingMessages.MissingText("其他需说明的事项"))]);
            foreach (var note in input.OtherNotes) P(note);
        }

        private static string Quantity(decimal q, string? unit) =>
            unit is "平方米" or "亩" || q != decimal.Truncate(q) ? F2(q) : decimal.Truncate(q).ToString(Inv);

        private void Performance()
        {
            var overall = _d.PerformanceTargets.Where(t => t.Scope == PerformanceScope.Overall).ToList();
            var projects = _d.PerformanceTargets.Where(t => t.Scope == PerformanceScope.Project).ToList();
            var runs = new List<TextRun> { new($"{Y} 年，本{Scope}预算绩效管理整体预算绩效目标 {overall.Count} 个，") };
            var overallAmount = overall.FirstOrDefault()?.Total?.Value ?? Value(TableKey.Income, ColumnKeys.Total);
            runs.AddRange(Figure(FigureKey.Named(Figures.PerformanceOverallAmount), "涉及预算金额", overallAmount));
            runs.Add(new TextRun($"；当年预算安排项目共 {projects.Count} 个，其中："));
            runs.AddRange(Figure(FigureKey.Named(Figures.PerformanceFiscalProjects), "财政拨款项目涉及预算金额", Value(TableKey.GeneralPublicProjectExpenditure, ColumnKeys.Total)));
            runs.Add(new TextRun("。"));
            if (_d.PerformanceTargets.Count > 0) runs.Add(new TextRun("具体情况见下表："));
            P(runs);
            foreach (var target in overall.Concat(projects)) _blocks.Add(new TableBlock(PerformanceForm(target)));
        }

        private static readonly string[] IndicatorHeaders = ["一级指标", "二级指标", "三级指标", "指标值", "指标分值权重"];

        private ComposedTable PerformanceForm(PerformanceTarget t)
        {
            const int width = 5;
            var body = new List<GridRow>();
            GridRow Pair(string label, string value, CellRole role = CellRole.Text) =>
                new([new GridCell(0, label, CellRole.Header), new GridCell(1, value, role, width - 1)]);
            body.Add(Pair(t.Scope == PerformanceScope.Overall ? $"{Scope}名称" : "项目名称", t.Name));
            if (t.Total is { IsNumber: true } total) body.Add(Pair("年度预算总额", total.Text, CellRole.Amount));
            for (var i = 0; i < t.Funding.Count; i++)
            {
                var cells = new List<GridCell>();
                if (i == 0) cells.Add(new GridCell(0, "资金来源(万元)", CellRole.Header, 1, t.Funding.Count));
                cells.Add(new GridCell(1, t.Funding[i].Source, CellRole.Header, 2));
                cells.Add(new GridCell(3, t.Funding[i].Amount.Text, CellRole.Amount, 2));
                body.Add(new GridRow(cells));
            }
            if (t.Goal is { Length: > 0 } goal) body.Add(Pair(t.Scope == PerformanceScope.Overall ? "整体绩效目标" : "项目总体目标", goal));
            body.Add(new GridRow([.. IndicatorHeaders.Select((h, i) => new GridCell(i, h, CellRole.Header))]));
            string? l1 = null, l2 = null;
            foreach (var ind in t.Indicators)
            {
                var cells = new List<GridCell>();
                // The tree columns are printed once per group, as in the published forms; the reader carries them down.
                if (ind.Level1 != l1) { cells.Add(new GridCell(0, ind.Level1, CellRole.Text)); l1 = ind.Level1; l2 = null; }
                if (ind.Level2 != l2) { cells.Add(new GridCell(1, ind.Level2, CellRole.Text)); l2 = ind.Level2; }
                cells.Add(new GridCell(2, ind.Name, CellRole.Text));
                cells.Add(new GridCell(3, Comparators(ind.Comparator) + ind.Value + (ind.Unit ?? ""), CellRole.Text));
                cells.Add(new GridCell(4, ind.Weight?.ToString("0.##", Inv) ?? "", CellRole.Text));
                body.Add(new GridRow(cells));
            }
            var title = t.Scope == PerformanceScope.Overall ? $"{Scope}整体绩效目标表" : "项目支出绩效目标表";
            return new ComposedTable(title, width, [], body) { Subtitle = $"({Y} 年)" };
        }

        private static string Comparators(Comparator c) => c switch
        {
            Comparator.AtLeast => "≥",
            Comparator.AtMost => "≤",
            Comparator.Equal => "=",
            Comparator.GreaterThan => ">",
            Comparator.LessThan => "<",
            _ => "",
        };

        // ---- part four ---------------------------------------------------------------------------------------------

        private void PartFour()
        {
            Part(PartFourTitle);
            if (_d.Glossary.Count == 0)
                P([Placeholder("请填写名词解释", WritingMessages.MissingTextCode, WritingMessages.MissingText("名词解释"))]);
            for (var i = 0; i < _d.Glossary.Count; i++)
                P($"{Numeral(i + 1)}、{_d.Glossary[i].Term}：{_d.Glossary[i].Definition}");
        }

        private void Signature()
        {
            _blocks.Add(new ParagraphBlock(U, ParagraphStyle.Signature));
            if (_d.Date is { Length: > 0 } date) _blocks.Add(new ParagraphBlock(date, ParagraphStyle.Signature));
            else _blocks.Add(new ParagraphBlock([Placeholder("公开日期", WritingMessages.MissingTextCode, WritingMessages.MissingText("公开日期"))], ParagraphStyle.Signature));
        }

        private static string StripNumbering(string text) => TextNormalizer.StripNumbering(text);
    }

    /// <summary>一 … 九十九, as headings number their sections.</summary>
    internal static string Numeral(int n)
    {
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        if (n < 10) return digits[n];
        if (n < 20) return "十" + digits[n % 10];
        return digits[n / 10] + "十" + digits[n % 10];
    }
}
