namespace BudgetDisclosure.OpenXml;

/// <summary>The OpenXml readers' messages (codes BD0080–BD0099).</summary>
public static class OpenXmlMessages
{
    public const string NotOfficeFileCode = "BD0080";
    public const string CorruptFileCode = "BD0081";
    public const string HiddenSheetCode = "BD0082";
    public const string HiddenRowsCode = "BD0083";
    public const string EncryptedCode = "BD0084";

    public static string NotOfficeFile(string kind) => $"这不是 {kind} 文件（不是 Office Open XML 压缩包）。";

    public static string CorruptFile(string kind, string reason) => $"{kind} 文件已损坏或无法读取：{reason}";

    public static string HiddenSheet(string name) => $"工作表“{name}”是隐藏的，未读取。";

    public static string HiddenRows(string sheet, int rows, int columns) => $"工作表“{sheet}”中有 {rows} 行、{columns} 列是隐藏的，未读取（公开的表格不含隐藏内容）。";

    public static string Encrypted(string kind) => $"{kind} 文件已加密或受密码保护，无法读取。";
}
