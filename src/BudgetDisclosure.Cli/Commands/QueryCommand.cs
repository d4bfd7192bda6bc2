using System.CommandLine;
using BudgetDisclosure.Cli.Output;
using BudgetDisclosure.Model;
using BudgetDisclosure.Storage;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// <c>budget query units|history|compare|findings</c>: what the store holds, a unit's figures across years, units side by
/// side on a measure, and findings with every rule's firing rate. Output as a terminal table, CSV, JSON or XLSX.
/// </summary>
internal static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("query", CliMessages.QueryDescription);
        command.Subcommands.Add(Units(console));
        command.Subcommands.Add(History(console));
        command.Subcommands.Add(Compare(console));
        command.Subcommands.Add(Findings(console));
        return command;
    }

    private static Command Units(CliConsole console)
    {
        var (db, format, output, year, region, kind) = (StoreOptions.Database(), StoreOptions.Format(), StoreOptions.Out(), StoreOptions.Year(), StoreOptions.Region(), StoreOptions.Kind());
        var command = new Command("units", CliMessages.QueryUnitsDescription) { db, format, output, year, region, kind };
        command.SetAction(r => WithStore(r.GetValue(db), console, store =>
        {
            var rows = store.Units(new UnitsQuery(r.GetValue(year), r.GetValue(region), StoreOptions.KindOf(r.GetValue(kind))));
            return TabularOutput.Write(console, TabularOutput.Parse(r.GetValue(format)), "units",
                ["unit", "year", "kind", "scope", "region", "template", "document", "imported"],
                ["单位", "年度", "类别", "范围", "地区", "模板", "文件", "导入时间"],
                [.. rows.Select(x => (IReadOnlyList<object?>)[x.Unit, x.Year, StoreOptions.KindName(x.Kind), StoreOptions.ScopeName(x.Scope), x.Region, x.Template, x.Document, x.ImportedAt])],
                r.GetValue(output));
        }));
        return command;
    }

    private static Command History(CliConsole console)
    {
        var unit = new Argument<string>("UNIT") { Description = CliMessages.UnitArgumentDescription };
        var (db, format, output) = (StoreOptions.Database(), StoreOptions.Format(), StoreOptions.Out());
        var table = new Option<string?>("--table") { Description = CliMessages.TableFilterDescription, HelpName = "T" };
        var code = new Option<string?>("--code") { Description = CliMessages.CodeFilterDescription, HelpName = "C" };
        var column = new Option<string?>("--column") { Description = CliMessages.ColumnFilterDescription, HelpName = "K" };
        var command = new Command("history", CliMessages.QueryHistoryDescription) { unit, db, format, output, table, code, column };
        command.SetAction(r => WithStore(r.GetValue(db), console, store =>
        {
            if (OneUnit(store, r.GetRequiredValue(unit), console) is not { } found) return ExitCodes.InputError;
            var rows = store.History(found.Id, r.GetValue(table), r.GetValue(code), r.GetValue(column));
            return TabularOutput.Write(console, TabularOutput.Parse(r.GetValue(format)), "history",
                ["unit", "year", "kind", "scope", "table", "code", "label", "column", "value", "document"],
                ["单位", "年度", "类别", "范围", "表", "科目编码", "科目名称", "列", "金额", "文件"],
                [.. rows.Select(x => (IReadOnlyList<object?>)[x.Unit, x.Year, StoreOptions.KindName(x.Kind), StoreOptions.ScopeName(x.Scope), x.Table, x.Code, x.Label, x.Column,
                    x.Value is { } v ? v : x.Printed, x.Document])],
                r.GetValue(output));
        }));
        return command;
    }

    private const int DefaultTop = 50;

    private static Command Compare(CliConsole console)
    {
        var (db, format, output, region, kind) = (StoreOptions.Database(), StoreOptions.Format(), StoreOptions.Out(), StoreOptions.Region(), StoreOptions.Kind());
        var year = new Option<int>("--year") { Description = CliMessages.YearDescription, HelpName = "Y", Required = true };
        var measure = new Option<string>("--measure", "-m") { Description = CliMessages.MeasureDescription, HelpName = "M", Required = true }
            .AcceptOnlyFromAmong([.. Measures.Known.Select(k => k.Name)]);
        var perHead = new Option<bool>("--per-head") { Description = CliMessages.PerHeadDescription };
        var top = new Option<int?>("--top") { Description = CliMessages.TopDescription, HelpName = "N" };
        var command = new Command("compare", CliMessages.QueryCompareDescription) { db, format, output, year, region, kind, measure, perHead, top };
        command.SetAction(r => WithStore(r.GetValue(db), console, store =>
        {
            var name = r.GetRequiredValue(measure);
            var tabular = TabularOutput.Parse(r.GetValue(format));
            // A terminal shows a league table's head; files get every unit unless --top says otherwise.
            var limit = r.GetValue(top) ?? (tabular == TabularFormat.Table ? DefaultTop : null);
            var rows = store.Compare(r.GetValue(year), name, r.GetValue(region), StoreOptions.KindOf(r.GetValue(kind)) ?? DisclosureKind.Budget, r.GetValue(perHead), limit);
            if (tabular == TabularFormat.Table && r.GetValue(top) is null && rows.Count == DefaultTop) console.Error.WriteLine(CliMessages.CompareTop(DefaultTop));
            var what = Measures.ChineseOf(name) + (r.GetValue(perHead) ? "（人均）" : "");
            return TabularOutput.Write(console, tabular, name,
                ["rank", "unit", "region", "measure", "value", "prior", "change", "rate", "document"],
                ["名次", "单位", "地区", "指标", "本年", "上年", "增减", "增减率%", "文件"],
                [.. rows.Select(x => (IReadOnlyList<object?>)[x.Rank, x.Unit, x.Region, what, x.Value, x.Prior, x.Change, x.Rate, x.Document])],
                r.GetValue(output));
        }));
        return command;
    }

    private static Command Findings(CliConsole console)
    {
        var (db, format, output, year, region) = (StoreOptions.Database(), StoreOptions.Format(), StoreOptions.Out(), StoreOptions.Year(), StoreOptions.Region());
        var rule = new Option<string?>("--rule") { Description = CliMessages.RuleFilterDescription, HelpName = "R" };
        var severity = new Option<string?>("--severity") { Description = CliMessages.SeverityFilterDescription, HelpName = "error|warning|info" }
            .AcceptOnlyFromAmong("error", "warning", "info");
        var rates = new Option<bool>("--rates") { Description = CliMessages.RatesDescription };
        var lang = LanguageOption.Create();
        var command = new Command("findings", CliMessages.QueryFindingsDescription) { db, format, output, year, region, rule, severity, rates, lang };
        command.SetAction(r => WithStore(r.GetValue(db), console, store =>
        {
            var tabular = TabularOutput.Parse(r.GetValue(format));
            if (r.GetValue(rates))
            {
                var rows = store.FiringRates(r.GetValue(year), r.GetValue(region)).Where(x => r.GetValue(rule) is not { } only || string.Equals(x.Rule, only, StringComparison.OrdinalIgnoreCase));
                return TabularOutput.Write(console, tabular, "rates",
                    ["rule", "region", "year", "documents", "evaluated", "failed", "rate"],
                    ["规则", "地区", "年度", "文件数", "已检查", "未通过", "未通过率"],
                    [.. rows.Select(x => (IReadOnlyList<object?>)[x.Rule, x.Region, x.Year, x.Documents, x.Evaluated, x.Failed, x.Rate])],
                    r.GetValue(output));
            }
            var english = LanguageOption.Of(r, lang) == MessageLanguage.English;
            var findings = store.Findings(new FindingsQuery(r.GetValue(rule), r.GetValue(severity), r.GetValue(region), r.GetValue(year)));
            return TabularOutput.Write(console, tabular, "findings",
                ["unit", "year", "region", "rule", "severity", "location", "message", "document"],
                ["单位", "年度", "地区", "规则", "严重程度", "位置", "消息", "文件"],
                [.. findings.Select(x => (IReadOnlyList<object?>)[x.Unit, x.Year, x.Region, x.Rule, x.Severity, x.Location, english ? x.MessageEnglish : x.Message, x.Document])],
                r.GetValue(output));
        }));
        return command;
    }

    /// <summary>The one unit the text names, or null after listing the candidates (or saying there are none).</summary>
    internal static StoredUnit? OneUnit(BudgetStore store, string text, CliConsole console)
    {
        var units = store.FindUnits(text);
        if (units.Count == 1) return units[0];
        if (units.Count == 0) { console.Error.WriteLine(CliMessages.NoSuchUnit(text)); return null; }
        console.Error.WriteLine(CliMessages.AmbiguousUnit(text, units.Count));
        foreach (var unit in units) console.Error.WriteLine("  " + unit.Name + (unit.Region is null ? "" : "（" + unit.Region + "）"));
        return null;
    }

    internal static int WithStore(string? database, CliConsole console, Func<BudgetStore, int> run)
    {
        if (StoreOptions.OpenStore(database, console) is not { } store) return ExitCodes.InputError;
        return run(store);
    }
}
