namespace BudgetDisclosure.Storage;

/// <summary>A store that cannot be used: it cannot be opened, its schema is newer than this build, a record is damaged.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message) : base(message) { }

    public StoreException(string message, Exception inner) : base(message, inner) { }

    public StoreException() { }
}

/// <summary>The store's user-facing text.</summary>
internal static class StorageMessages
{
    public static string NewerSchema(int stored, int known) =>
        $"数据库的结构版本是 {stored}，比本程序所知的 {known} 新：请用新版本的 budget 打开它。";

    public static string ModelUnreadable => "数据库中保存的文档模型无法读回（记录已损坏）。";

    public static string NotADisclosure => "不是预算公开文件：没有找到标题（单位、年度）、可识别的预算表、说明中的数字或绩效目标，未导入。";

    public static string NotAnArchive(string path) => $"{path} 不是 budget export --format json 导出的数据库存档。";

    public static string NewerArchive(string path, int version, int known) => $"{path} 是第 {version} 版的存档，本程序只读到第 {known} 版：请用新版本的 budget 导入。";

    public static string MergeWithItself => "不能把一个单位与它自己合并。";

    public static string NoSuchAlias(string alias) => $"这个单位没有别名“{alias}”。";

    public static string SplitLastAlias(string alias) => $"“{alias}”是这个单位唯一的名称，无从拆分。";

    public static string CannotOpen(string where, string reason) => $"无法打开数据库 {where}：{reason}";
}
