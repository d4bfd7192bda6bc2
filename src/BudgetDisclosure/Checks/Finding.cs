using System.Globalization;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Checks;

/// <summary>Where a finding points: a table cell (table, code or label, column) or a sentence of a section.</summary>
public sealed record FindingLocation(SourceLocation Source)
{
    public TableKey? Table { get; init; }

    /// <summary>The table's printed number (表2).</summary>
    public string? TableNumber { get; init; }

    public string? Code { get; init; }

    public string? Label { get; init; }

    public string? Column { get; init; }

    public string? Section { get; init; }

    public string? Sentence { get; init; }

    /// <summary>Compiler style, as in <c>file(p4,表2,2080505)</c> or <c>file(123,表5,210,基本支出)</c>.</summary>
    public string ToCompilerString()
    {
        var parts = new List<string>();
        if (Source.Place is { } place) parts.Add(place);
        if (TableNumber is not null) parts.Add("表" + TableNumber);
        else if (Table is { } t && (t.IsStandard || Label is null)) parts.Add(t.ToChinese()); // another template's table goes by its label
        if (Code is not null) parts.Add(Code);
        else if (Label is not null) parts.Add(Label);
        if (!string.IsNullOrEmpty(Column)) parts.Add(Column);
        if (Section is not null && Table is null) parts.Add(Section);
        return $"{Source.File}({string.Join(",", parts)})";
    }
}

/// <summary>A cell of a bound table: the table, the row (its code, or label) and the column.</summary>
public sealed record CellRef(TableKey Table, string? TableNumber, string Row, string Column)
{
    /// <summary>The cell of <paramref name="row"/> in <paramref name="column"/>: rows by code (or label), projects by code/name.</summary>
    public static CellRef Of(BudgetTable table, TableRow row, TableColumn column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(column);
        var name = row.Code?.Digits ?? (row.Label.Length > 0 ? row.Label : "合计");
        // Columns the header did not name are told apart by their place, or every unnamed column would be one cell.
        var columnName = column.Path.Length > 0 ? column.Path : "第" + (column.Index + 1).ToString(CultureInfo.InvariantCulture) + "列";
        return new CellRef(table.Kind, table.Number, name + (row.Project is null ? "" : "/" + row.Project), columnName);
    }

    public override string ToString() => $"{(TableNumber is null ? Table.ToChinese() : "表" + TableNumber)} {Row} {Column}";
}

/// <summary>
/// One thing wrong (or, for rounding, worth knowing), in the manner of Roslyn's Diagnostic: the rule, its severity, the
/// location and the message's arguments, formatted only when written (<see cref="GetMessage"/>), in either language;
/// for arithmetic also the expected and actual values, their difference and the rounding tolerance used.
/// </summary>
public sealed record Finding(RuleDescriptor Rule, Severity Severity, FindingLocation Location, params IReadOnlyList<object?> Arguments)
{
    /// <summary>Which of the rule's messages the arguments fill (<see cref="RuleDescriptor.Messages"/>).</summary>
    public string MessageId { get; init; } = RuleMessage.DefaultId;

    /// <summary>
    /// What the checker adds after the rule's message, in the same language: that the page was read by OCR and which
    /// figure is the likelier misreading. The rule knows nothing of it, so it is not one of the rule's arguments.
    /// </summary>
    public LocalizedText? Note { get; init; }

    public decimal? Expected { get; init; }

    public decimal? Actual { get; init; }

    public decimal? Difference { get; init; }

    public decimal? Tolerance { get; init; }

    /// <summary>Findings explained by one wrong cell share a group (its number within the document).</summary>
    public int? Group { get; init; }

    /// <summary>The cell the group's findings most likely come from, as <c>表3 2101101 合计</c>.</summary>
    public string? LikelyCell { get; init; }

    /// <summary>The table cells the identity involved; grouping uses them.</summary>
    public IReadOnlyList<CellRef> Cells { get; init; } = [];

    /// <summary>The rule's message with the arguments, then the <see cref="Note"/>, in <paramref name="language"/>.</summary>
    public string GetMessage(MessageLanguage language = MessageLanguage.Chinese) =>
        Rule.Message(MessageId).Format(Arguments, language) + Note?.ToString(language);

    /// <summary><c>file(12,表3,2101101,合计): error BD1001: … (docs/rules/BD1001.md)</c></summary>
    public string ToString(MessageLanguage language) =>
        $"{Location.ToCompilerString()}: {Severity.ToName()} {Rule.Id}: {GetMessage(language)} ({Rule.HelpLink})";

    public override string ToString() => ToString(MessageLanguage.Chinese);
}
