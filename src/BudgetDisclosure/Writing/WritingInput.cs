using System.Text.RegularExpressions;
using BudgetDisclosure.Binding.Narrative;
using BudgetDisclosure.Model;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Writing;

/// <summary>
/// What a narrative figure restates, in the terms the narrative binder ties claims to (<see cref="ClaimSubject"/>):
/// a table and column, a coded row, or a named figure. Prior-year figures and reasons are keyed by it.
/// </summary>
public readonly record struct FigureKey(TableKey? Table, string? Code, string? Column, string? Figure)
{
    public static FigureKey Of(ClaimSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return new(subject.Table, subject.Code, subject.Column, subject.Figure);
    }

    public static FigureKey Cell(TableKey table, string column, string? code = null) => new(table, code, column, null);

    public static FigureKey Named(string figure, TableKey? table = null, string? column = null) => new(table, null, column, figure);

    /// <summary>A stable text form (<c>income|general_public</c>, <c>general_public_expenditure|2080505|total</c>, <c>|operating_costs</c>) used in the workbook.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Table is { } t) parts.Add(t.ToName());
        if (Code is not null) parts.Add(Code);
        if (Column is not null) parts.Add(Column);
        if (Figure is not null) parts.Add("#" + Figure);
        return string.Join('|', parts);
    }

    public static FigureKey? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        TableKey? table = null;
        string? code = null, column = null, figure = null;
        foreach (var part in text.Trim().Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith('#')) figure = part[1..];
            else if (TableKey.Standard.FirstOrDefault(k => k.ToName() == part) is var k && k != TableKey.Other && k.ToName() == part) table = k;
            else if (part.All(char.IsAsciiDigit)) code = part;
            else column = part;
        }
        if (table is null && code is null && column is null && figure is null) return null;
        return new FigureKey(table, code, column, figure);
    }
}

/// <summary>The names of figures that are not table cells, as the narrative binder names them.</summary>
public static class NamedFigures
{
    public const string ThreePublicTotal = Figures.ThreePublicTotal;
    public const string OverseasTravel = Figures.OverseasTravel;
    public const string Reception = Figures.Reception;
    public const string VehiclePurchase = Figures.VehiclePurchase;
    public const string VehicleOperation = Figures.VehicleOperation;
    public const string VehicleTotal = Figures.VehicleTotal;
    public const string OperatingCosts = Figures.OperatingCosts;
}

/// <summary>A project of the project-expenditure section: what the table cannot say.</summary>
public sealed record ProjectDetails(string Name)
{
    /// <summary>设立的政策依据</summary>
    public string? Basis { get; init; }

    /// <summary>项目承担单位</summary>
    public string? Owner { get; init; }

    /// <summary>资金分配情况</summary>
    public string? Allocation { get; init; }

    /// <summary>资金执行时间</summary>
    public string? Period { get; init; }

    /// <summary>项目概述 (optional lead sentence).</summary>
    public string? Description { get; init; }
}

/// <summary>
/// Everything the composer needs beyond the tables: last year's figures (for every "比上年" change), the reasons
/// (主要原因) for the changes, and the project details. What is missing becomes a visible placeholder and a warning.
/// </summary>
public sealed partial record WritingInput(Disclosure Disclosure)
{
    public IReadOnlyDictionary<FigureKey, decimal> Prior { get; init; } = new Dictionary<FigureKey, decimal>();

    public IReadOnlyDictionary<FigureKey, string> Reasons { get; init; } = new Dictionary<FigureKey, string>();

    public IReadOnlyList<ProjectDetails> Projects { get; init; } = [];

    /// <summary>Extra paragraphs for 其他需说明的事项.</summary>
    public IReadOnlyList<string> OtherNotes { get; init; } = [];

    /// <summary>
    /// The input for re-rendering a disclosure that was read (the JSON model of <c>budget parse</c>): prior-year figures
    /// from its claims (value − stated change), reasons from the claims' sentences, project details and other notes from
    /// its sections.
    /// </summary>
    public static WritingInput FromParsed(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var prior = new Dictionary<FigureKey, decimal>();
        var reasons = new Dictionary<FigureKey, string>();
        var claims = disclosure.Claims.Concat(disclosure.OtherMatters.OperatingCosts is { } oc ? [oc] : [])
            .Where(c => c.Subject.Table is not null || c.Subject.Figure is not null).ToList();
        // A change stated apart from its value ("“三公”经费预算比上年减少 1.00 万元") takes the value stated before it.
        var values = new Dictionary<FigureKey, Amount>();
        foreach (var claim in claims)
            if (claim.Value is { IsNumber: true } v) values.TryAdd(FigureKey.Of(claim.Subject), v);
        foreach (var claim in claims)
        {
            var key = FigureKey.Of(claim.Subject);
            var withValue = claim.Value is null && values.TryGetValue(key, out var stated) ? claim with { Value = stated } : claim;
            if (PriorOf(withValue) is { } p) prior.TryAdd(key, p);
            if (claim.Change is not null && ReasonIn(claim.Text) is { } reason) reasons.TryAdd(key, reason);
        }
        return new WritingInput(disclosure)
        {
            Prior = prior,
            Reasons = reasons,
            Projects = ProjectsFrom(disclosure),
            OtherNotes = [.. disclosure.Sections.Where(s => s.Topic == SectionTopic.OtherMatters && s.Level >= 3).SelectMany(s => s.Paragraphs.Select(p => p.Text))],
        };
    }

