using System.CommandLine;
using BudgetDisclosure.Cli.Output;
using BudgetDisclosure.Model;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Storage;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// <c>budget export --format csv|xlsx|json|fdp --out PATH [filters]</c>: the stored cells and claims as tidy data (csv:
/// a folder with cells.csv and claims.csv; xlsx: one workbook with both sheets), the store itself (json: an archive
/// <c>budget import</c> reads back into any store), or a Fiscal Data Package (fdp: a folder with datapackage.json).
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] FormatNames = ["csv", "xlsx", "json", "fdp"];

    internal static readonly string[] CellHeader =
    [
        "unit", "region", "year", "kind", "scope", "table", "table_number", "code", "label", "project", "panel", "column_key", "column",
        "value", "printed", "state", "money_unit", "page", "line", "document", "content_hash", "version",
    ];

    internal static readonly string[] ClaimHeader =
    [
        "unit", "region", "year", "kind", "scope", "section", "topic", "subject", "table", "code", "column_key", "figure", "value", "money_unit",
        "share", "direction", "delta", "rate", "basis", "sentence", "page", "line", "document", "content_hash",
    ];

    public static Command Create(CliConsole console)
    {
        var db = StoreOptions.Database();
        var format = new Option<string>("--format", "-f") { Description = CliMessages.ExportFormatDescription, Required = true, HelpName = "csv|xlsx|json|fdp" }
            .AcceptOnlyFromAmong(FormatNames);
        var output = new Option<string>("--out", "-o") { Description = CliMessages.ExportOutDescription, Required = true, HelpName = "PATH" };
        var (year, region, kind) = (StoreOptions.Year(), StoreOptions.Region(), StoreOptions.Kind());
        var unit = new Option<string?>("--unit") { Description = CliMessages.UnitArgumentDescription, HelpName = "UNIT" };
        var all = new Option<bool>("--all-versions") { Description = CliMessages.AllVersionsDescription };
        var command = new Command("export", CliMessages.ExportDescription) { db, format, output, year, region, kind, unit, all };
        command.SetAction(r => QueryCommand.WithStore(r.GetValue(db), console, store => Run(store, r.GetRequiredValue(format), r.GetRequiredValue(output),
            new ExportFilter(r.GetValue(year), r.GetValue(region), StoreOptions.KindOf(r.GetValue(kind)), r.GetValue(unit)) { AllVersions = r.GetValue(all) }, console)));
        return command;
    }

    public static int Run(BudgetStore store, string format, string output, ExportFilter filter, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            switch (format)
            {
                case "json":
                    using (var stream = File.Create(output))
                        console.Error.WriteLine(CliMessages.Exported(StoreArchive.Write(store, filter, stream), CliMessages.DocumentsWord, output));
                    break;
                case "fdp":
                    console.Error.WriteLine(CliMessages.Exported(FiscalDataPackage.Write(store, filter, output), CliMessages.RowsWord, Path.Combine(output, "datapackage.json")));
                    break;
                case "xlsx":
                    using (var stream = File.Create(output))
                        TabularXlsx.Write(stream, [new TabularSheet("cells", CellHeader, Cells(store, filter)), new TabularSheet("claims", ClaimHeader, Claims(store, filter))]);
                    console.Error.WriteLine(CliMessages.ExportedTo(output));
                    break;
                default:
                    Directory.CreateDirectory(output);
                    var cells = WriteCsv(Path.Combine(output, "cells.csv"), CellHeader, Cells(store, filter));
                    var claims = WriteCsv(Path.Combine(output, "claims.csv"), ClaimHeader, Claims(store, filter));
                    console.Error.WriteLine(CliMessages.ExportedCsv(cells, claims, output));
                    break;
            }
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(CliMessages.ExportFailed(output, ex.Message));
            return ExitCodes.InputError;
        }
    }

    internal static IEnumerable<IReadOnlyList<object?>> Cells(BudgetStore store, ExportFilter filter) =>
        store.ExportCells(filter).Select(c => (IReadOnlyList<object?>)
        [
            c.Unit, c.Region, c.Year, Kind(c.Kind), Scope(c.Scope), c.Table, c.TableNumber, c.Code, c.Label, c.Project, Panel(c.Panel), c.ColumnKey, c.Column,
            c.Value, c.Printed, c.State, c.MoneyUnit.ToChinese(), c.Page, c.Line, c.Document, c.ContentHash, c.Version,
        ]);

    internal static IEnumerable<IReadOnlyList<object?>> Claims(BudgetStore store, ExportFilter filter) =>
        store.ExportClaims(filter).Select(c => (IReadOnlyList<object?>)
        [
            c.Unit, c.Region, c.Year, Kind(c.Kind), Scope(c.Scope), c.Section, c.Topic, c.Subject, c.Table, c.Code, c.ColumnKey, c.Figure, c.Value,
            c.MoneyUnit.ToChinese(), c.Share, c.Direction, c.Delta, c.Rate, c.Basis, c.Sentence, c.Page, c.Line, c.Document, c.ContentHash,
        ]);

    private static int WriteCsv(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        return TabularOutput.WriteCsv(writer, header, rows);
    }

    private static string Kind(DisclosureKind kind) => kind switch { DisclosureKind.Budget => "budget", DisclosureKind.FinalAccounts => "final_accounts", _ => "" };

    private static string Scope(DisclosureScope scope) => scope switch { DisclosureScope.Department => "department", DisclosureScope.Unit => "unit", _ => "" };

    private static string Panel(TablePanel panel) => panel switch { TablePanel.Income => "income", TablePanel.Expenditure => "expenditure", _ => "" };
}
