using System.Globalization;

namespace BudgetDisclosure.Pdf;

/// <summary>Messages of the PDF reader (BD0060–BD0079). User-facing text is Chinese; codes are stable.</summary>
public static class PdfMessages
{
    public const string ScannedDocumentCode = "BD0060";
    public const string ScannedPageCode = "BD0061";
    public const string NotPdfCode = "BD0062";
    public const string EncryptedCode = "BD0063";
    public const string FileTooLargeCode = "BD0064";
    public const string TooManyPagesCode = "BD0065";
    public const string TooManyLettersCode = "BD0066";
    public const string TimeLimitCode = "BD0067";
    public const string PageUnreadableCode = "BD0068";
    public const string NoTextCode = "BD0069";
    public const string ReaderFailedCode = "BD0070";

    public static string ScannedDocument(string file, int pages) =>
        string.Create(CultureInfo.InvariantCulture,
            $"“{file}”是扫描件（共 {pages} 页均为图像），没有文本层，无法读取其中的文字和表格。请先做文字识别（OCR）或取得带文本层的 PDF。");

    public static string ScannedPage(int page) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {page} 页是扫描图像，没有文本层，已跳过；该页的内容未读取。");

    public static string NotPdf(string file, string reason) => $"“{file}”不是可读取的 PDF 文件（文件已损坏或被截断）：{reason}";

    public static string Encrypted(string file) => $"“{file}”是加密的 PDF，需要密码才能读取。";

    public static string FileTooLarge(long bytes, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"PDF 文件过大（{bytes} 字节，上限 {limit} 字节），未读取。");

    public static string TooManyPages(int pages, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"PDF 有 {pages} 页，超过上限 {limit} 页，未读取。");

    public static string TooManyLetters(int page, int letters, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {page} 页有 {letters} 个字符，超过每页上限 {limit}，已停止读取。");

    public static string TimeLimit(int page, TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"读取到第 {page} 页时超过时间上限 {limit.TotalSeconds:0} 秒，已停止读取。");

    public static string PageUnreadable(int page, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {page} 页无法读取，已跳过：{reason}");

    public static string NoText(string file) => $"“{file}”中没有任何文字（既无文本层也无图像）。";

    public static string ReaderFailed(string reason) => $"读取 PDF 时出现意外错误，已停止读取：{reason}";
}
