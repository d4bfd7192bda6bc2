namespace BudgetDisclosure.Cli;

/// <summary>The command line's user-facing text, in one place.</summary>
internal static class CliMessages
{
    /// <summary>Code for a fault inside the tool while handling one file; outside the reader's BD0001–BD0999.</summary>
    public const string InternalErrorCode = "BD9001";

    public static string RootDescription => "budget：读取、检查预算公开文件（预算公开/决算公开）。";

    public static string ParseDescription =>
        "读取预算公开文本（Markdown、制表符分隔、pdftotext 输出），输出语义模型（JSON）、表格事实（CSV）或表格预览。";

    public static string FilesDescription => "要读取的文本文件，可以有多个；一个文件读取失败不影响其余文件。";

    public static string FormatDescription =>
        "输出格式：json（语义模型，见 docs/schema.md）、facts（每个金额单元格一行的 CSV）、tables（在终端中画出表格）。";

    public static string Reading => "正在读取";

    public static string CommandLineError(string message) => $"budget: 错误：{message}";

    public static string SeeHelp => "使用 budget --help 或 budget parse --help 查看用法。";

    public static string InternalError(string message) => $"内部错误：{message}";

    public static string OutputFailed(string message) => $"budget: 无法写出结果：{message}";

    // Table preview captions.
    public static string TableCaption(string kind, string name, string unit) => $"{kind}（{name}）  单位：{unit}";

    public static string UnknownUnit => "未注明";

    public static string CodeHeader => "编码";

    public static string LabelHeader => "科目/项目";

    public static string DeclaredEmpty(string? note) => note is null or "" ? "（本表为空表）" : $"（空表：{note}）";

    public static string NoTables => "（没有识别出表格）";
}
