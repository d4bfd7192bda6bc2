namespace BudgetDisclosure.Testing;

/// <summary>
/// Shared by the test projects (linked into each). Finds <c>shared/corpus</c> beside the repository (tests read it in place; nothing is copied in).
/// Tests that need it call <see cref="Require"/>, which skips them with a visible reason when it is absent (and fails them
/// under CI, which always has it: <see cref="Precondition"/>).
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string?> RootPath = new(Find);

    public static string? Root => RootPath.Value;

    public static string Require(params string[] relative)
    {
        Precondition.Require(Root is not null, "跳过：找不到 ../shared/corpus（语料不在本机），语料测试未运行。");
        var path = Path.Combine([Root!, .. relative]);
        Precondition.Require(File.Exists(path) || Directory.Exists(path), $"跳过：语料中没有 {string.Join('/', relative)}。");
        return path;
    }

    public static string Text(string name) => Require("text", name);

    public static string Pdf(string name) => Require("pdf", name);

    public static string Scanned(string name) => Require("scanned", name);

    /// <summary>The corpus PDFs with a text layer, by file name; empty when the corpus is absent (the tests then skip).</summary>
    public static IEnumerable<object[]> TextPdfs()
    {
        // Listed rather than globbed so that a missing file skips its own case instead of silently shrinking the theory.
        string[] names =
        [
            "北京__2026年北京市医疗保障局部门预算.pdf",
            "北京__医疗保障局_2026年部门预算.pdf",
            "北京__审计局_附件2：北京市审计局2026年度部门预算报表.pdf",
            "北京__政府办公厅_附件1：中共北京市委军民融合发展委员会办公室2026年度部门预算情况说明.pdf",
            "北京__政府办公厅_附件2：中共北京市委军民融合发展委员会办公室2026年度部门预算报表.pdf",
            "广州__信访局_2026年部门预算.pdf",
            "广州__政务服务和数据管理局_广州市政务服务和数据管理局2026年项目支出绩效目标表（含转移支付项目）.pdf",
            "广州__统计局_2026年部门预算.pdf",
            "深圳__2026年深圳市医疗保障局部门预算.pdf",
            "深圳__2026年深圳市审计局部门预算.pdf",
            "深圳__2026年深圳市财政局部门预算.pdf",
            "烟台__2026年烟台市医疗保障局部门预算.pdf",
            "烟台__2026年烟台市审计局部门预算.pdf",
            "福州__2026年福州市医疗保障局部门预算.pdf",
            "福州__2026年福州市商务局部门预算.pdf",
            "西安__2026年西安市审计局部门预算.pdf",
            "西安__医疗保障局_2026年部门预算.pdf",
            "重庆__2026年重庆市委宣传部部门预算.pdf",
            "重庆__2026年重庆市气象局部门预算.pdf",
            "长沙__2026年长沙市信访局部门预算.pdf",
        ];
        return names.Select(n => new object[] { n });
    }


    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("BUDGET_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "corpus");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }
}
