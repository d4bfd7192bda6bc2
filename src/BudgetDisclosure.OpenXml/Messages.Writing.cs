namespace BudgetDisclosure.OpenXml;

/// <summary>Messages of the Office writers, the PDF route and the input workbook (codes BD0240–BD0269).</summary>
public static class OfficeWritingMessages
{
    public const string WorkbookErrorCode = "BD0240";
    public const string WorkbookWarningCode = "BD0241";

    public static string PdfConverterMissing =>
        "未找到 LibreOffice（soffice），无法生成 PDF。请安装：apt-get install libreoffice-writer-nogui fonts-noto-cjk；或改用 --to docx / --to html。";

    public static string PdfConversionFailed(string reason) => $"LibreOffice 转换 PDF 失败：{reason}";
}
