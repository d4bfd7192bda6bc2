using BudgetDisclosure.Model;

namespace BudgetDisclosure.Output;

/// <summary>One printed amount cell of a bound table, flattened: what <c>budget parse --format facts</c> writes a line for.</summary>
public sealed record Fact(TableKey Table, string Code, string Label, string Column, string Value, SourceLocation Source);

/// <summary>
/// The facts CSV: <c>table,code,label,column,value,source</c>, one line per printed amount cell (blank cells are
/// left out, dashes and unreadable text are kept), tables and rows in document order.
/// Fields are quoted as RFC 4180 says; lines end with LF, and there is no byte-order mark, so the output
/// works with Unix tools as well as CSV readers.
/// </summary>
public static class FactsCsv
{
    public const string Header = "table,code,label,column,value,source";

    public static IEnumerable<Fact> Facts(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        foreach (var table in disclosure.Tables)
        {
            var columns = new Dictionary<int, string>();
            foreach (var column in table.Columns) columns.TryAdd(column.Index, column.Path);
            foreach (var row in table.Rows)
            {
                var code = row.Code?.Digits ?? "";
                var label = row.Project ?? row.Label;
                foreach (var cell in row.Cells)
                {
                    if (!cell.Amount.IsPrinted) continue;
                    // A cell whose column the binder did not describe keeps its place with an empty column path.
                    var column = columns.GetValueOrDefault(cell.Column, "");
                    yield return new Fact(table.Kind, code, label, column, cell.Amount.Text, cell.Source);
                }
            }
        }
    }

    public static void WriteHeader(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Header);
        output.Write('\n');
    }

    /// <summary>Writes the lines of one disclosure, without the header.</summary>
    public static void Write(TextWriter output, Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var fact in Facts(disclosure)) Write(output, fact);
    }

    public static void Write(TextWriter output, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fact);
        WriteField(output, fact.Table.ToName());
        output.Write(',');
        WriteField(output, fact.Code);
        output.Write(',');
        WriteField(output, fact.Label);
        output.Write(',');
        WriteField(output, fact.Column);
        output.Write(',');
        WriteField(output, fact.Value);
        output.Write(',');
        WriteField(output, fact.Source.ToString());
        output.Write('\n');
    }

    /// <summary>RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteField(TextWriter output, string field) => output.Write(Quote(field));
}
