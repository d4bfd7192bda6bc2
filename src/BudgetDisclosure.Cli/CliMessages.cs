using BudgetDisclosure.Checks;

namespace BudgetDisclosure.Cli;

/// <summary>
/// The command line's user-facing text, in one place. Chinese; what <c>budget check</c> and <c>budget parse</c> print
/// around findings and tables also in English (<c>--lang en</c>).
/// </summary>
internal static class CliMessages
{
    private static string In(MessageLanguage language, string chinese, string english) => language == MessageLanguage.English ? english : chinese;

    public static string LangDescription => "消息的语言：zh（中文，默认）或 en（英文）：发现的消息、规则标题和各部分标题；从文件中读出的文字保持原样。";

    /// <summary>Code for a fault inside the tool while handling one file; outside the reader's BD0001–BD0999.</summary>
    public const string InternalErrorCode = "BD9001";

    public static string RootDescription => "budget：读取、检查预算公开文件（预算公开/决算公开）。";

    public static string ParseDescription =>
        "读取预算公开文件（PDF、Word、Excel、HTML，或 Markdown、制表符分隔、pdftotext 输出等文本；按内容识别格式），输出语义模型（JSON）、表格事实（CSV）或表格预览。";

    public static string FilesDescription => "要读取的文件或文件夹，可以有多个；一个文件读取失败不影响其余文件。";

    public static string FormatDescription =>
        "输出格式：json（语义模型，见 docs/schema.md）、facts（每个金额单元格一行的 CSV）、tables（在终端中画出表格）。";

    public static string Reading => "正在读取";

    public static string TemplateOptionDescription => "按指定模板读取和检查，不自动识别（budget templates 列出可用模板）。";

    public static string ConfigOptionDescription =>
        "检查配置文件（JSON，如 { \"rules\": { \"BD3005\": \"warning\" } }）；不给出时使用输入文件所在文件夹或其上级文件夹中最近的 .budgetconfig。";

    public static string UnknownTemplate(string id, IEnumerable<string> known) => $"budget: 错误：没有模板“{id}”。可用模板：{string.Join("、", known)}";

    public static string UsingConfiguration(string path, string changes) =>
        $"budget: 使用检查配置 {path}{(changes.Length == 0 ? "（没有改动）" : "：" + changes)}";

    public static string TemplatesDescription => "列出已知的预算公开模板：全国模板和各地区模板，以及每个模板改动了什么（要求的表、规则严重程度、识别依据）。";

    public static string CommandLineError(string message) => $"budget: 错误：{message}";

    public static string SeeHelp => "使用 budget --help 或 budget parse --help 查看用法。";

    public static string InternalError(string message) => $"内部错误：{message}";

    public static string OutputFailed(string message) => $"budget: 无法写出结果：{message}";

    // Table preview captions.
    public static string TableCaption(string kind, string name, string unit, MessageLanguage language) =>
        In(language, $"{kind}（{name}）  单位：{unit}", $"{kind} ({name})  unit: {unit}");

    public static string UnknownUnit(MessageLanguage language) => In(language, "未注明", "not stated");

    public static string CodeHeader(MessageLanguage language) => In(language, "编码", "Code");

    public static string LabelHeader(MessageLanguage language) => In(language, "科目/项目", "Item/project");

    public static string DeclaredEmpty(string? note, MessageLanguage language) =>
        note is null or "" ? In(language, "（本表为空表）", "(declared empty)") : In(language, $"（空表：{note}）", $"(empty: {note})");

    public static string NoTables(MessageLanguage language) => In(language, "（没有识别出表格）", "(no tables recognised)");

    // check
    public static string CheckDescription =>
        "检查预算公开：表内与表间的每个恒等式、说明中复述的每个数字（考虑舍入误差）、完整性与编码。发现错误时退出码为 1。";

    public static string CheckFilesDescription => "要检查的文件或文件夹，可以有多个；一个文件读取失败不影响其余文件。";

    public static string PriorDescription => "上一年同一单位的预算公开文件，用于核对“比上年”的说法。";

    public static string CheckFormatDescription => "输出格式：text（按严重程度分组的中文报告）、json、sarif（SARIF 2.1.0）。";

    public static string MinSeverityDescription => "只列出不低于此严重程度的发现：error、warning 或 info（默认）。";

    public static string CheckHeading(string path) => $"== {path}";

    public static string SeverityHeading(Severity severity, int count, MessageLanguage language) => In(language,
        $"{severity.ToChinese()}（{count} 项）",
        $"{severity switch { Severity.Error => "Errors", Severity.Warning => "Warnings", _ => "Info" }} ({count})");

