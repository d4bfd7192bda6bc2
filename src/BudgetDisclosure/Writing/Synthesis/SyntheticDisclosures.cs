using System.Globalization;
using BudgetDisclosure.Catalog;
using BudgetDisclosure.Model;
using BudgetDisclosure.Writing.Input;

namespace BudgetDisclosure.Writing.Synthesis;

/// <summary>One synthetic disclosure: what the composer needs, and last year's disclosure its changes are computed from.</summary>
public sealed record SyntheticDocument(string Name, WritingInput Input, Disclosure Prior);

/// <summary>
/// Realistic synthetic disclosures for tests and benchmarks: a fictional unit of a kind found in the corpus (统计,
/// 财政, 审计, 商务, 宣传, 信访, 医疗保障), codes and names from the catalog, amounts from hundreds to hundreds of
/// thousands of 万元, and every identity the checks know holding by construction — the tables are summed from the
/// same allocations, the narrative is composed from the tables, and last year's figures come from last year's
/// tables built the same way. Deterministic for a seed.
/// </summary>
public static class SyntheticDisclosures
{
    private sealed record Theme(string Office, string Section, string[] Items, string[] Duties, string[] Projects);

    private static readonly Theme[] Themes =
    [
        new("统计局", "20105", ["2010501", "2010505", "2010507", "2010508"], ["组织实施全县统计调查和普查", "发布统计数据，开展统计分析和监测"], ["经济普查专项经费", "统计抽样调查补助", "统计信息化平台运维"]),
        new("财政局", "20106", ["2010601", "2010602", "2010605", "2010607"], ["编制年度预算草案并组织执行", "管理国库集中支付和政府采购"], ["预算管理一体化系统运维", "国库集中支付代理服务", "财政投资评审"]),
        new("审计局", "20108", ["2010801", "2010802", "2010804", "2010806"], ["对本级预算执行和其他财政收支进行审计监督", "组织开展经济责任审计"], ["政府投资项目审计", "审计业务外包服务", "审计信息化建设"]),
        new("商务局", "20113", ["2011301", "2011302"], ["拟订并实施商贸流通发展规划", "承担招商引资和对外经贸合作工作"], ["商贸流通体系建设", "招商引资专项经费"]),
        new("宣传部", "20133", ["2013301", "2013302", "2013304", "2013399"], ["负责理论武装和宣传教育工作", "指导新闻出版和精神文明建设"], ["新时代文明实践中心建设", "对外宣传专项经费", "网络安全和信息化工作经费"]),
        new("信访局", "20140", ["2014001", "2014004", "2014099"], ["受理群众来信来访并督促办理", "研究分析信访情况并提出建议"], ["信访矛盾化解专项经费", "网上信访系统运维"]),
        new("医疗保障局", "21015", ["2101501", "2101502", "2101505", "2101506", "2101599"], ["组织实施医疗保险、生育保险和医疗救助制度", "负责医疗保障基金的监督管理"], ["医疗保障经办服务能力提升项目", "城乡居民医疗救助配套项目", "医保信息化平台运维"]),
    ];

    private static readonly string[] Places = ["示例县", "青山县", "河西区", "东川市", "南湖县", "北原市", "西岭县", "云江区", "石门县", "清河市", "白沙县", "长宁区"];

    private static readonly string[] Reasons =
    [
        "人员结构变化及工资标准调整", "根据年度工作任务调整项目安排", "落实过紧日子要求，压减一般性支出", "上级补助资金规模调整",
        "部分项目完成后不再安排", "新增年度重点工作任务",
    ];

    /// <summary>The generator's own random source: .NET's seeded <see cref="Random"/> is stable across runs and platforms.</summary>
    private sealed class Dice(int seed)
    {
        private readonly Random random = new(seed);

        public int Int(int min, int maxExclusive) => random.Next(min, maxExclusive);

        public bool Chance(double p) => random.NextDouble() < p;

        public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        /// <summary>A fraction of <paramref name="whole"/> rounded to 分 (0.01 万元).</summary>
        public decimal Part(decimal whole, double min, double max) =>
            Math.Round(whole * (decimal)(min + random.NextDouble() * (max - min)), 2, MidpointRounding.AwayFromZero);

