using BudgetDisclosure.Model;

namespace BudgetDisclosure.Binding;

/// <summary>
/// Names amount columns with the stable keys of <see cref="ColumnKeys"/> from their header paths. The leaf header
/// decides; a group header above it decides between 小计 columns and between same-named columns of different groups.
/// </summary>
internal static class ColumnKeyer
{
    private static readonly (string Header, string Key)[] EconomicClasses =
    [
        ("工资福利支出", ColumnKeys.Economic("301")),
        ("商品和服务支出", ColumnKeys.Economic("302")),
        ("对个人和家庭的补助", ColumnKeys.Economic("303")),
        ("债务利息及费用支出", ColumnKeys.Economic("307")),
        ("资本性支出(基本建设)", ColumnKeys.Economic("309")),
        ("资本性支出（基本建设）", ColumnKeys.Economic("309")),
        ("资本性支出", ColumnKeys.Economic("310")),
        ("对企业补助(基本建设)", ColumnKeys.Economic("311")),
        ("对企业补助（基本建设）", ColumnKeys.Economic("311")),
        ("对企业补助", ColumnKeys.Economic("312")),
        ("对社会保障基金补助", ColumnKeys.Economic("313")),
        ("其他支出", ColumnKeys.Economic("399")),
    ];

    public static string? KeyOf(IReadOnlyList<string> path, TableKind kind)
    {
        if (path.Count == 0) return null;
        var leaf = path[^1];
        var parent = path.Count > 1 ? path[^2] : "";
        var leafKey = Token(leaf, kind);
        if (leafKey == ColumnKeys.Subtotal)
        {
            var parentKey = Token(parent, kind);
            if (parentKey == "fiscal") return ColumnKeys.FiscalSubtotal;
            // 基本支出 over 小计 / 人员支出 / 公用支出 (烟台): its 小计 is the basic-expenditure total.
            if (parentKey == ColumnKeys.Basic && kind != TableKind.PriorYearCarryover) return ColumnKeys.Basic;
            return parentKey is null ? ColumnKeys.Subtotal : parentKey + "." + ColumnKeys.Subtotal;
        }
        if (leafKey is not null && (leafKey is ColumnKeys.Personnel or ColumnKeys.PublicFunds or ColumnKeys.Basic or ColumnKeys.Project) && kind == TableKind.PriorYearCarryover)
        {
            // The carry-over table repeats 基本支出/人员经费/公用经费/项目支出 under 财政拨款 and 非财政拨款.
            var group = path.Select(p => Token(p, kind)).FirstOrDefault(t => t is "fiscal" or "nonfiscal");
            return group is null ? leafKey : group + "." + leafKey;
        }
        if (leafKey == "fiscal") return ColumnKeys.FiscalSubtotal;
        return leafKey;
    }

    private static string? Token(string header, TableKind kind)
    {
        var h = header.Replace('（', '(').Replace('）', ')');
        if (h.Length == 0) return null;
        if (kind == TableKind.GeneralPublicProjectExpenditure)
        {
            foreach (var (name, key) in EconomicClasses)
                if (h == name.Replace('（', '(').Replace('）', ')')) return key;
            if (h.StartsWith("项目支出", StringComparison.Ordinal) && h.Contains("合计", StringComparison.Ordinal)) return ColumnKeys.Total;
        }
        if (h is "合计" or "总计" or "预算数" or "金额" or "收入总计" or "支出总计" or "本年预算" or "预算金额" or "支出预算" or "收入预算" or "全年预算数"
            || h.EndsWith("合计", StringComparison.Ordinal) && !h.Contains("小计", StringComparison.Ordinal) && h.Length <= 8)
            return ColumnKeys.Total;
        if (h.Contains("小计", StringComparison.Ordinal))
            return h.Contains("财政拨款", StringComparison.Ordinal) ? "fiscal" : ColumnKeys.Subtotal;
        if (h.Contains("非财政拨款结转", StringComparison.Ordinal)) return ColumnKeys.NonFiscalCarryover;
        if (h.Contains("财政拨款结转", StringComparison.Ordinal)) return ColumnKeys.FiscalCarryover;
        if (h.Contains("转移支付", StringComparison.Ordinal))
        {
            if (h.Contains("一般公共预算", StringComparison.Ordinal)) return ColumnKeys.GeneralPublicTransfer;
            if (h.Contains("政府性基金", StringComparison.Ordinal)) return ColumnKeys.GovernmentFundTransfer;
            if (h.Contains("国有资本", StringComparison.Ordinal)) return ColumnKeys.StateCapitalTransfer;
        }
        if (h.Contains("一般公共预算", StringComparison.Ordinal)) return ColumnKeys.GeneralPublic;
        if (h.Contains("政府性基金", StringComparison.Ordinal)) return ColumnKeys.GovernmentFund;
        if (h.Contains("国有资本", StringComparison.Ordinal)) return ColumnKeys.StateCapital;
        // After the budget types: a header that names one is that column even with its group's 财政拨款 in front
        // (深圳's "财政拨款" centred over 政府性基金预算拨款 and read on its line).
        if (h.StartsWith("非财政拨款", StringComparison.Ordinal)) return "nonfiscal";
        if (h.StartsWith("财政拨款", StringComparison.Ordinal)) return "fiscal";
        if (h.Contains("财政专户", StringComparison.Ordinal)) return ColumnKeys.SpecialAccount;
        if (h.Contains("单位资金", StringComparison.Ordinal)) return ColumnKeys.UnitFunds;
        if (h.Contains("人员经费", StringComparison.Ordinal) || h == "人员支出") return ColumnKeys.Personnel;
        if (h.Contains("公用经费", StringComparison.Ordinal) || h is "公用支出" or "日常公用支出") return ColumnKeys.PublicFunds;
        if (h.Contains("基本支出", StringComparison.Ordinal)) return ColumnKeys.Basic;
        if (h.Contains("项目支出", StringComparison.Ordinal)) return ColumnKeys.Project;
        return null;
    }
}