    public static string GroupNote(int group, string cell, MessageLanguage language) => In(language,
        $"↳ 第 {group} 组：这些发现很可能都源于同一个单元格：{cell}",
        $"↳ group {group}: these findings most likely all come from one cell: {cell}");

    public static string StatusHeading(MessageLanguage language) => In(language, "各项检查：", "Checks:");

    /// <remarks>The reasons a rule did not apply or was not checked are the checker's, in Chinese.</remarks>
    public static string StatusLine(CheckStatus status, MessageLanguage language)
    {
        var title = status.Rule.GetTitle(language);
        return (status.Outcome, language) switch
        {
            (CheckOutcome.Passed, MessageLanguage.English) => $"{status.Rule.Id} passed      {title} (checked {status.Evaluated})",
            (CheckOutcome.Failed, MessageLanguage.English) => $"{status.Rule.Id} failed      {title} (checked {status.Evaluated}, {status.Failures} wrong)",
            (CheckOutcome.NotApplicable, MessageLanguage.English) => $"{status.Rule.Id} n/a         {title}: {status.Reason}",
            (_, MessageLanguage.English) => $"{status.Rule.Id} not checked {title}: {status.Reason}",
            (CheckOutcome.Passed, _) => $"{status.Rule.Id} 通过    {title}（核对 {status.Evaluated} 处）",
            (CheckOutcome.Failed, _) => $"{status.Rule.Id} 未通过  {title}（核对 {status.Evaluated} 处，{status.Failures} 处有误）",
            (CheckOutcome.NotApplicable, _) => $"{status.Rule.Id} 不适用  {title}：{status.Reason}",
            _ => $"{status.Rule.Id} 未检查  {title}：{status.Reason}",
        };
    }

    public static string CheckSummary(int errors, int warnings, int infos, MessageLanguage language) => In(language,
        $"共 {errors} 个错误，{warnings} 个警告，{infos} 个提示。",
        $"{errors} errors, {warnings} warnings, {infos} info.");

    // render
    public const string RenderInputCode = "BD0270";

    public static string RenderDescription =>
        "生成可发布的预算公开文件（封面与目录、概况、全部公开表、情况说明、其他重要事项、绩效目标表、名词解释、落款），输出 Word、PDF、HTML、Markdown 或 Excel。缺少的原因与数字以醒目的占位符标出并给出警告，不会编造。";

    public static string RenderInputDescription =>
        "输入：budget template 生成并填好的工作簿（.xlsx）、budget parse 输出的 JSON，或任何可读取的预算公开文件（文本、DOCX、XLSX）。";

    public static string RenderToDescription => "输出格式：docx、pdf（经 LibreOffice 由 DOCX 转换）、html（单个文件，含打印样式）、md、xlsx（每表一个工作表）。";

    public static string RenderOutDescription => "输出文件路径；默认与输入同名、扩展名为输出格式。md、html 可用 - 表示标准输出。";

    public static string RenderPriorDescription => "上一年已公开的预算公开文件（任何可读取的格式），用于计算“比上年”增减。";

    public static string JsonWithoutDisclosure => "JSON 中没有可用的预算公开（documents[].disclosure 均为空）。";

    public static string BadJson(string message) => $"不是 budget parse 输出的 JSON：{message}";

    public static string RenderWouldOverwrite(string path) => $"budget: 输出路径与输入相同，不覆盖：{path}。请用 --out 指定输出文件。";

    public static string Rendered(string path, int warnings) =>
        warnings == 0 ? $"已生成：{path}" : $"已生成：{path}（{warnings} 处占位符待填写，见上方警告）";

    public static string OcrDescription =>
        "对没有文本层的扫描页做文字识别（OCR，需安装 tesseract-ocr、tesseract-ocr-chi-sim 和 poppler-utils）；识别出的页和置信度低的数会逐一提示，表中金额以合计关系核验。";

    public static string AsOneDescription =>
        "把给出的文件当作同一份预算公开（如附件1 情况说明 + 附件2 报表）一起读取；给出文件夹时，按单位和年度把其中的文件配对。";

    // synth
    public static string SynthDescription =>
        "生成虚构但逼真的预算公开文件（科目编码与名称取自科目目录，金额规模与真实文件相当），用于测试和评估检查规则；同一种子结果相同。可按比例注入错误并写出答案文件 answers.json。";

    public static string SynthCountDescription => "生成的文件数。";