        /// <summary>Log-uniform between <paramref name="min"/> and <paramref name="max"/>, to 分: corpus budgets span three orders of magnitude.</summary>
        public decimal LogUniform(double min, double max) =>
            Math.Round((decimal)Math.Exp(Math.Log(min) + random.NextDouble() * (Math.Log(max) - Math.Log(min))), 2, MidpointRounding.AwayFromZero);

        public double Next() => random.NextDouble();
    }

    /// <summary>A budget line: where it is classified, what it is for and who pays.</summary>
    private sealed record Allocation(string Function, string Economic, bool Basic, string Source, decimal Amount, string? Project)
    {
        /// <summary>The share of a project paid as 委托业务费 (表11): work the unit has others do for it.</summary>
        public decimal Entrusted { get; init; }

        /// <summary>Drawn from the second stream (<see cref="Extras"/>), so that adding it leaves the rest of the document as it was.</summary>
        public bool Extra { get; init; }

        public bool IsGeneralPublic => Source is ColumnKeys.GeneralPublic or ColumnKeys.GeneralPublicTransfer;

        public bool IsCarryover => Source is ColumnKeys.FiscalCarryover or ColumnKeys.NonFiscalCarryover;

        public decimal EntrustedAmount => Math.Round(Amount * Entrusted, 2, MidpointRounding.AwayFromZero);
    }

    public static IEnumerable<SyntheticDocument> Generate(int count, int seed)
    {
        for (var i = 0; i < count; i++) yield return One(seed, i);
    }

    /// <summary>Document <paramref name="index"/> of the series for <paramref name="seed"/>; each has its own random stream.</summary>
    public static SyntheticDocument One(int seed, int index)
    {
        var dice = new Dice(unchecked(seed * 7919 + index * 104729 + 17));
        // The 国有资本经营, 委托业务费 and 上年结转 lines come from a stream of their own: documents without them are
        // exactly what they were before those tables were generated.
        var extras = new Dice(unchecked(seed * 7919 + index * 104729 + 17) ^ 0x2545F491);
        var theme = dice.Pick(Themes);
        var place = dice.Pick(Places);
        var scope = dice.Chance(0.3) ? DisclosureScope.Department : DisclosureScope.Unit;
        var unit = place + theme.Office;
        var year = dice.Chance(0.7) ? 2026 : 2025;
        var total = dice.LogUniform(200, 300000);
        var retirees = dice.Int(0, 12);
        var allocations = Allocations(dice, theme, total, retirees > 0);
        allocations = Extras(extras, theme, total, year, allocations);
        // Last year: the same lines, each moved by up to ±20 %, a new project or two absent.
        var priorAllocations = allocations
            .Where(a => a.Project is null || !(a.Extra ? extras : dice).Chance(0.25))
            .Select(a => a with { Amount = Math.Max(0.01m, (a.Extra ? extras : dice).Part(a.Amount, 0.8, 1.2)) }).ToList();
        var name = $"{unit}-{year.ToString(CultureInfo.InvariantCulture)}-{(scope == DisclosureScope.Department ? "部门" : "单位")}预算-{index + 1:000}";
        var source = new SourceLocation(name, 0);
        var tables = Tables(allocations, scope, unit, year, source, dice.Chance(0.2));
        var priorTables = Tables(priorAllocations, scope, unit, year - 1, source, false);
        var disclosure = new Disclosure
        {
            Sources = [name],
            UnitName = unit,
            Scope = scope,
            Kind = DisclosureKind.Budget,
            Year = year,
            Date = $"{year} 年 {dice.Int(1, 4)} 月 {dice.Int(1, 29)} 日",
            Profile = Profile(dice, theme, place, unit, retirees, total),
            Tables = tables,
            OtherMatters = Matters(dice, total, tables, year, source),
            PerformanceTargets = Targets(dice, unit, tables, allocations, source),
            Glossary = Glossary(source),
        };
        var prior = new Disclosure { Sources = [name + "-prior"], UnitName = unit, Scope = scope, Kind = DisclosureKind.Budget, Year = year - 1, Tables = priorTables };
        var priorFigures = PriorYear.FromTables(prior);
        // What is new this year had nothing last year: the narrative says so ("增长 100%") rather than leaving a gap.
        foreach (var key in PriorYear.FromTables(disclosure).Keys) priorFigures.TryAdd(key, 0m);
        var reasons = priorFigures.Keys.ToDictionary(k => k, _ => dice.Pick(Reasons));
        var projects = allocations.Where(a => a.Project is not null && a.IsGeneralPublic).Select(a => new ProjectDetails(a.Project!)
        {
            Basis = dice.Pick(["《中华人民共和国预算法》", "本级人民政府年度重点工作安排", "上级部门专项工作部署文件"]),
            Owner = unit,
            Allocation = $"项目资金 {a.Amount.ToString("F2", CultureInfo.InvariantCulture)} 万元，用于{a.Project}相关支出",
            Period = $"{year} 年 1 月 1 日-{year} 年 12 月 31 日",
        }).ToList();
        var input = new WritingInput(disclosure)
        {
            Prior = priorFigures,
            Reasons = reasons,
            Projects = projects,
            OtherNotes = [$"本{(scope == DisclosureScope.Department ? "部门" : "单位")}无其他需说明事项。"],
        };
        return new SyntheticDocument(name, input, prior);
    }

