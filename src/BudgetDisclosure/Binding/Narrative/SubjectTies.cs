using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding.Narrative;

/// <summary>Names of the figures that are not table cells (the <see cref="ClaimSubject.Figure"/> values).</summary>
internal static class Figures
{
    public const string ThreePublicTotal = "three_public_total";
    public const string OverseasTravel = "overseas_travel";
    public const string Reception = "reception";
    public const string VehiclePurchase = "vehicle_purchase";
    public const string VehicleOperation = "vehicle_operation";
    public const string VehicleTotal = "vehicle_total";
    public const string OperatingCosts = "operating_costs";
    public const string ProcurementTotal = "procurement_total";
    public const string ProcurementGoods = "procurement_goods";
    public const string ProcurementWorks = "procurement_works";
    public const string ProcurementServices = "procurement_services";
    public const string SmeReserved = "sme_reserved";
    public const string SmallMicroReserved = "small_micro_reserved";
    public const string ProjectBudget = "project_budget";
    public const string CarryoverFiscal = "carryover_fiscal";
    public const string CarryoverNonFiscal = "carryover_nonfiscal";
    public const string PerformanceOverallAmount = "performance_overall_amount";
    public const string PerformanceFiscalProjects = "performance_fiscal_projects_amount";
    public const string PerformanceNonFiscalProjects = "performance_nonfiscal_projects_amount";
}

/// <summary>
/// What a claim's subject is tied from: the section's topic, the printed name and the running context. The sentence is
/// kept as printed: only one topic looks into it, so it is keyed there rather than for every claim.
/// </summary>
internal sealed record TieRequest(SectionTopic Topic, string Name, string Key, bool IntroducesList, string? ColumnContext, string? ProjectName, string Sentence, SourceLocation Source);

/// <summary>
/// Ties a claim's printed name to what it restates. The same words mean different cells in different sections
/// (基本支出 is the 支出总表's column in 支出预算情况说明 and the 一般公共预算支出表's in 当年拨款情况说明), so the
/// section's topic chooses the table and the name chooses the column, row or figure.
/// </summary>
internal sealed class SubjectTies(IReadOnlyList<BudgetTable> tables, List<ReadDiagnostic> diagnostics)
{
    private BudgetTable? Table(TableKey kind) => tables.FirstOrDefault(t => t.Kind == kind);

