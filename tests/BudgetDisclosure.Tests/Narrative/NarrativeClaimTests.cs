using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Tests.Narrative;

public class NarrativeClaimTests
{
    /// <summary>The title names the unit, whose name the claims' names are printed with and without.</summary>
    private const string Title = "某局\n2025 年部门预算公开\n";

    private static IReadOnlyList<Claim> Claims(string text, params BudgetTable[] tables) => NarrativeFixture.Bind(Title + text, tables).Claims;

    [Fact]
    public void Income_claim_has_value_share_and_change_tied_to_the_income_table()
    {
        var claims = Claims("""
            二、关于某局 2025 年收入预算情况说明
            某局部门收入预算 996.43 万元，其中：
            一般公共预算 909.43 万元，占 91.27%，比上年预算增加 125.41 万元，增长 16.00%，主要原因是人员增加 6 人，经费增长 3 万元。
            上级一般公共预算安排的转移支付资金 87.00 万元，占 8.73%，比上年预算减少 62.24 万元，下降 41.70%。
            """);
        Assert.Equal(3, claims.Count);
        var total = claims.Single("部门收入预算");
        Assert.Equal((TableKey.Income, (string?)null, ColumnKeys.Total), (total.Subject.Table!.Value, total.Subject.Code, total.Subject.Column));

        var gp = claims.Single("一般公共预算");
        Assert.Equal(TableKey.Income, gp.Subject.Table);
        Assert.Null(gp.Subject.Code);
        Assert.Equal(ColumnKeys.GeneralPublic, gp.Subject.Column);
        Assert.Equal(909.43m, gp.Value!.Value.Value);
        Assert.Equal(2, gp.Value.Value.Decimals);
        Assert.Equal(MoneyUnit.TenThousandYuan, gp.Unit);
        Assert.Equal(91.27m, gp.Share!.Value.Value);
        Assert.Equal(ChangeDirection.Increase, gp.Change!.Direction);
        Assert.Equal(125.41m, gp.Change.Delta!.Value.Value);
        Assert.Equal(16.00m, gp.Change.Rate!.Value.Value);
        Assert.Equal("上年预算", gp.Change.Basis);
        Assert.Equal(SectionTopic.Income, gp.Topic);
        Assert.StartsWith("二、", gp.Section, StringComparison.Ordinal);
        Assert.Equal(5, gp.Source.Line);

        var transfer = claims.Single("上级一般公共预算安排的转移支付资金");
        Assert.Equal(ColumnKeys.GeneralPublicTransfer, transfer.Subject.Column);
        Assert.Equal(ChangeDirection.Decrease, transfer.Change!.Direction);
        Assert.Equal(62.24m, transfer.Change.Delta!.Value.Value);
    }

    [Fact]
    public void Not_planned_is_an_exact_zero_claim()
    {
        var claims = Claims("""
            二、关于某局 2025 年收入预算情况说明
            政府性基金预算未安排。
            """);
        var fund = Assert.Single(claims);
        Assert.Equal("政府性基金预算", fund.Subject.Name);
        Assert.Equal(ColumnKeys.GovernmentFund, fund.Subject.Column);
        Assert.Equal(0m, fund.Value!.Value.Value);
        Assert.Equal(2, fund.Value.Value.Decimals);
    }

    [Fact]
    public void Overview_and_expenditure_claims_use_their_own_tables()
    {
        var claims = Claims("""
            一、关于某局 2025 年收支预算情况总体说明
            按照全口径预算的原则，某局 2025 年所有收入和支出均纳入部门预算管理。收支总预算 996.43 万元。
            三、关于某局 2025 年支出预算情况说明
            某局 2025 年支出预算 996.43 万元，其中：基本支出 570.03 万元，占 57.21%，比上年预算增加 130.41 万元，增长 29.66%。
            项目支出 426.40 万元，占 42.79%，比上年预算减少 182.34 万元，下降 29.95%。
            """);
        Assert.Equal((TableKey.IncomeExpenditureSummary, ColumnKeys.Total), (claims.Single("收支总预算").Subject.Table!.Value, claims.Single("收支总预算").Subject.Column));
        Assert.Equal(ColumnKeys.Total, claims.Single("支出预算").Subject.Column);
        var basic = claims.Single("基本支出");
        Assert.Equal((TableKey.Expenditure, ColumnKeys.Basic), (basic.Subject.Table!.Value, basic.Subject.Column));
        Assert.Equal(57.21m, basic.Share!.Value.Value);
        Assert.Equal(ColumnKeys.Project, claims.Single("项目支出").Subject.Column);
        Assert.Equal(ChangeDirection.Decrease, claims.Single("项目支出").Change!.Direction);
    }