    public static string SynthSeedDescription => "随机种子；相同的种子生成相同的文件。";

    public static string SynthOutDescription => "输出目录（不存在时创建）。";

    public static string SynthErrorsDescription => "注入错误的文件比例（0 到 1），例如 0.5；每个被选中的文件注入一个错误，答案写入 answers.json。";

    public static string SynthFormatsDescription => "输出格式，逗号分隔，依次轮换：md、txt、docx、xlsx、html、json、pdf、pdftotext、pdftotext-layout（pdf 由 LibreOffice 从 DOCX 转换；pdftotext 与 pdftotext-layout 是对该 PDF 真实运行 pdftotext 的输出）。";

    public static string SynthBadRate => "budget: --errors 应在 0 到 1 之间。";

    public static string SynthBadFormat(string format) => $"budget: 不支持的格式“{format}”，可用：md、txt、docx、xlsx、html、json、pdf、pdftotext、pdftotext-layout。";

    public static string SynthSkipped(int count, string tool, string install) =>
        $"budget: 未找到 {tool}，跳过 {count} 个需要它的文件（未写出，也不列入 answers.json）。安装：{install}";

    public static string Synthesized(int count, int withErrors, string dir) =>
        withErrors == 0 ? $"已生成 {count} 个文件：{dir}" : $"已生成 {count} 个文件，其中 {withErrors} 个注入了错误（见 answers.json）：{dir}";

    // template
    public static string TemplateDescription =>
        "生成预算公开的填报工作簿：每张标准表一个工作表（类/款/项、科目名称、金额列），以及单位概况、上年数、增减原因、项目、绩效目标、政府采购、资产、名词解释和填表说明。填好后用 budget render 生成公开文件。";

    public static string TemplateOutDescription => "工作簿的输出路径（.xlsx）。";

    public static string TemplatePriorDescription => "上一年已公开的预算公开文件（任何可读取的格式），用其表格填入“上年数”工作表。";

    public static string TemplateFromDescription => "用一份已有的预算公开文件（任何可读取的格式）预先填好工作簿，例如以去年的文件为起点。";

    public static string TemplateWritten(string path) => $"已生成填报工作簿：{path}";

    // The store verbs: import, query, export, units.
    public static string DatabaseDescription =>
        "数据库：SQLite 文件名（默认 ./budget.db，或环境变量 BUDGET_DB），或 PostgreSQL 连接串（Host=…;Database=…;Username=…）或 postgresql://用户@主机/库。";

    public static string ImportDescription =>
        "把预算公开文件导入数据库：文件和文件夹（含子文件夹）；每个文件一个事务；同一内容只存一次；同一单位、年度、类别的更正版另存为新版本。";

    public static string ImportPathsDescription => "要导入的文件或文件夹，可以有多个；一个文件不能用不影响其余文件。";

    public static string JobsDescription => "同时读取和检查的文件数（默认每个处理器核心一个）。";

    public static string Importing => "正在导入";

    public static string ImportMissing(string path) => $"{path}: 错误：文件或文件夹不存在。";

    public static string ImportFailed(string path, string reason) => $"{path}: 错误：未能导入：{reason}";

    public static string ImportSummary(string store, int imported, int unchanged, int versions, int failed, int rechecked) =>
        $"budget: {store}：新导入 {imported} 个，未变 {unchanged} 个，新版本 {versions} 个，失败 {failed} 个" +
        (rechecked > 0 ? $"；与上年文件重新核对 {rechecked} 个" : "") + "。";

    public static string ImportFailures => "未能导入的文件：";

    public static string ImportInterrupted => "budget: 导入被中断：已提交的文件都已完整保存，没有半个文件；再次运行同一命令即可完成其余文件。";

    public static string StoreUnusable(string store, string reason) => $"budget: 错误：无法使用数据库 {store}：{reason}";

    public static string QueryDescription => "查询数据库：已存文件（units）、单位历年数字（history）、单位比较（compare）、发现和规则触发率（findings）。";

    public static string QueryUnitsDescription => "列出数据库中每个单位、年度、类别的当前文件。";

    public static string QueryHistoryDescription => "一个单位历年的数字：每个已存单元格一行（可按表、科目编码、列筛选）。";

    public static string QueryCompareDescription => "同一年度各单位按某一指标并列排名，附与上年相比的增减。";

    public static string QueryFindingsDescription => "数据库中的发现；加 --rates 列出每条规则按地区和年度的未通过率。";

