using BudgetDisclosure.Model;
using BudgetDisclosure.Writing.Input;

namespace BudgetDisclosure.OpenXml.Template;

/// <summary>
/// The input workbook's layout, shared by its writer and its reader: sheet names, header rows and where data starts.
/// Table sheets have the caption on row 1, a note on row 2, the header on rows 3–4 (group over leaf, as published)
/// and data from row 5; list sheets have one header row and data from row 3.
/// </summary>
internal static class TemplateSheets
{
    /// <summary>The first cell of 填表说明 says what the workbook is; the reader recognises a template by it.</summary>
    public const string Marker = "预算公开填报工作簿";

    public const string Instructions = "填表说明";
    public const string Profile = "基本信息";
    public const string Duties = "职能与机构";
    public const string Prior = "上年数";
    public const string Reasons = "增减原因";
    public const string Projects = "项目";
    public const string Targets = "绩效目标";
    public const string Indicators = "绩效指标";
    public const string Procurement = "政府采购";
    public const string Assets = "国有资产";
    public const string Glossary = "名词解释";
    public const string OtherNotes = "其他事项";

    public const int TableDataRow = 5;
    public const int ListDataRow = 3;

    /// <summary>The sheet of an input table: “表2 收入总表” … (表1 and 表4 are derived).</summary>
    public static string SheetOf(TableKey kind) => kind switch
    {
        _ when kind == TableKey.Income => "表2 收入总表",
        _ when kind == TableKey.Expenditure => "表3 支出总表",
        _ when kind == TableKey.GeneralPublicExpenditure => "表5 一般公共预算支出",
        _ when kind == TableKey.GeneralPublicBasicExpenditure => "表6 基本支出",
        _ when kind == TableKey.GeneralPublicProjectExpenditure => "表7 项目支出",
        _ when kind == TableKey.GovernmentFundExpenditure => "表8 政府性基金",
        _ when kind == TableKey.StateCapitalExpenditure => "表9 国有资本经营",
        _ when kind == TableKey.ThreePublicExpenses => "表10 三公经费",
        _ when kind == TableKey.EntrustedBusinessFees => "表11 委托业务费",
        _ when kind == TableKey.PriorYearCarryover => "表12 上年结转结余",
        _ => kind.ToChinese(),
    };

    /// <summary>Label columns of a table sheet before the amounts: 类/款/项 and names, or one label column.</summary>
    public static IReadOnlyList<string> LabelHeaders(TableLayout layout) => layout.Kind switch
    {
        _ when layout.Kind == TableKey.ThreePublicExpenses => ["“三公”经费支出内容"],
        _ when layout.Kind == TableKey.EntrustedBusinessFees => ["项目名称"],
        _ when layout.Kind == TableKey.PriorYearCarryover => ["项目"],
        _ when layout.Codes == CodeSystem.Economic => ["类", "款", "科目名称"],
        _ when layout.HasProject => ["类", "款", "项", "科目名称", "项目名称"],
        _ => ["类", "款", "项", "科目名称"],
    };

    public static readonly string[] ProfileFields =
    [
        "单位名称", "预算年度", "公开主体（部门/单位）", "公开日期", "编制数", "实有人数",
        "在职人数", "在职人数比上年增减", "退休人数", "退休人数比上年增减", "离休人数", "离休人数比上年增减",
    ];

    public static readonly string[] ProcurementFields = ["政府采购预算总额", "其中：货物", "工程", "服务", "面向中小企业预留金额", "其中：小微企业预留金额"];

    public static readonly string[] DutiesHeader = ["类别（主要职能/机构设置）", "内容"];
    public static readonly string[] PriorHeader = ["项目", "科目编码", "上年预算数（万元）", "键（程序使用，勿改）"];
    public static readonly string[] ReasonsHeader = ["项目", "科目编码", "增减的主要原因", "键（程序使用，勿改）"];
    public static readonly string[] ProjectsHeader = ["项目名称", "功能科目编码", "预算金额（万元）", "设立的政策依据", "资金分配情况", "资金执行时间", "项目承担单位", "项目概述"];
    public static readonly string[] TargetsHeader = ["范围（整体/项目）", "名称", "年度预算总额（万元）", "资金来源1", "金额1", "资金来源2", "金额2", "资金来源3", "金额3", "总体目标"];
    public static readonly string[] IndicatorsHeader = ["绩效目标名称", "一级指标", "二级指标", "三级指标", "比较符（≥ ≤ = > <）", "指标值", "计量单位", "分值权重"];
    public static readonly string[] AssetsHeader = ["资产名称", "数量", "计量单位", "价值（万元）"];
    public static readonly string[] GlossaryHeader = ["名词", "解释"];
    public static readonly string[] OtherNotesHeader = ["其他需说明的事项（每行一段）"];

    /// <summary>The figures the narrative compares with last year, each with its Chinese name.</summary>
    public static IReadOnlyList<(string Name, string Key)> StandardFigures { get; } =
    [
        ("收入预算：一般公共预算", "income|general_public"),
        ("收入预算：上级一般公共预算安排的转移支付", "income|general_public_transfer"),
        ("收入预算：政府性基金预算", "income|government_fund"),
        ("收入预算：国有资本经营预算", "income|state_capital"),
        ("收入预算：财政专户管理资金", "income|special_account"),
        ("收入预算：单位资金", "income|unit_funds"),
        ("收入预算：财政拨款结转", "income|fiscal_carryover"),
        ("收入预算：非财政拨款结转结余", "income|nonfiscal_carryover"),
        ("支出预算：基本支出", "expenditure|basic"),
        ("支出预算：项目支出", "expenditure|project"),
        ("一般公共预算拨款合计", "general_public_expenditure|total"),
        ("一般公共预算：基本支出", "general_public_expenditure|basic"),
        ("一般公共预算：项目支出", "general_public_expenditure|project"),
        ("财政拨款“三公”经费", "three_public_expenses|total|#three_public_total"),
        ("机关运行经费", "#operating_costs"),
    ];

    /// <summary>The key of a per-subject row (一般公共预算当年拨款 by 项): the 一般公共预算支出表's 合计 for that code.</summary>
    public static string CodeKey(string code) => "general_public_expenditure|" + code + "|total";

    public static string ColumnName(int n) => SheetBuilder.ColumnName(n);
}
