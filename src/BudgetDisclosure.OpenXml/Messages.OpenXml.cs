namespace BudgetDisclosure.OpenXml;

/// <summary>The OpenXml readers' messages (codes BD0080–BD0099).</summary>
public static class OpenXmlMessages
{
    public const string NotOfficeFileCode = "BD0080";
    public const string CorruptFileCode = "BD0081";
    public const string HiddenSheetCode = "BD0082";
    public const string HiddenRowsCode = "BD0083";
    public const string EncryptedCode = "BD0084";
    public const string DamagedSheetCode = "BD0085";

    public static string NotOfficeFile(string kind) => $"这不是 {kind} 文件（不是 Office Open XML 压缩包）。";

    public static string CorruptFile(string kind, string reason) => $"{kind} 文件已损坏或无法读取：{reason}";

    public static string HiddenSheet(string name) => $"工作表“{name}”是隐藏的，未读取。";

    public static string HiddenRows(string sheet, int rows, int columns) => $"工作表“{sheet}”中有 {rows} 行、{columns} 列是隐藏的，未读取（公开的表格不含隐藏内容）。";

    public static string DamagedSheet(string name) => $"工作表“{name}”已损坏（内容为空或无法解析），未读取；其余工作表照常读取。";

    public static string PartTooDeep(string part, int limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"部件 {part} 的 XML 嵌套超过 {limit} 层（文件已损坏），未读取");

    public static string PartTooLarge(string part, long bytes, long limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"部件 {part} 解压后有 {bytes} 字节，超过上限 {limit} 字节，未读取");

    public static string Encrypted(string kind) => $"{kind} 文件已加密或受密码保护，无法读取。";
}
