namespace BudgetDisclosure.Model;

/// <summary>The stable keys of recognised columns; claims and checks refer to columns by these.</summary>
public static class ColumnKeys
{
    /// <summary>合计 / 总计 / 预算数 / 收入总计 / 支出总计</summary>
    public const string Total = "total";
    /// <summary>财政拨款（补助）小计</summary>
    public const string FiscalSubtotal = "fiscal_subtotal";
    /// <summary>一般公共预算</summary>
    public const string GeneralPublic = "general_public";
    /// <summary>上级一般公共预算安排的转移支付</summary>
    public const string GeneralPublicTransfer = "general_public_transfer";
    /// <summary>政府性基金预算</summary>
    public const string GovernmentFund = "government_fund";
    /// <summary>上级政府性基金安排的转移支付</summary>
    public const string GovernmentFundTransfer = "government_fund_transfer";
    /// <summary>国有资本经营预算</summary>
    public const string StateCapital = "state_capital";
    /// <summary>上级国有资本经营预算安排的转移支付</summary>
    public const string StateCapitalTransfer = "state_capital_transfer";
    /// <summary>财政专户 (教育收费)</summary>
    public const string SpecialAccount = "special_account";
    /// <summary>单位资金</summary>
    public const string UnitFunds = "unit_funds";
    /// <summary>财政拨款结转</summary>
    public const string FiscalCarryover = "fiscal_carryover";
    /// <summary>非财政拨款结转结余</summary>
    public const string NonFiscalCarryover = "nonfiscal_carryover";
    /// <summary>基本支出</summary>
    public const string Basic = "basic";
    /// <summary>项目支出</summary>
    public const string Project = "project";
    /// <summary>人员经费</summary>
    public const string Personnel = "personnel";
    /// <summary>公用经费</summary>
    public const string PublicFunds = "public_funds";
    /// <summary>支出总表: 事业单位经营支出.</summary>
    public const string BusinessOperations = "business_operations";

    /// <summary>支出总表: 上缴上级支出.</summary>
    public const string Remittance = "remittance";

    /// <summary>支出总表: 对附属单位补助支出.</summary>
    public const string SubsidiaryGrants = "subsidiary_grants";

    /// <summary>支出总表: 单位预留机动经费 (江苏).</summary>
    public const string Reserve = "reserve";

    /// <summary>支出总表: 结转下年资金 (江苏).</summary>
    public const string CarryForward = "carry_forward";

    /// <summary>小计 of a group of columns (the first column under a group header).</summary>
    public const string Subtotal = "subtotal";

    /// <summary>The column of an economic 类 in the project table: <c>econ_302</c>.</summary>
    public static string Economic(string classDigits) => "econ_" + classDigits;
}