    private static string FunctionName(string code, int year) => ClassificationCatalog.Default.Find(CodeSystem.Function, code, year)?.Name ?? code;

    private static string EconomicName(string code, int year) => ClassificationCatalog.Default.Find(CodeSystem.Economic, code, year)?.Name ?? code;

    private static List<Allocation> Allocations(Dice dice, Theme theme, decimal total, bool retirees)
    {
        var list = new List<Allocation>();
        var basic = dice.Part(total, 0.35, 0.8);
        var personnel = dice.Part(basic, 0.75, 0.9);
        var publicFunds = basic - personnel;
        var running = theme.Items[0];
        (string Economic, string Function, double Share)[] people =
        [
            ("30101", running, 0.3), ("30102", running, 0.22), ("30107", running, 0.14), ("30108", "2080505", 0.1),
            ("30109", "2080506", 0.05), ("30110", "2101101", 0.06), ("30113", "2210201", 0.08),
        ];
        var left = personnel;
        foreach (var (economic, function, share) in people)
        {
            var amount = dice.Part(personnel, share * 0.85, share * 1.05);
            list.Add(new Allocation(function, economic, true, ColumnKeys.GeneralPublic, amount, null));
            left -= amount;
        }
        if (retirees)
        {
            var pension = dice.Part(left, 0.3, 0.6);
            list.Add(new Allocation("2080501", "30302", true, ColumnKeys.GeneralPublic, pension, null));
            left -= pension;
        }
        list.Add(new Allocation(running, "30199", true, ColumnKeys.GeneralPublic, left, null));
        var reception = dice.Part(publicFunds, 0.03, 0.08);
        var vehicles = dice.Part(publicFunds, 0.05, 0.15);
        var office = dice.Part(publicFunds, 0.2, 0.4);
        var union = dice.Part(publicFunds, 0.05, 0.1);
        var travel = dice.Part(publicFunds, 0.05, 0.15);
        list.Add(new Allocation(running, "30201", true, ColumnKeys.GeneralPublic, office, null));
        list.Add(new Allocation(running, "30211", true, ColumnKeys.GeneralPublic, travel, null));
        list.Add(new Allocation(running, "30217", true, ColumnKeys.GeneralPublic, reception, null));
        list.Add(new Allocation(running, "30228", true, ColumnKeys.GeneralPublic, union, null));
        list.Add(new Allocation(running, "30231", true, ColumnKeys.GeneralPublic, vehicles, null));
        list.Add(new Allocation(running, "30299", true, ColumnKeys.GeneralPublic, publicFunds - reception - vehicles - office - union - travel, null));

        var projects = total - basic;
        var names = theme.Projects.OrderBy(_ => dice.Next()).Take(dice.Int(1, theme.Projects.Length + 1)).ToList();
        var remaining = projects;
        for (var i = 0; i < names.Count; i++)
        {
            var amount = i == names.Count - 1 ? remaining : dice.Part(remaining, 0.3, 0.7);
            remaining -= amount;
            var function = theme.Items.Length > 1 ? theme.Items[1 + i % (theme.Items.Length - 1)] : running;
            var source = i == 0 && dice.Chance(0.4) ? ColumnKeys.GeneralPublicTransfer : ColumnKeys.GeneralPublic;
            list.Add(new Allocation(function, dice.Pick(["302", "302", "303", "310"]), false, source, amount, names[i]));
        }
        // Some units have their own income (单位资金) or a fund-financed project; both are outside the general budget.
        if (dice.Chance(0.35))
            list.Add(new Allocation(running, "30299", true, ColumnKeys.UnitFunds, dice.Part(total, 0.005, 0.03), null));
        if (dice.Chance(0.2))
            list.Add(new Allocation(dice.Pick(["2070904", "2120815"]), "302", false, ColumnKeys.GovernmentFund, dice.Part(total, 0.02, 0.1), null));
        return [.. list.Where(a => a.Amount > 0)];
    }

