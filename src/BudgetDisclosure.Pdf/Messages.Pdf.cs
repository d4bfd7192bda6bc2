using System.Globalization;

namespace BudgetDisclosure.Pdf;

/// <summary>Messages of the PDF reader and its OCR (BD0060–BD0079). User-facing text is Chinese; codes are stable.</summary>
public static class PdfMessages
{
    public const string ScannedDocumentCode = "BD0060";
    public const string ScannedPageCode = "BD0061";
    public const string NotPdfCode = "BD0062";
    public const string EncryptedCode = "BD0063";
    public const string RepairedCode = "BD0064";
    public const string TooManyPagesCode = "BD0065";
    public const string TooManyLettersCode = "BD0066";
    public const string TimeLimitCode = "BD0067";
    public const string PageUnreadableCode = "BD0068";
    public const string NoTextCode = "BD0069";
    public const string ReaderFailedCode = "BD0070";
    public const string OcrPageCode = "BD0071";
    public const string OcrDoubtfulAmountCode = "BD0072";
    public const string OcrToolMissingCode = "BD0073";
    public const string OcrLanguageMissingCode = "BD0074";
    public const string OcrPageFailedCode = "BD0075";
    public const string OcrTimeLimitCode = "BD0076";

    public static string ScannedDocument(string file, int pages) =>
        string.Create(CultureInfo.InvariantCulture,
            $"“{file}”是扫描件（共 {pages} 页均为图像），没有文本层，无法读取其中的文字和表格。可开启文字识别（OCR，budget parse/check --ocr）或取得带文本层的 PDF。");

    public static string ScannedPage(int page) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {page} 页是扫描图像，没有文本层，已跳过；该页的内容未读取。");

    public static string OcrPage(int page, string languages, int dpi, int words, double meanConfidence) =>
        string.Create(CultureInfo.InvariantCulture,
            $"第 {page} 页是扫描图像，文字由 OCR 识别（tesseract {languages}，{dpi} dpi，{words} 个词，平均置信度 {meanConfidence:0}%）：识别结果未经文本层核对，表中金额以合计关系的检查结果为准，不符之处可能是识别错误。");

    public static string OcrDoubtfulAmount(int page, string text, double confidence) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {page} 页的数“{text}”OCR 识别置信度仅 {confidence:0}%，可能识别有误，请对照原件核对。");

    public static string OcrToolMissing(string program, string package, string reason) =>
        $"找不到文字识别所需的程序“{program}”（{reason}），扫描页未识别。请安装：apt-get install -y {package}";

    public static string OcrLanguageMissing(string languages, string reason) =>
        $"tesseract 缺少语言数据（{languages}），扫描页未识别。请安装：apt-get install -y tesseract-ocr-chi-sim（简体中文）。tesseract 的报错：{reason}";

    public static string OcrPageFailed(int page, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {page} 页文字识别（OCR）失败，该页未读取：{reason}");

    public static string OcrPageTimedOut(int page, TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {page} 页文字识别（OCR）超过每页时间上限 {limit.TotalSeconds:0} 秒，已终止识别，该页未读取。");

    public static string OcrTimeLimit(int page, TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"文字识别（OCR）用时超过上限 {limit.TotalSeconds:0} 秒，自第 {page} 页起的扫描页未识别。");

    public static string NotPdf(string file, string reason) => $"“{file}”不是可读取的 PDF 文件（文件已损坏或被截断）：{reason}";

    public static string Repaired(string file, string reason) =>
        $"“{file}”已损坏或被截断（{reason}）：已按文件中仍完整的对象重建交叉引用表，读取其中尚存的页面；缺失的页面和内容未读取。";

    public static string Encrypted(string file) => $"“{file}”是加密的 PDF，需要密码才能读取。";

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
