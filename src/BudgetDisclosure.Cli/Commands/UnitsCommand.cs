using System.CommandLine;
using BudgetDisclosure.Cli.Output;
using BudgetDisclosure.Storage;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// <c>budget units list|merge|split</c>: the units the store matched across years, and the escape hatch when a name
/// changed (merge the old unit into the new) or two units were read as one (split an alias off).
/// </summary>
internal static class UnitsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("units", CliMessages.UnitsDescription);

        var filter = new Argument<string?>("UNIT") { Description = CliMessages.UnitArgumentDescription, Arity = ArgumentArity.ZeroOrOne };
        var (db1, format, output) = (StoreOptions.Database(), StoreOptions.Format(), StoreOptions.Out());
        var list = new Command("list", CliMessages.UnitsListDescription) { filter, db1, format, output };
        list.SetAction(r => QueryCommand.WithStore(r.GetValue(db1), console, store =>
        {
            var units = r.GetValue(filter) is { } text ? store.FindUnits(text) : store.FindUnits("");
            return TabularOutput.Write(console, TabularOutput.Parse(r.GetValue(format)), "units", ["unit", "region", "level", "aliases"], ["单位", "地区", "级次", "别名"],
                [.. units.Select(u => (IReadOnlyList<object?>)[u.Name, u.Region, u.Level, string.Join("；", u.Aliases)])], r.GetValue(output));
        }));

        var keep = new Argument<string>("KEEP") { Description = CliMessages.MergeKeepDescription };
        var other = new Argument<string>("OTHER") { Description = CliMessages.MergeOtherDescription };
        var db2 = StoreOptions.Database();
        var merge = new Command("merge", CliMessages.UnitsMergeDescription) { keep, other, db2 };
        merge.SetAction(r => QueryCommand.WithStore(r.GetValue(db2), console, store =>
        {
            if (QueryCommand.OneUnit(store, r.GetRequiredValue(keep), console) is not { } kept) return ExitCodes.InputError;
            if (QueryCommand.OneUnit(store, r.GetRequiredValue(other), console) is not { } merged) return ExitCodes.InputError;
            return Change(console, () => new UnitMaintenance(store, Pipelines.Default).Merge(kept.Id, merged.Id));
        }));

        var unit = new Argument<string>("UNIT") { Description = CliMessages.UnitArgumentDescription };
        var alias = new Argument<string>("ALIAS") { Description = CliMessages.SplitAliasDescription };
        var db3 = StoreOptions.Database();
        var split = new Command("split", CliMessages.UnitsSplitDescription) { unit, alias, db3 };
        split.SetAction(r => QueryCommand.WithStore(r.GetValue(db3), console, store =>
        {
            if (QueryCommand.OneUnit(store, r.GetRequiredValue(unit), console) is not { } found) return ExitCodes.InputError;
            return Change(console, () => new UnitMaintenance(store, Pipelines.Default).Split(found.Id, r.GetRequiredValue(alias)));
        }));

        command.Subcommands.Add(list);
        command.Subcommands.Add(merge);
        command.Subcommands.Add(split);
        return command;
    }

    private static int Change(CliConsole console, Func<UnitChange> change)
    {
        try
        {
            var done = change();
            console.Error.WriteLine(CliMessages.UnitChanged(done.Name, done.Documents, done.Rechecked));
            return ExitCodes.Success;
        }
        catch (StoreException ex)
        {
            console.Error.WriteLine("budget: 错误：" + ex.Message);
            return ExitCodes.InputError;
        }
    }
}