    /// <summary>
    /// What some units have besides: 委托业务费 paid out of a project (表11), money carried over from last year and
    /// spent on projects this year (表12, the 收入总表's 结转 columns), and — for a 医疗保障局, the only kind of unit the
    /// corpus shows with one — a 国有资本经营 line (表9: 223 01 08 离休干部医药费补助支出, as a corpus document prints it).
    /// </summary>
    private static List<Allocation> Extras(Dice dice, Theme theme, decimal total, int year, List<Allocation> allocations)
    {
        var list = new List<Allocation>(allocations);
        if (dice.Chance(0.35) && list.FindIndex(a => a.Project is not null && a.IsGeneralPublic) is var i and >= 0)
            list[i] = list[i] with { Entrusted = (decimal)Math.Round(0.2 + dice.Next() * 0.6, 2) };
        if (dice.Chance(0.3))
        {
            var fiscal = dice.Part(total, 0.01, 0.08);
            var project = dice.Pick(theme.Projects);
            var function = theme.Items.Length > 1 ? theme.Items[1] : theme.Items[0];
            list.Add(new Allocation(function, "302", false, ColumnKeys.FiscalCarryover, fiscal, $"{(year - 1).ToString(CultureInfo.InvariantCulture)} 年结转{project}") { Extra = true });
            if (dice.Chance(0.3))
                list.Add(new Allocation(theme.Items[0], "302", false, ColumnKeys.NonFiscalCarryover, dice.Part(total, 0.002, 0.02), "上年非财政拨款结余资金") { Extra = true });
        }
        if (theme.Office == "医疗保障局" && dice.Chance(0.5))
            list.Add(new Allocation("2230108", "303", false, ColumnKeys.StateCapital, dice.Part(total, 0.01, 0.06), null) { Extra = true });
        return [.. list.Where(a => a.Amount > 0)];
    }

    private static List<InputRow> FunctionRows(IEnumerable<Allocation> allocations, int columns, Func<Allocation, IEnumerable<int>> target, int year, SourceLocation source, bool projects = false)
    {
        var byItem = new SortedDictionary<string, decimal[]>(StringComparer.Ordinal);
        var projectRows = new List<(string Code, string Project, decimal[] Amounts)>();
        foreach (var a in allocations)
        {
            if (!byItem.TryGetValue(a.Function, out var sums)) byItem[a.Function] = sums = new decimal[columns];
            foreach (var c in target(a)) sums[c] += a.Amount;
            if (projects && a.Project is not null)
            {
                var amounts = new decimal[columns];
                foreach (var c in target(a)) amounts[c] += a.Amount;
                projectRows.Add((a.Function, a.Project, amounts));
            }
        }
        var rows = new List<InputRow>();
        Amount[] Money(decimal[] values) => [.. values.Select(StandardTables.Money)];
        foreach (var cls in byItem.Keys.GroupBy(k => k[..3]))
        {
            rows.Add(new InputRow(cls.Key, FunctionName(cls.Key, year), Money(Sum(cls.Select(k => byItem[k]), columns)), source));
            foreach (var section in cls.GroupBy(k => k[..5]))
            {
                rows.Add(new InputRow(section.Key, FunctionName(section.Key, year), Money(Sum(section.Select(k => byItem[k]), columns)), source));
                foreach (var item in section)
                {
                    if (projects)
                        rows.AddRange(projectRows.Where(p => p.Code == item).Select(p => new InputRow(item, FunctionName(item, year), Money(p.Amounts), source) { Project = p.Project }));
                    else
                        rows.Add(new InputRow(item, FunctionName(item, year), Money(byItem[item]), source));
                }
            }
        }
        var totals = Sum(byItem.Values, columns);
        rows.Add(new InputRow(null, "总计", [.. totals.Select(v => Amount.FromValue(v, 2))], source) { IsTotal = true });
        return rows;
    }

    private static decimal[] Sum(IEnumerable<decimal[]> rows, int columns)
    {
        var sums = new decimal[columns];
        foreach (var r in rows)
            for (var i = 0; i < columns; i++) sums[i] += r[i];
        return sums;
    }

