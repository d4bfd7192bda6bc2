namespace BudgetDisclosure.Writing;

/// <summary>Messages of the writer (BD0200–BD0239): what the composer could not fill in, and the input workbook's errors.</summary>
public static class WritingMessages
{
    public const string MissingReasonCode = "BD0200";
    public const string MissingPriorCode = "BD0201";
    public const string MissingProjectDetailCode = "BD0202";
    public const string MissingTextCode = "BD0203";
    public const string MissingUnitNameCode = "BD0204";
    public const string MissingYearCode = "BD0205";

    public static string MissingReason(string figure) => $"“{figure}”比上年有增减，但没有填写主要原因，已留占位符“【请填写主要原因】”。";

    public static string MissingPrior(string figure) => $"缺少“{figure}”的上年预算数，无法计算增减，已留占位符。";

    public static string MissingProjectDetail(string project, string field) => $"项目“{project}”缺少“{field}”，已留占位符。";

    public static string MissingText(string what) => $"缺少“{what}”，已留占位符。";

    public static string MissingUnitName => "缺少单位名称，已留占位符。";

    public static string MissingYear => "缺少预算年度，已留占位符。";
}
