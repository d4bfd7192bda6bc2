using System.Globalization;

namespace BudgetDisclosure;

/// <summary>
/// Every user-facing message of the reader and binder, in one place so that wording stays consistent
/// and tests can assert against it. Codes BD0001–BD0999 are reading and binding diagnostics.
/// </summary>
public static partial class Messages
{
    public const string FileNotFoundCode = "BD0001";
    public const string EmptyFileCode = "BD0002";
    public const string BinaryFileCode = "BD0003";
    public const string PdfToTextReaderCode = "BD0004";
    public const string OfficeToTextReaderCode = "BD0005";
    public const string UndecodableCode = "BD0006";
    public const string NoDisclosureContentCode = "BD0007";
    public const string ReaderFailedCode = "BD0008";
    public const string TruncatedTableCode = "BD0010";
    public const string UnrecognisedTableCode = "BD0011";
    public const string UnreadableAmountCode = "BD0012";
    public const string RowWithoutCodeCode = "BD0013";
    public const string TableWithoutUnitCode = "BD0014";
    public const string IoErrorCode = "BD0015";
    public const string FileTooLargeCode = "BD0016";
    public const string NationalTemplateCode = "BD0017";

    public static string FileNotFound => "找不到文件。";

    public static string EmptyFile => "文件为空，没有可读取的内容。";

    public static string NationalTemplate(string name, string citation) =>
        $"没有识别出地区模板的特征，按{name}（{citation}）读取和检查。";

    public static string FileTooLarge(long bytes, long limit, bool atLeast = false) =>
        string.Create(CultureInfo.InvariantCulture, $"文件过大（{(atLeast ? "超过 " : "")}{bytes} 字节，上限 {limit} 字节），未读取。");

    public static string BinaryFile(long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"文件不是文本：第 {offset} 字节处出现二进制数据。");

    public static string PdfToTextReader =>
        "这是 PDF 文件，不是文本：文本读取器不能读取。请用 `pdftotext -layout` 先转换为文本。";

    public static string OfficeToTextReader =>
        "这是 Office（DOCX/XLSX 的 ZIP）文件，不是文本：文本读取器不能读取。";

    public static string Undecodable(string encoding) =>
        $"无法按 {encoding} 解码文本，文件可能已损坏或不是文本。";

    public static string NoDisclosureContent =>
        "文件中既没有表格，也没有可识别的预算公开内容。";

    public static string TruncatedTable(string title) =>
        $"表格“{title}”在文件结尾处中断：只有表头，没有数据行，也没有空表说明。";

    public static string UnrecognisedTable(string title) =>
        $"未能识别表格“{title}”的类型，按其他表保留。";

    public static string UnreadableAmount(string text, string column) =>
        $"“{column}”列的金额“{text}”无法识别为数字。";

    public static string RowWithoutCode(string label) =>
        $"行“{label}”没有可识别的科目编码。";

    public static string TableWithoutUnit(string title) =>
        $"表格“{title}”没有注明金额单位，按万元处理。";

    public static string IoError(string reason) => $"读取文件失败：{reason}";

    public static string ReaderFailed(string format, string reason) =>
        $"读取 {format} 文件时出现意外错误，已停止读取（这是本程序的缺陷，请报告）：{reason}";
}