    /// <summary>Last year's figure a claim implies: the value less the stated change (a flat change means the same value).</summary>
    internal static decimal? PriorOf(Claim claim)
    {
        if (claim.Change is not { } change) return null;
        var value = claim.Value?.Value;
        if (claim.Value is not { IsNumber: true }) return null;
        return change.Direction switch
        {
            ChangeDirection.Flat => value,
            ChangeDirection.Increase when change.Delta is { IsNumber: true } d => value - d.Value,
            ChangeDirection.Decrease when change.Delta is { IsNumber: true } d => value + d.Value,
            _ => null,
        };
    }

    internal static string? ReasonIn(string sentence)
    {
        var m = ReasonPattern().Match(sentence);
        if (!m.Success) return null;
        var reason = m.Groups["reason"].Value.Trim().TrimEnd('。', '；', ';').Trim();
        return reason.Length == 0 ? null : reason;
    }

    private static List<ProjectDetails> ProjectsFrom(Disclosure disclosure)
    {
        var list = new List<ProjectDetails>();
        foreach (var section in disclosure.Sections.Where(s => s.Topic == SectionTopic.GeneralPublicProject && s.Level >= 3))
        {
            var name = LabelValue(section.Heading, "项目名称");
            if (name is null) continue;
            string? Field(string label) => section.Paragraphs.Select(p => LabelValue(p.Text, label)).FirstOrDefault(v => v is not null);
            list.Add(new ProjectDetails(name)
            {
                Basis = Field("设立的政策依据")?.TrimEnd('。'),
                Owner = Field("项目承担单位"),
                Allocation = Field("资金分配情况"),
                Period = Field("资金执行时间"),
            });
        }
        return list;
    }

    private static string? LabelValue(string text, string label)
    {
        var at = text.IndexOf(label, StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = text[(at + label.Length)..].TrimStart();
        if (rest.Length == 0 || rest[0] is not ('：' or ':')) return null;
        var value = rest[1..].Trim();
        return value.Length == 0 ? null : value;
    }

    [GeneratedRegex(@"(?:主要原因是|主要原因为|原因是)[：:]?(?<reason>[^。]+)")]
    private static partial Regex ReasonPattern();
}

/// <summary>Last year's figures from last year's published disclosure: its tables, read the way this year's narrative uses them.</summary>
public static class PriorYear
{
    public static Dictionary<FigureKey, decimal> FromTables(Disclosure prior)
    {
        ArgumentNullException.ThrowIfNull(prior);
        var figures = new Dictionary<FigureKey, decimal>();
        void Totals(TableKey kind)
        {
            var table = prior.Table(kind);
            if (table?.TotalRow() is not { } total) return;
            foreach (var column in table.Columns.Where(c => c.Key is not null))
                figures.TryAdd(FigureKey.Cell(kind, column.Key!), total[column.Index].Value);
        }
        Totals(TableKey.Income);
        Totals(TableKey.Expenditure);
        Totals(TableKey.GeneralPublicExpenditure);
        if (prior.Table(TableKey.GeneralPublicExpenditure) is { } gp && gp.Column(ColumnKeys.Total) is { } gpTotal)
            foreach (var row in gp.Rows.Where(r => r.Code is not null))
                figures.TryAdd(FigureKey.Cell(TableKey.GeneralPublicExpenditure, ColumnKeys.Total, row.Code!.Digits), row[gpTotal.Index].Value);
        if (prior.Table(TableKey.ThreePublicExpenses) is { } three && three.Column(ColumnKeys.Total) is { } threeTotal)
        {
            foreach (var row in three.Rows)
            {
                var figure = row.Kind == RowKind.Total ? Figures.ThreePublicTotal : SubjectTies.ThreePublicFigure(TextNormalizer.Key(row.Label));
                if (figure is not null) figures.TryAdd(FigureKey.Named(figure, TableKey.ThreePublicExpenses, ColumnKeys.Total), row[threeTotal.Index].Value);
            }
        }
        var operating = prior.OtherMatters.OperatingCosts?.Value is { IsNumber: true } oc ? oc.Value
            : prior.Table(TableKey.GeneralPublicBasicExpenditure) is { } basic && basic.Column(ColumnKeys.PublicFunds) is { } pf && basic.TotalRow() is { } bt ? bt[pf.Index].Value : (decimal?)null;
        if (operating is { } o) figures.TryAdd(FigureKey.Named(Figures.OperatingCosts), o);
        return figures;
    }
}
