namespace BudgetDisclosure;

/// <summary>Messages of the narrative binder (BD0040–BD0059).</summary>
public static partial class Messages
{
    public const string NoTitleCode = "BD0040";
    public const string NoNarrativeSectionsCode = "BD0041";
    public const string UnresolvedClaimCodeCode = "BD0042";
    public const string PerformanceTableWithoutIndicatorsCode = "BD0043";
    public const string UnreadableIndicatorWeightCode = "BD0044";
    public const string TitleFromFileNameCode = "BD0045";

    public static string TitleFromFileName(string file) =>
        $"文中没有预算公开标题，单位名称、年度和公开类型取自文件名“{file}”。";

    public static string NoTitle =>
        "未找到预算公开标题（如“2025 年部门预算公开”），无法确定单位名称、年度和公开类型。";

    public static string NoNarrativeSections =>
        "未找到说明部分的章节标题（如“一、关于……收入预算情况说明”），说明文字中的数字未能提取。";

    public static string UnresolvedClaimCode(string name, string table) =>
        $"说明中的“{name}”未能在{table}中找到对应的科目行。";

    public static string PerformanceTableWithoutIndicators(string name) =>
        $"绩效目标表“{name}”中没有可识别的绩效指标行。";

    public static string UnreadableIndicatorWeight(string name, string weight) =>
        $"绩效指标“{name}”的分值权重“{weight}”无法识别为数字。";
}