    public ClaimSubject Tie(TieRequest r)
    {
        var s = new ClaimSubject(r.Name);
        var k = r.Key;
        bool Has(string word) => k.Contains(word, StringComparison.Ordinal);
        switch (r.Topic)
        {
            case SectionTopic.Overview:
                if (Has("收支总预算") || Has("收支预算")) return s with { Table = TableKey.IncomeExpenditureSummary, Column = ColumnKeys.Total };
                break;

            case SectionTopic.Income:
                if (IncomeColumn(k) is { } income) return s with { Table = TableKey.Income, Column = income };
                break;

            case SectionTopic.Expenditure:
                if (Has("基本支出")) return s with { Table = TableKey.Expenditure, Column = ColumnKeys.Basic };
                if (Has("项目支出")) return s with { Table = TableKey.Expenditure, Column = ColumnKeys.Project };
                if (Has("支出")) return s with { Table = TableKey.Expenditure, Column = ColumnKeys.Total };
                break;

            case SectionTopic.FiscalAppropriation:
                if (Has("收支总预算") || Has("收支预算")) return s with { Table = TableKey.FiscalAppropriationSummary, Column = ColumnKeys.Total };
                if (r.IntroducesList && BudgetTypeColumn(k) is { } listed) return s with { Table = TableKey.FiscalAppropriationSummary, Column = listed };
                if (CodeResolver.Resolve([StripClassMarker(k)], [Table(TableKey.FiscalAppropriationSummary), Table(TableKey.GeneralPublicExpenditure), Table(TableKey.Expenditure), Table(TableKey.IncomeExpenditureSummary)]) is { } cls)
                    return s with { Table = TableKey.FiscalAppropriationSummary, Code = cls, Column = r.ColumnContext ?? ColumnKeys.Total };
                if (BudgetTypeColumn(k) is { } type) return s with { Table = TableKey.FiscalAppropriationSummary, Column = type };
                break;

            case SectionTopic.GeneralPublicCurrentYear:
                if (CodeResolver.HasLevelMarkers(r.Name))
                    return s with { Table = TableKey.GeneralPublicExpenditure, Code = ResolvePath(r, TableKey.GeneralPublicExpenditure, TableKey.Expenditure), Column = ColumnKeys.Total };
                if (Has("基本支出")) return s with { Table = TableKey.GeneralPublicExpenditure, Column = ColumnKeys.Basic };
                if (Has("项目支出")) return s with { Table = TableKey.GeneralPublicExpenditure, Column = ColumnKeys.Project };
                if (Has("一般公共预算") || Has("合计")) return s with { Table = TableKey.GeneralPublicExpenditure, Column = ColumnKeys.Total };
                if (CodeResolver.Resolve([k], [Table(TableKey.GeneralPublicExpenditure), Table(TableKey.Expenditure)]) is { } gpClass)
                    return s with { Table = TableKey.GeneralPublicExpenditure, Code = gpClass, Column = ColumnKeys.Total };
                break;

            case SectionTopic.GeneralPublicBasic:
                if (Has("人员经费")) return s with { Table = TableKey.GeneralPublicBasicExpenditure, Column = ColumnKeys.Personnel };
                if (Has("公用经费")) return s with { Table = TableKey.GeneralPublicBasicExpenditure, Column = ColumnKeys.PublicFunds };
                if (Has("基本支出")) return s with { Table = TableKey.GeneralPublicBasicExpenditure, Column = ColumnKeys.Total };
                break;

            case SectionTopic.GeneralPublicProject:
                if (Has("安排规模") || Has("预算规模"))
                    return new ClaimSubject(r.ProjectName ?? r.Name) { Table = TableKey.GeneralPublicProjectExpenditure, Column = ColumnKeys.Total, Figure = Figures.ProjectBudget };
                break;

            case SectionTopic.GovernmentFund:
                if (CodeResolver.HasLevelMarkers(r.Name))
                    return s with { Table = TableKey.GovernmentFundExpenditure, Code = ResolvePath(r, TableKey.GovernmentFundExpenditure, TableKey.Expenditure), Column = ColumnKeys.Total };
                if (Has("政府性基金")) return s with { Table = TableKey.GovernmentFundExpenditure, Column = ColumnKeys.Total };
                break;

            case SectionTopic.StateCapital:
                if (CodeResolver.HasLevelMarkers(r.Name))
                    return s with { Table = TableKey.StateCapitalExpenditure, Code = ResolvePath(r, TableKey.StateCapitalExpenditure, TableKey.Expenditure), Column = ColumnKeys.Total };
                if (Has("国有资本")) return s with { Table = TableKey.StateCapitalExpenditure, Column = ColumnKeys.Total };
                break;

            case SectionTopic.ThreePublicExpenses:
                if (ThreePublicFigure(k) is { } item) return s with { Table = TableKey.ThreePublicExpenses, Column = ColumnKeys.Total, Figure = item };
                break;

            case SectionTopic.EntrustedBusinessFees:
                if (Has("委托业务费")) return s with { Table = TableKey.EntrustedBusinessFees, Column = ColumnKeys.Total };
                break;

            case SectionTopic.PriorYearCarryover:
                if (Has("非财政拨款")) return s with { Table = TableKey.PriorYearCarryover, Figure = Figures.CarryoverNonFiscal };
                if (k.StartsWith("财政拨款", StringComparison.Ordinal)) return s with { Table = TableKey.PriorYearCarryover, Figure = Figures.CarryoverFiscal };
                if (Has("结转结余")) return s with { Table = TableKey.PriorYearCarryover, Column = ColumnKeys.Total };
                return s with { Table = TableKey.PriorYearCarryover };

            case SectionTopic.OperatingCosts:
                if (Has("运行经费")) return s with { Figure = Figures.OperatingCosts };
                break;

            case SectionTopic.Procurement:
                if (ProcurementFigure(k) is { } p) return s with { Figure = p };
                break;

            case SectionTopic.Performance:
                if (Has("非财政拨款项目")) return s with { Figure = Figures.PerformanceNonFiscalProjects };
                if (Has("财政拨款项目")) return s with { Figure = Figures.PerformanceFiscalProjects };
                if (Has("涉及") && TextNormalizer.Key(r.Sentence).Contains("整体", StringComparison.Ordinal)) return s with { Figure = Figures.PerformanceOverallAmount };
                break;
        }
        return s;
    }

