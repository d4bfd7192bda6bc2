using System.Globalization;

namespace BudgetDisclosure;

/// <summary>Messages of the pdftotext readers (BD0020–BD0039).</summary>
public static partial class Messages
{
    public const string PdftotextContinuationColumnsCode = "BD0020";
    public const string PdftotextReaderFailedCode = "BD0021";

    public static string PdftotextContinuationColumns(string title, int found, int expected) =>
        string.Create(CultureInfo.InvariantCulture,
            $"表格“{title}”的续页识别出 {found} 列，与首页的 {expected} 列不同，已按表头和列的先后对应。");

    public static string PdftotextReaderFailed(string reason) =>
        $"读取 pdftotext 文本时出现意外错误，已停止读取其余内容：{reason}";
}
