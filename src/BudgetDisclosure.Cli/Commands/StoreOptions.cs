using System.CommandLine;
using BudgetDisclosure.Model;
using BudgetDisclosure.Storage;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>The options every store verb shares, and opening the store with a clear error.</summary>
internal static class StoreOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = CliMessages.DatabaseDescription,
        HelpName = "FILE|CONNECTION",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BUDGET_DB"),
    };

    public static Option<string> Format() => new Option<string>("--format", "-f")
    {
        Description = CliMessages.QueryFormatDescription,
        DefaultValueFactory = _ => "table",
        HelpName = "table|csv|json|xlsx",
    }.AcceptOnlyFromAmong(Output.TabularOutput.FormatNames);

    public static Option<string?> Out() => new("--out", "-o") { Description = CliMessages.OutDescription, HelpName = "FILE" };

    public static Option<int?> Year() => new("--year") { Description = CliMessages.YearDescription, HelpName = "Y" };

    public static Option<string?> Region() => new("--region") { Description = CliMessages.RegionDescription, HelpName = "R" };

    public static Option<string?> Kind() => new Option<string?>("--kind") { Description = CliMessages.KindDescription, HelpName = "预算|决算" }
        .AcceptOnlyFromAmong("预算", "决算", "budget", "final_accounts");

    public static DisclosureKind? KindOf(string? text) => text switch
    {
        "预算" or "budget" => DisclosureKind.Budget,
        "决算" or "final_accounts" => DisclosureKind.FinalAccounts,
        _ => null,
    };

    /// <summary>The store, or null after saying why it cannot be opened.</summary>
    public static BudgetStore? OpenStore(string? database, CliConsole console)
    {
        try
        {
            return BudgetStore.Open(database);
        }
        catch (Exception ex) when (ex is StoreException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(CliMessages.StoreUnusable(database ?? StoreLocation.DefaultFile, ex.Message));
            return null;
        }
    }

    public static string KindName(DisclosureKind kind) => kind switch
    {
        DisclosureKind.Budget => "预算",
        DisclosureKind.FinalAccounts => "决算",
        _ => "",
    };

    public static string ScopeName(DisclosureScope scope) => scope switch
    {
        DisclosureScope.Department => "部门",
        DisclosureScope.Unit => "单位",
        _ => "",
    };
}