    [Fact]
    public void Current_year_claims_resolve_codes_against_the_general_public_table()
    {
        var gpe = NarrativeFixture.FunctionTable(TableKey.GeneralPublicExpenditure,
            "208 社会保障和就业支出", "20805 行政事业单位养老支出", "2080501 行政单位离退休", "2080505 机关事业单位基本养老保险缴费支出",
            "210 卫生健康支出", "21013 医疗救助支出", "2101399 其他医疗救助支出");
        var claims = Claims("""
            五、关于某局 2025 年一般公共预算当年拨款情况说明
            （一）一般公共预算当年拨款规模变化情况
            某局 2025 年一般公共预算拨款合计 996.43 万元，其中：
            基本支出 570.03 万元，比上年预算增加 130.41 万元，增长 29.66%。
            （二）一般公共预算当年拨款结构情况
            - 1、社会保障和就业支出（类）70.64 万元，占 7.09%。
            （三）一般公共预算当年拨款具体使用情况
            1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）：2025 年预算数为 18.94 万元，比上年预算增加 2.54 万元，增长 15.49%，主要原因是退休 1 人。
            2.卫生健康支出(类)医疗救助(款)其他医疗救助支出(项):2026年预算数为71.96万元,比上年预算减少1.27万元,下降1.73%,主要原因是:资金减少。
            """, gpe);
        Assert.Equal(ColumnKeys.Total, claims.Single("一般公共预算拨款合计").Subject.Column);
        Assert.Equal((TableKey.GeneralPublicExpenditure, ColumnKeys.Basic), (claims.Single("基本支出").Subject.Table!.Value, claims.Single("基本支出").Subject.Column));

        var cls = claims.Single("社会保障和就业支出（类）");
        Assert.Equal(("208", ColumnKeys.Total), (cls.Subject.Code, cls.Subject.Column));
        Assert.Equal(7.09m, cls.Share!.Value.Value);

        var item = claims.Single("社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）");
        Assert.Equal("2080501", item.Subject.Code);
        Assert.Equal(18.94m, item.Value!.Value.Value);
        Assert.Equal(2.54m, item.Change!.Delta!.Value.Value);
        Assert.Equal(15.49m, item.Change.Rate!.Value.Value);

        // "医疗救助（款）" is printed shorter than the table's "医疗救助支出"; half-width brackets and no spaces.
        var relief = claims.Single("卫生健康支出(类)医疗救助(款)其他医疗救助支出(项)");
        Assert.Equal("2101399", relief.Subject.Code);
        Assert.Equal(ChangeDirection.Decrease, relief.Change!.Direction);
    }

