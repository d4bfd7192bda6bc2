using System.Globalization;

namespace BudgetDisclosure.OpenXml.Template;

/// <summary>The input workbook's messages, codes BD0210–BD0239.</summary>
public static class TemplateMessages
{
    public const string NotTemplateCode = "BD0210";
    public const string RequiredCode = "BD0211";
    public const string NotNumberCode = "BD0212";
    public const string BadCodeCode = "BD0213";
    public const string UnknownCodeCode = "BD0214";
    public const string NameMismatchCode = "BD0215";
    public const string HierarchyCode = "BD0216";
    public const string RowTotalCode = "BD0217";
    public const string CrossTableCode = "BD0218";
    public const string ThreePublicCode = "BD0219";
    public const string StaffingCode = "BD0220";
    public const string ProcurementCode = "BD0221";
    public const string PerformanceCode = "BD0222";
    public const string ParentCode = "BD0223";
    public const string ProjectMismatchCode = "BD0224";
    public const string UnknownKeyCode = "BD0225";
    public const string BadYearCode = "BD0226";
    public const string DuplicateCode = "BD0227";

    /// <summary>The workbook code a rule of <c>budget check</c> is reported under; null for rules about the narrative.</summary>
    public static string? CodeOf(string ruleId) => ruleId switch
    {
        "BD1001" or "BD1002" or "BD1005" => HierarchyCode,
        "BD1101" => RowTotalCode,
        "BD1003" or "BD2007" => ThreePublicCode,
        "BD1004" or "BD2001" or "BD2002" or "BD2003" or "BD2004" or "BD2005" or "BD2006" or "BD2008" or "BD2009" => CrossTableCode,
        "BD5001" or "BD5003" => ParentCode,
        "BD6003" or "BD6004" => StaffingCode,
        "BD6001" or "BD6002" => ProcurementCode,
        "BD6007" or "BD6009" or "BD6010" or "BD6011" or "BD6012" => PerformanceCode,
        _ => null,
    };

    public static string NotTemplate => "这不是 budget template 生成的填报工作簿（“填表说明”第一格不是“预算公开填报工作簿”）。";

    public static string Unreadable(string reason) => $"无法读取工作簿：{reason}";

    public static string MissingSheet(string name) => $"缺少工作表“{name}”。请用 budget template 重新生成工作簿，再把数据复制过去。";

    public static string Required(string what) => $"“{what}”必须填写。";

    public static string NotNumber(string text) => $"“{text}”不是数字；金额以万元为单位填写数字，没有的留空。";

    public static string NotInteger(string text) => $"“{text}”应为整数。";

    public static string BadCode(string code, bool economic) => economic
        ? $"科目编码“{code}”格式不对：经济分类类为 3 位（3 开头），款为 2 位。"
        : $"科目编码“{code}”格式不对：功能分类类为 3 位（2 开头），款、项各 2 位，分列填写或在“类”列填写完整编码。";

    public static string UnknownClass(string code) => $"科目类“{code}”不存在（不在《政府收支分类科目》中）。";

    public static string UnknownCode(string code) => $"科目编码“{code}”不在本项目的科目目录中，请核对（目录不完整，此为提示）。";

    public static string NameMismatch(string code, string name, string expected) => $"科目 {code} 的名称“{name}”与科目目录的“{expected}”不一致。";

    public static string ProjectNameMissing => "项级科目行应填写项目名称（每个项目一行）。";

    public static string Duplicate(string code, int row) => $"科目 {code} 重复，第 {row.ToString(CultureInfo.InvariantCulture)} 行已有。";

    public static string ProjectNotInTable(string name) => $"项目“{name}”不在表7 项目支出中，其说明不会出现在文件中。";

    public static string ProjectAmount(string name, decimal amount, decimal table) =>
        string.Create(CultureInfo.InvariantCulture, $"项目“{name}”的金额 {amount:F2} 与表7 的 {table:F2} 不一致。");

    public static string UnknownKey(string key) => $"无法识别“{key}”是哪个数字；按科目填写的行请在“科目编码”列填项级编码。";

    public static string BadYear(int year) => $"预算年度 {year.ToString(CultureInfo.InvariantCulture)} 不合理。";
}