    private static List<BudgetTable> Tables(List<Allocation> allocations, DisclosureScope scope, string unit, int year, SourceLocation source, bool zeroTotalRowFirst)
    {
        _ = zeroTotalRowFirst;
        var incomeKeys = StandardTables.Income.Keys;
        int IncomeColumn(string key) => incomeKeys.ToList().IndexOf(key);
        IEnumerable<int> IncomeTargets(Allocation a)
        {
            yield return 0;
            // 财政拨款（补助）小计 is this year's appropriations: neither the unit's own money nor what is carried over.
            if (a.Source is not (ColumnKeys.UnitFunds or ColumnKeys.FiscalCarryover or ColumnKeys.NonFiscalCarryover)) yield return 1;
            yield return IncomeColumn(a.Source);
        }
        IEnumerable<int> SpendingTargets(Allocation a) => [0, a.Basic ? 1 : 2];
        var fiscalGeneral = allocations.Where(a => a.Source is ColumnKeys.GeneralPublic or ColumnKeys.GeneralPublicTransfer).ToList();
        var inputs = new Dictionary<TableKey, BudgetTable>();
        void Add(TableLayout layout, List<InputRow> rows) => inputs[layout.Kind] = StandardTables.Build(layout, rows, scope, unit, year, source);
        Add(StandardTables.Income, FunctionRows(allocations, incomeKeys.Count, IncomeTargets, year, source));
        Add(StandardTables.Expenditure, FunctionRows(allocations, 3, SpendingTargets, year, source));
        Add(StandardTables.GeneralPublic, FunctionRows(fiscalGeneral, 3, SpendingTargets, year, source));
        Add(StandardTables.Basic, EconomicRows(fiscalGeneral.Where(a => a.Basic), year, source));
        var projectKeys = StandardTables.Projects.Keys.ToList();
        Add(StandardTables.Projects, FunctionRows(fiscalGeneral.Where(a => !a.Basic), projectKeys.Count,
            a => [0, projectKeys.IndexOf(ColumnKeys.Economic(a.Economic[..3]))], year, source, projects: true));
        var fund = allocations.Where(a => a.Source == ColumnKeys.GovernmentFund).ToList();
        Add(StandardTables.GovernmentFund, fund.Count == 0 ? [] : FunctionRows(fund, 4, a => [0, a.Basic ? 1 : 3], year, source));
        var capital = allocations.Where(a => a.Source == ColumnKeys.StateCapital).ToList();
        Add(StandardTables.StateCapital, capital.Count == 0 ? [] : FunctionRows(capital, 4, a => [0, a.Basic ? 1 : 3], year, source));
        var basic = fiscalGeneral.Where(a => a.Basic).ToList();
        var reception = basic.Where(a => a.Economic == "30217").Sum(a => a.Amount);
        var vehicles = basic.Where(a => a.Economic == "30231").Sum(a => a.Amount);
        Amount[] Three(decimal v) => [Amount.FromValue(v, 2), Amount.FromValue(v, 2), Amount.Blank, Amount.Blank];
        Add(StandardTables.ThreePublic,
        [
            new InputRow(null, "合计", Three(reception + vehicles), source) { IsTotal = true },
            new InputRow(null, "因公出国（境）费", Three(0m), source),
            new InputRow(null, "公务接待费", Three(reception), source),
            new InputRow(null, "公务用车购置及运行费（小计）", Three(vehicles), source),
            new InputRow(null, "其中：公务用车购置费", Three(0m), source),
            new InputRow(null, "公务用车运行费", Three(vehicles), source),
        ]);
        Add(StandardTables.Entrusted, EntrustedRows(fiscalGeneral, source));
        Add(StandardTables.Carryover, CarryoverRows(allocations, source));
        return StandardTables.Assemble(inputs, scope, year, source);
    }

    /// <summary>表11: one row per project that pays 委托业务费, all from the general public budget, and the total.</summary>
    private static List<InputRow> EntrustedRows(IEnumerable<Allocation> fiscalGeneral, SourceLocation source)
    {
        var rows = fiscalGeneral.Where(a => a.Entrusted > 0 && a.EntrustedAmount > 0)
            .Select(a => new InputRow(null, a.Project!, [StandardTables.Money(a.EntrustedAmount), StandardTables.Money(a.EntrustedAmount), Amount.Blank, Amount.Blank], source))
            .ToList();
        if (rows.Count > 0) rows.Add(TotalOf(rows, 4, source));
        return rows;
    }

