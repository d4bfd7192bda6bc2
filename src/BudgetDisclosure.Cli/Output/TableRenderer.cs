using System.Globalization;
using BudgetDisclosure.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace BudgetDisclosure.Cli.Output;

/// <summary>
/// Draws bound tables for eyeballing: boxed and coloured on a terminal, Markdown tables without colour when the
/// output is redirected (readable in a file and pastable into an issue).
/// </summary>
internal sealed class TableRenderer
{
    // Wide enough that a redirected table with a dozen amount columns is never wrapped.
    private const int RedirectedWidth = 1000;

    private readonly IAnsiConsole _console;
    private readonly bool _interactive;
    private readonly TextWriter _output;
    private readonly StringWriter? _plain;
    private readonly MessageLanguage _language;

    public TableRenderer(TextWriter output, bool isTerminal, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _language = language;
        _interactive = isTerminal;
        // Redirected text goes through a buffer so that the padding Spectre leaves at line ends can be trimmed.
        _plain = isTerminal ? null : new StringWriter(CultureInfo.InvariantCulture);
        _console = isTerminal
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) })
            : AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(_plain!),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
        if (!isTerminal) _console.Profile.Width = RedirectedWidth;
    }

    public void Render(string path, Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        if (_interactive) _console.Write(new Rule(Markup.Escape(path)).LeftJustified());
        else _console.WriteLine("# " + path);
        _console.WriteLine();
        if (disclosure.Tables.Count == 0)
        {
            _console.WriteLine(CliMessages.NoTables(_language));
            _console.WriteLine();
        }
        else
        {
            foreach (var table in disclosure.Tables) Render(table);
        }
        FlushPlain();
    }

    private void FlushPlain()
    {
        if (_plain is null) return;
        foreach (var line in _plain.ToString().Split('\n'))
        {
            var trimmed = line.TrimEnd();
            // Lines that held only padding are Spectre's, not ours.
            if (trimmed.Length == 0 && line.TrimEnd('\r').Length > 0) continue;
            _output.Write(trimmed);
            _output.Write('\n');
        }
        _plain.GetStringBuilder().Clear();
    }

    private void Render(BudgetTable table)
    {
        var title = string.IsNullOrEmpty(table.Number) ? table.Title : table.Number + " " + table.Title;
        var unit = table.Unit == MoneyUnit.Unknown ? CliMessages.UnknownUnit(_language) : table.Unit.ToText().ToString(_language);
        var caption = CliMessages.TableCaption(table.Kind.IsStandard || table.Title.Length == 0 ? table.Kind.ToText().ToString(_language) : table.Title, table.Kind.ToName(), unit, _language);
        if (_interactive)
        {
            _console.MarkupLine("[bold]" + Markup.Escape(title) + "[/]");
            _console.MarkupLine("[grey]" + Markup.Escape(caption) + "  " + Markup.Escape(table.Source.ToString()) + "[/]");
        }
        else
        {
            _console.WriteLine("## " + title);
            _console.WriteLine(caption + "  " + table.Source);
        }

        if (table.IsDeclaredEmpty)
        {
            _console.WriteLine(CliMessages.DeclaredEmpty(table.EmptyNote, _language));
        }
        if (table.Rows.Count > 0 || table.Columns.Count > 0) _console.Write(Build(table));
        foreach (var note in table.Notes) _console.WriteLine(note);
        _console.WriteLine();
    }

    private Table Build(BudgetTable table)
    {
        var grid = new Table { Border = _interactive ? TableBorder.Rounded : TableBorder.Markdown };
        grid.AddColumn(new Spectre.Console.TableColumn(new Text(CliMessages.CodeHeader(_language))));
        grid.AddColumn(new Spectre.Console.TableColumn(new Text(CliMessages.LabelHeader(_language))));
        // Columns are placed by their index; a cell whose index is not among the columns still gets shown.
        var indexes = table.Columns.Select(c => c.Index)
            .Concat(table.Rows.SelectMany(r => r.Cells).Select(c => c.Column))
            .Distinct()
            .Order()
            .ToList();
        var headers = table.Columns.GroupBy(c => c.Index).ToDictionary(g => g.Key, g => g.First().Path);
        foreach (var index in indexes)
            grid.AddColumn(new Spectre.Console.TableColumn(new Text(headers.GetValueOrDefault(index, "#" + index))).RightAligned());

        foreach (var row in table.Rows)
        {
            var emphasis = _interactive && row.Kind is RowKind.Total or RowKind.Group ? new Style(decoration: Decoration.Bold) : Style.Plain;
            var cells = new List<IRenderable>(indexes.Count + 2)
            {
                new Text(row.Code?.Digits ?? "", emphasis),
                new Text(row.Project ?? row.Label, emphasis),
            };
            foreach (var index in indexes)
            {
                var amount = row[index];
                var style = _interactive && amount.State == AmountState.Unreadable ? new Style(Color.Red) : emphasis;
                cells.Add(new Text(amount.Text, style));
            }
            grid.AddRow(cells);
        }
        return grid;
    }
}