    private string? ResolvePath(TieRequest r, params TableKey[] kinds)
    {
        var path = CodeResolver.SplitPath(r.Name);
        var candidates = kinds.Select(Table).ToList();
        var code = CodeResolver.Resolve(path, candidates);
        if (code is null && candidates.Any(t => t is { Rows.Count: > 0 }))
            diagnostics.Add(new ReadDiagnostic(DiagnosticSeverity.Warning, Messages.UnresolvedClaimCodeCode, Messages.UnresolvedClaimCode(r.Name, kinds[0].ToChinese()), r.Source));
        return code;
    }

    private static string StripClassMarker(string key) => key.Replace("(类)", "", StringComparison.Ordinal);

    /// <summary>The 收入总表 column a 收入预算情况说明 name restates; the 上级…转移支付 names before the plain budget types they contain.</summary>
    internal static string? IncomeColumn(string k)
    {
        bool Has(string word) => k.Contains(word, StringComparison.Ordinal);
        if (Has("上级一般公共预算")) return ColumnKeys.GeneralPublicTransfer;
        if (Has("上级政府性基金")) return ColumnKeys.GovernmentFundTransfer;
        if (Has("上级国有资本经营")) return ColumnKeys.StateCapitalTransfer;
        if (Has("一般公共预算")) return ColumnKeys.GeneralPublic;
        if (Has("政府性基金")) return ColumnKeys.GovernmentFund;
        if (Has("国有资本经营")) return ColumnKeys.StateCapital;
        if (Has("非财政拨款结转")) return ColumnKeys.NonFiscalCarryover;
        if (Has("财政拨款结转")) return ColumnKeys.FiscalCarryover;
        if (Has("财政专户")) return ColumnKeys.SpecialAccount;
        if (Has("单位资金")) return ColumnKeys.UnitFunds;
        if (Has("收入预算") || Has("收入总预算") || Has("收入合计") || Has("收入总计")) return ColumnKeys.Total;
        return null;
    }

    private static string? BudgetTypeColumn(string k)
    {
        if (k.Contains("一般公共预算", StringComparison.Ordinal)) return ColumnKeys.GeneralPublic;
        if (k.Contains("政府性基金", StringComparison.Ordinal)) return ColumnKeys.GovernmentFund;
        if (k.Contains("国有资本经营", StringComparison.Ordinal)) return ColumnKeys.StateCapital;
        return null;
    }

    internal static string? ThreePublicFigure(string k)
    {
        bool Has(string word) => k.Contains(word, StringComparison.Ordinal);
        if (Has("购置及运行")) return Figures.VehicleTotal;
        if (Has("公务用车购置") || Has("车辆购置")) return Figures.VehiclePurchase;
        if (Has("公务用车运行") || Has("运行维护")) return Figures.VehicleOperation;
        if (Has("出国")) return Figures.OverseasTravel;
        if (Has("接待")) return Figures.Reception;
        if (Has("三公")) return Figures.ThreePublicTotal;
        return null;
    }

    internal static string? ProcurementFigure(string k)
    {
        bool Has(string word) => k.Contains(word, StringComparison.Ordinal);
        if (Has("小微企业")) return Figures.SmallMicroReserved;
        if (Has("中小企业")) return Figures.SmeReserved;
        if (Has("货物")) return Figures.ProcurementGoods;
        if (Has("工程")) return Figures.ProcurementWorks;
        if (Has("服务")) return Figures.ProcurementServices;
        if (Has("政府采购") || Has("采购预算")) return Figures.ProcurementTotal;
        return null;
    }
}