    /// <summary>表12: one row per line carried over (all spent on projects), under 财政拨款 or 非财政拨款, and the total.</summary>
    private static List<InputRow> CarryoverRows(IEnumerable<Allocation> allocations, SourceLocation source)
    {
        var rows = new List<InputRow>();
        foreach (var a in allocations.Where(a => a.IsCarryover))
        {
            var fiscal = a.Source == ColumnKeys.FiscalCarryover;
            var amounts = Enumerable.Repeat(Amount.Blank, 9).ToArray();
            amounts[0] = StandardTables.Money(a.Amount);
            // 小计 and 项目支出 of its side (columns 1 and 4 for 财政拨款, 5 and 8 for 非财政拨款).
            amounts[fiscal ? 1 : 5] = StandardTables.Money(a.Amount);
            amounts[fiscal ? 4 : 8] = StandardTables.Money(a.Amount);
            rows.Add(new InputRow(null, a.Project!, amounts, source));
        }
        if (rows.Count > 0) rows.Add(TotalOf(rows, 9, source));
        return rows;
    }

    /// <summary>The 总计 row of a table listed by label, as the input workbook's reader adds it.</summary>
    private static InputRow TotalOf(List<InputRow> rows, int columns, SourceLocation source)
    {
        var totals = Enumerable.Range(0, columns).Select(c => rows.Sum(r => r.Amounts[c].Value)).ToList();
        return new InputRow(null, "总计", [.. totals.Select((t, i) => i == 0 || t != 0 ? Amount.FromValue(t, 2) : Amount.Blank)], source) { IsTotal = true };
    }

    private static List<InputRow> EconomicRows(IEnumerable<Allocation> basic, int year, SourceLocation source)
    {
        var rows = new List<InputRow>();
        var byCode = basic.GroupBy(a => a.Economic).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        static bool Personnel(string code) => code[..3] is "301" or "303";
        Amount[] Money(string code, decimal v) => [StandardTables.Money(v), Personnel(code) ? StandardTables.Money(v) : Amount.Blank, Personnel(code) ? Amount.Blank : StandardTables.Money(v)];
        foreach (var cls in byCode.Keys.Order(StringComparer.Ordinal).GroupBy(k => k[..3]))
        {
            rows.Add(new InputRow(cls.Key, EconomicName(cls.Key, year), Money(cls.Key, cls.Sum(k => byCode[k])), source));
            foreach (var code in cls) rows.Add(new InputRow(code, EconomicName(code, year), Money(code, byCode[code]), source));
        }
        var personnel = byCode.Where(kv => Personnel(kv.Key)).Sum(kv => kv.Value);
        var publicFunds = byCode.Where(kv => !Personnel(kv.Key)).Sum(kv => kv.Value);
        rows.Add(new InputRow(null, "总计", [Amount.FromValue(personnel + publicFunds, 2), Amount.FromValue(personnel, 2), Amount.FromValue(publicFunds, 2)], source) { IsTotal = true });
        return rows;
    }

    private static UnitProfile Profile(Dice dice, Theme theme, string place, string unit, int retirees, decimal total)
    {
        var authorized = Math.Clamp((int)Math.Round(Math.Sqrt((double)total) * 0.8 + dice.Int(3, 15)), 5, 800);
        var inService = Math.Max(3, authorized - dice.Int(-3, 6));
        var source = new SourceLocation(unit, 0);
        var staffing = new Staffing
        {
            Authorized = new HeadCount(authorized, null, source),
            Actual = new HeadCount(inService + retirees, null, source),
            InService = new HeadCount(inService, dice.Int(-2, 3), source),
            Retired = new HeadCount(retirees, Math.Min(dice.Int(0, 2), retirees), source),
            RetiredBefore1949 = new HeadCount(0, 0, source),
        };
        var offices = dice.Int(2, 7);
        return new UnitProfile
        {
            Functions = [.. theme.Duties.Select(d => $"{d}。"), $"完成{place}人民政府交办的其他任务。"],
            Organisation = [$"{unit}内设办公室、业务股等 {offices} 个股室。"],
            Staffing = staffing,
        };
    }