    [Fact]
    public void Unresolved_path_is_reported_and_falls_back_to_the_expenditure_table()
    {
        var expenditure = NarrativeFixture.FunctionTable(TableKey.Expenditure, "221 住房保障支出", "22102 住房改革支出", "2210201 住房公积金");
        var gpe = NarrativeFixture.FunctionTable(TableKey.GeneralPublicExpenditure, "208 社会保障和就业支出");
        var n = NarrativeFixture.Bind(Title + """
            五、关于某局 2025 年一般公共预算当年拨款情况说明
            1、住房保障支出（类）住房改革支出（款）住房公积金（项）：2025年预算数为41.89万元。
            2、交通运输支出（类）公路水路运输（款）行政运行（项）：2025年预算数为1.00万元。
            """, out var diagnostics, [gpe, expenditure]);
        Assert.Equal("2210201", n.Claims[0].Subject.Code);
        Assert.Null(n.Claims[1].Subject.Code);
        Assert.Single(diagnostics, d => d.Code == Messages.UnresolvedClaimCodeCode && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Basic_expenditure_amounts_without_spaces()
    {
        var claims = Claims("""
            六、关于某局2025年一般公共预算基本支出情况说明
            某局2025年一般公共预算基本支出570.03万元，其中：
            人员经费546.42万元，主要包括：基本工资、津贴补贴。
            公用经费23.61万元，主要包括：办公费。
            """);
        Assert.Equal(3, claims.Count);
        Assert.Equal((TableKey.GeneralPublicBasicExpenditure, ColumnKeys.Personnel, 546.42m), (claims.Single("人员经费").Subject.Table!.Value, claims.Single("人员经费").Subject.Column, claims.Single("人员经费").Value!.Value.Value));
        Assert.Equal(ColumnKeys.PublicFunds, claims.Single("公用经费").Subject.Column);
        Assert.Equal(ColumnKeys.Total, claims.Single("一般公共预算基本支出").Subject.Column);
    }

    [Fact]
    public void Fiscal_appropriation_class_claims_take_the_budget_type_being_listed()
    {
        var fas = NarrativeFixture.FunctionTable(TableKey.FiscalAppropriationSummary, "208 社会保障和就业支出", "230 转移性支出");
        var claims = Claims("""
            四、关于某局 2025 年财政拨款收支预算情况的总体说明
            2025 年财政拨款收支总预算 217,813.11 万元。
            收入预算包括：一般公共预算拨款 213,813.11 万元，政府性基金预算拨款 4,000.00 万元。
            一般公共预算支出包括：社会保障和就业支出 150.75 万元，主要用于缴纳职工养老保险；转移性支出 193,844.12 万元，主要用于转移支付。
            政府性基金预算支出包括: 转移性支出 4,000.00 万元，主要用于医疗救助补助。
            """, fas);
        Assert.Equal(217813.11m, claims.Single("财政拨款收支总预算").Value!.Value.Value);
        Assert.Equal(ColumnKeys.GeneralPublic, claims.Single("一般公共预算拨款").Subject.Column);
        Assert.Equal(ColumnKeys.GovernmentFund, claims.Single("政府性基金预算拨款").Subject.Column);
        Assert.Equal(("208", ColumnKeys.GeneralPublic), (claims.Single("社会保障和就业支出").Subject.Code, claims.Single("社会保障和就业支出").Subject.Column));
        var transfers = claims.Where(c => c.Subject.Name == "转移性支出").ToList();
        Assert.Equal(2, transfers.Count);
        Assert.All(transfers, t => Assert.Equal("230", t.Subject.Code));
        Assert.Equal([ColumnKeys.GeneralPublic, ColumnKeys.GovernmentFund], transfers.Select(t => t.Subject.Column));
        Assert.Equal([193844.12m, 4000.00m], transfers.Select(t => t.Value!.Value.Value));
    }

    [Fact]
    public void Three_public_items_and_their_changes()
    {
        var claims = Claims("""
            十、关于某局 2025 年财政拨款“三公”经费预算情况说明
            某局 2025 年财政拨款“三公”经费数为 21.43 万元，其中：因公出国（境）费 0.00 万元，公务用车购置费 0.00 万元，公务用车运行费 21.00 万元，公务接待费 0.43 万元。
            2025 年财政拨款“三公”经费预算比上年预算减少 0.28 万元，下降 1.29%，其中：公务接待费减少 0.28 万元，下降 39.44%，主要原因是节约开支，公务用车运行费增加 0.00 万元，增长 0.00%，主要原因是与上年持平。
            """);
        var values = claims.Where(c => c.Value is not null).ToList();
        Assert.Equal(
            ["three_public_total", "overseas_travel", "vehicle_purchase", "vehicle_operation", "reception"],
            values.Select(c => c.Subject.Figure));
        Assert.All(values, c => Assert.Equal(TableKey.ThreePublicExpenses, c.Subject.Table));
        var changes = claims.Where(c => c.Value is null).ToList();
        Assert.Equal(["three_public_total", "reception", "vehicle_operation"], changes.Select(c => c.Subject.Figure));
        Assert.Equal(ChangeDirection.Decrease, changes[0].Change!.Direction);
        Assert.Equal("上年预算", changes[0].Change!.Basis);
        Assert.Equal(39.44m, changes[1].Change!.Rate!.Value.Value);
        Assert.Equal(ChangeDirection.Increase, changes[2].Change!.Direction);
    }

    [Fact]
    public void Change_in_the_next_sentence_belongs_to_the_claim_before_it()
    {
        var claims = Claims("""
            八、关于某局 2025 年政府性基金预算拨款情况说明
            某局 2025 年政府性基金预算拨款 4,000.00 万元。与上年预算相比增加 4,000.00 万元，增长 100.00%。主要原因是列入政府性基金 4000 万元。
            """);
        var fund = Assert.Single(claims);
        Assert.Equal((TableKey.GovernmentFundExpenditure, ColumnKeys.Total), (fund.Subject.Table!.Value, fund.Subject.Column));
        Assert.Equal(4000.00m, fund.Change!.Delta!.Value.Value);
        Assert.Equal("上年预算", fund.Change.Basis);
    }

    [Fact]
    public void Flat_change_and_full_width_digits()
    {
        var claims = Claims("""
            （一）机关运行经费情况
            某局的机关运行经费财政拨款预算２３．６１万元，与上年持平。
            """);
        var ops = Assert.Single(claims);
        Assert.Equal("operating_costs", ops.Subject.Figure);
        Assert.Equal(23.61m, ops.Value!.Value.Value);
        Assert.Equal(ChangeDirection.Flat, ops.Change!.Direction);
    }

    [Fact]
    public void Amounts_in_yuan_and_hundred_million_keep_their_unit_and_rates_are_not_amounts()
    {
        var claims = Claims("""
            七、关于某局 2025 年一般公共预算项目支出情况说明
            项目名称：城乡居民医保补助。
            预算安排规模：1.5 亿元。
            补贴标准：700 元/人，购置办公用品 3000 元。
            """);
        Assert.Equal(2, claims.Count);
        var budget = claims[0];
        Assert.Equal(("城乡居民医保补助", "project_budget", MoneyUnit.HundredMillionYuan), (budget.Subject.Name, budget.Subject.Figure, budget.Unit));
        Assert.Equal(TableKey.GeneralPublicProjectExpenditure, budget.Subject.Table);
        Assert.Equal(("购置办公用品", MoneyUnit.Yuan, 3000m), (claims[1].Subject.Name, claims[1].Unit, claims[1].Value!.Value.Value));
    }

    [Fact]
    public void Procurement_figures()
    {
        var claims = Claims("""
            （二）政府采购情况
            2025 年，某局政府采购预算 86.43 万元，其中：政府采购货物预算 16.69 万元，政府采购工程预算 0.00 万元，政府采购服务预算 69.74 万元。
            2025 年，某局面向中小企业预留政府采购项目预算金额 78.40 万元，其中：小微企业预留政府采购项目预算金额 70.00 万元。
            """);
        Assert.Equal(
            ["procurement_total", "procurement_goods", "procurement_works", "procurement_services", "sme_reserved", "small_micro_reserved"],
            claims.Select(c => c.Subject.Figure));
        Assert.Equal("政府采购预算", claims[0].Subject.Name);
    }

    /// <summary>Every verb of decrease gives a decrease, also when it is the only verb of the clause.</summary>
    [Theory]
    [InlineData("下降", ChangeDirection.Decrease)]
    [InlineData("减少", ChangeDirection.Decrease)]
    [InlineData("降低", ChangeDirection.Decrease)]
    [InlineData("增长", ChangeDirection.Increase)]
    [InlineData("增加", ChangeDirection.Increase)]
    [InlineData("上升", ChangeDirection.Increase)]
    public void A_rate_with_a_single_verb_takes_its_direction(string verb, ChangeDirection direction)
    {
        var claims = Claims($"""
            三、关于某局 2025 年支出预算情况说明
            项目支出 426.40 万元，占 42.79%，比上年预算{verb} 20.00%。
            """);
        var project = claims.Single("项目支出");
        Assert.Equal(direction, project.Change!.Direction);
        Assert.Equal(20.00m, project.Change.Rate!.Value.Value);
        Assert.Null(project.Change.Delta);
    }

    /// <summary>
    /// A percentage is a share only when the clause says 占 (of what): an execution rate, a growth target or a
    /// satisfaction figure printed beside an amount is no share of the total.
    /// </summary>
    [Fact]
    public void A_percentage_without_zhan_is_no_share()
    {
        var claims = Claims("""
            三、关于某局 2025 年支出预算情况说明
            项目支出 426.40 万元，执行率 95.00%。
            基本支出 570.03 万元，占 57.21%。
            """);
        Assert.Null(claims.Single("项目支出").Share);
        Assert.Equal(57.21m, claims.Single("基本支出").Share!.Value.Value);
    }

    /// <summary>Items listed with the enumeration comma 、 are claims of their own, each with its own figure.</summary>
    [Fact]
    public void Items_listed_with_the_enumeration_comma_are_separate_claims()
    {
        var claims = Claims("""
            三、关于某局 2025 年支出预算情况说明
            某局 2025 年支出预算 996.43 万元，其中：基本支出 570.03 万元、项目支出 426.40 万元。
            """);
        Assert.Equal(570.03m, claims.Single("基本支出").Value!.Value.Value);
        Assert.Equal(ColumnKeys.Basic, claims.Single("基本支出").Subject.Column);
        Assert.Equal(426.40m, claims.Single("项目支出").Value!.Value.Value);
        Assert.Equal(ColumnKeys.Project, claims.Single("项目支出").Subject.Column);
    }
}