    public static string QueryFormatDescription => "输出格式：table（终端表格，默认）、csv、json、xlsx（写到 --out）。";

    public static string OutDescription => "写到此文件，而不是标准输出。";

    public static string YearDescription => "预算年度。";

    public static string RegionDescription => "地区（单位名称开头的地名或模板所属地区；包含即可）。";

    public static string KindDescription => "类别：预算或决算。";

    public static string UnitArgumentDescription => "单位名称、别名或其中一部分；匹配多个单位时列出供选择，不猜。";

    public static string TableFilterDescription => "表（键名如 expenditure，或标题的一部分）。";

    public static string CodeFilterDescription => "科目编码（及其下级科目）。";

    public static string ColumnFilterDescription => "列（键名如 total、basic，或表头的一部分）。";

    public static string MeasureDescription => "比较的指标：" + string.Join("、", BudgetDisclosure.Storage.Measures.Known.Select(k => $"{k.Name}（{k.Chinese}）")) + "。";

    public static string TopDescription => "只列前 N 名（全国排名的前列，不必读完全部单位）；终端表格默认前 50 名，0 为全部，csv/json/xlsx 默认全部。";

    public static string CompareTop(int top) => $"budget: 只列出前 {top} 名；--top 0 列出全部，或用 --format csv 导出。";

    public static string PerHeadDescription => "按实有人数计算人均数（未说明人数的单位不列）。";

    public static string RuleFilterDescription => "规则编号，如 BD1001。";

    public static string SeverityFilterDescription => "严重程度。";

    public static string RatesDescription => "列出每条规则按地区和年度的未通过率：未通过的文件数 ÷ 检查过的文件数。";

    public static string NoSuchUnit(string text) => $"budget: 错误：数据库中没有单位与“{text}”匹配。";

    public static string AmbiguousUnit(string text, int count) => $"budget: 错误：“{text}”匹配 {count} 个单位，请写得更具体：";

    public static string XlsxNeedsOut => "budget: 错误：xlsx 是二进制格式，请用 --out 指定文件，或把输出重定向到文件。";

    public static string RowCount(int rows) => $"共 {rows} 行";

    public static string ExportDescription =>
        "导出数据库：csv（文件夹，cells.csv 和 claims.csv）、xlsx（一个工作簿两张表）、json（数据库存档，budget import 可导回任一数据库）、fdp（Fiscal Data Package，OpenSpending 可读）。";

    public static string ExportFormatDescription => "导出格式：csv、xlsx、json 或 fdp。";

    public static string ExportOutDescription => "导出到：csv 和 fdp 是文件夹，xlsx 和 json 是文件。";

    public static string AllVersionsDescription => "导出每个版本，而不只是每个单位、年度、类别的当前版本。";

    public static string DocumentsWord => "个文件";

    public static string RowsWord => "行";

    public static string Exported(int count, string what, string path) => $"budget: 已导出 {count} {what}到 {path}。";

    public static string ExportedTo(string path) => $"budget: 已导出到 {path}。";

    public static string ExportedCsv(int cells, int claims, string folder) => $"budget: 已导出 {cells} 个单元格、{claims} 处说明中的数字到 {folder}。";

    public static string ExportFailed(string path, string reason) => $"budget: 错误：无法写入 {path}：{reason}";

    public static string NotAnArchive(string path) => $"{Path.GetFileName(path)} 不是 budget export --format json 导出的数据库存档，未导入。";

    public static string UnitsDescription => "数据库中的单位：列出（list），名称变更后合并（merge），误作一个的拆开（split）。";

    public static string UnitsListDescription => "列出单位及其别名（可给出名称或其中一部分）。";

    public static string UnitsMergeDescription => "把 OTHER 单位并入 KEEP：别名和文件都归 KEEP，各年重新核对。";

    public static string UnitsSplitDescription => "把以别名 ALIAS 印出的文件从 UNIT 中拆出，成为一个单独的单位。";

    public static string MergeKeepDescription => "保留的单位（名称、别名或其中一部分）。";

    public static string MergeOtherDescription => "并入的单位（名称、别名或其中一部分）。";

    public static string SplitAliasDescription => "要拆出的别名（文件中印出的单位名称）。";

    public static string UnitChanged(string unit, int documents, int rechecked) => $"budget: 单位“{unit}”现有 {documents} 个文件；重新核对了 {rechecked} 个当前文件。";

    public static string CheckDatabaseDescription => "与数据库中同一单位上一年的文件核对“比上年”（BD8001），不必用 --prior 逐个给出。";
}