    private static OtherMatters Matters(Dice dice, decimal total, List<BudgetTable> tables, int year, SourceLocation source)
    {
        _ = tables;
        _ = year;
        var procurement = dice.Part(total, 0.02, 0.2);
        var goods = dice.Part(procurement, 0.1, 0.5);
        var works = dice.Chance(0.3) ? dice.Part(procurement - goods, 0.1, 0.5) : 0m;
        var services = procurement - goods - works;
        var sme = dice.Part(procurement, 0.3, 0.8);
        var small = dice.Part(sme, 0.5, 0.9);
        var area = dice.Int(300, 5000);
        var vehicles = dice.Int(0, 6);
        List<AssetItem> assets =
        [
            new("房屋", source) { Quantity = area, QuantityUnit = "平方米", Value = Amount.FromValue(Math.Round(area * dice.Part(0.3m, 0.5, 1.5), 2), 2) },
            new("车辆", source) { Quantity = vehicles, QuantityUnit = "辆", Value = Amount.FromValue(vehicles * dice.Part(18m, 0.7, 1.3), 2) },
        ];
        return new OtherMatters
        {
            Procurement = new Procurement(source)
            {
                Total = Amount.FromValue(procurement, 2),
                Goods = Amount.FromValue(goods, 2),
                Works = Amount.FromValue(works, 2),
                Services = Amount.FromValue(services, 2),
                SmeReserved = Amount.FromValue(sme, 2),
                SmallMicroReserved = Amount.FromValue(small, 2),
            },
            Assets = assets,
        };
    }

    private static readonly (string L1, string L2, string Name, Comparator Comparator, string Value, string? Unit)[] Indicators =
    [
        ("产出指标", "数量指标", "完成年度重点工作任务数(项)", Comparator.AtLeast, "10", null),
        ("产出指标", "质量指标", "工作任务完成合格率(%)", Comparator.AtLeast, "95", "%"),
        ("产出指标", "时效指标", "资金支付及时率(%)", Comparator.Equal, "100", "%"),
        ("效益指标", "社会效益指标", "政策知晓率(%)", Comparator.AtLeast, "90", "%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度(%)", Comparator.AtLeast, "90", "%"),
    ];

    private static List<PerformanceTarget> Targets(Dice dice, string unit, List<BudgetTable> tables, List<Allocation> allocations, SourceLocation source)
    {
        PerformanceIndicator[] Pick()
        {
            int[] weights = [30, 20, 10, 20, 10];
            return [.. Indicators.Select((x, i) => new PerformanceIndicator(x.L1, x.L2, x.Name, source) { Comparator = x.Comparator, Value = x.Value, Unit = x.Unit, Weight = weights[i] })];
        }
        var income = tables.First(t => t.Kind == TableKey.Income);
        decimal Column(string key) => income.Column(key) is { } c && income.TotalRow() is { } r ? r[c.Index].Value : 0m;
        var funding = new List<FundingLine>();
        if (Column(ColumnKeys.GeneralPublicTransfer) is var transfer and > 0) funding.Add(new FundingLine("上级安排", Amount.FromValue(transfer, 2)));
        funding.Add(new FundingLine("本级安排", Amount.FromValue(Column(ColumnKeys.GeneralPublic), 2)));
        var list = new List<PerformanceTarget>
        {
            new(PerformanceScope.Overall, unit, source) { Funding = funding, Indicators = Pick() },
        };
        foreach (var project in allocations.Where(a => a.Project is not null && a.IsGeneralPublic))
        {
            list.Add(new PerformanceTarget(PerformanceScope.Project, project.Project!, source)
            {
                Total = Amount.FromValue(project.Amount, 2),
                Funding = [new FundingLine("财政拨款", Amount.FromValue(project.Amount, 2)), new FundingLine("其他资金", Amount.FromValue(0m, 2))],
                Goal = $"按计划完成{project.Project}年度任务，提升履职能力。",
                Indicators = Pick(),
            });
        }
        _ = dice;
        return list;
    }

    private static List<GlossaryEntry> Glossary(SourceLocation source) =>
    [
        new("财政拨款", "指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。", source),
        new("基本支出", "包括人员经费和公用经费。", source),
        new("项目支出", "指单位为完成特定的行政任务或事业发展目标，在基本支出预算之外编制的年度项目支出计划。", source),
        new("“三公”经费", "指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。", source),
        new("机关运行经费", "指行政单位（含参照公务员法管理的事业单位）的公用经费。", source),
    ];
}
