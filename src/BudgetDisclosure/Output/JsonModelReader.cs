using BudgetDisclosure.Model;

namespace BudgetDisclosure.Output;

/// <summary>
/// Maps the JSON schema back to the model, so that the output of <c>budget parse</c> can be rendered. The inverse of
/// <see cref="JsonMapper"/> for every field the schema carries.
/// </summary>
public static class JsonModelReader
{
    /// <summary>The disclosures of a <c>budget parse</c> output, in order; files that could not be used are skipped.</summary>
    public static IReadOnlyList<Disclosure> Read(string json)
    {
        var output = BudgetJson.Deserialize(json);
        if (output is null) return [];
        return [.. output.Documents.Where(d => d.Disclosure is not null).Select(d => ToModel(d.Disclosure!))];
    }

    public static Disclosure ToModel(DisclosureJson j)
    {
        ArgumentNullException.ThrowIfNull(j);
        return new Disclosure
        {
            Sources = [.. j.Sources],
            UnitName = j.UnitName,
            Scope = j.Scope,
            Kind = j.Kind,
            Year = j.Year,
            Date = j.Date,
            Contents = [.. j.Contents],
            Profile = new UnitProfile
            {
                Functions = [.. j.Profile.Functions],
                Organisation = [.. j.Profile.Organisation],
                Staffing = j.Profile.Staffing is not { } s ? null : new Staffing
                {
                    Authorized = ToModel(s.Authorized),
                    Actual = ToModel(s.Actual),
                    InService = ToModel(s.InService),
                    Retired = ToModel(s.Retired),
                    RetiredBefore1949 = ToModel(s.RetiredBefore1949),
                },
            },
            Tables = [.. j.Tables.Select(ToModel)],
            Sections = [.. j.Sections.Select(s => new NarrativeSection(s.Heading, s.Level, [.. s.Path], [.. s.Paragraphs.Select(p => new Sentence(p.Text, ToModel(p.Source)))], ToModel(s.Source)) { Topic = s.Topic })],
            Claims = [.. j.Claims.Select(ToModel)],
            OtherMatters = new OtherMatters
            {
                OperatingCosts = j.OtherMatters.OperatingCosts is { } oc ? ToModel(oc) : null,
                Procurement = j.OtherMatters.Procurement is not { } p ? null : new Procurement(ToModel(p.Source))
                {
                    Total = ToModel(p.Total),
                    Goods = ToModel(p.Goods),
                    Works = ToModel(p.Works),
                    Services = ToModel(p.Services),
                    SmeReserved = ToModel(p.SmeReserved),
                    SmallMicroReserved = ToModel(p.SmallMicroReserved),
                    Unit = p.Unit,
                },
                Assets = [.. j.OtherMatters.Assets.Select(a => new AssetItem(a.Name, ToModel(a.Source))
                {
                    Quantity = a.Quantity,
                    QuantityUnit = a.QuantityUnit,
                    Value = ToModel(a.Value),
                    Unit = a.Unit,
                })],
            },
            PerformanceTargets = [.. j.PerformanceTargets.Select(t => new PerformanceTarget(t.Scope, t.Name, ToModel(t.Source))
            {
                Total = ToModel(t.Total),
                Funding = [.. t.Funding.Select(f => new FundingLine(f.Name, Amt(f.Amount)))],
                Goal = t.Goal,
                Indicators = [.. t.Indicators.Select(i => new PerformanceIndicator(i.Level1, i.Level2, i.Name, ToModel(i.Source))
                {
                    Comparator = i.Comparator,
                    Value = i.Value,
                    Unit = i.Unit,
                    Weight = i.Weight,
                })],
            })],
            Glossary = [.. j.Glossary.Select(g => new GlossaryEntry(g.Term, g.Definition, ToModel(g.Source)))],
            Template = j.Template is { } t ? new TemplateMatch(t.Id, t.Name, t.Choice, t.Score, [.. t.Evidence]) : null,
        };
    }

    private static BudgetTable ToModel(TableJson t) =>
        new(t.Kind, t.Number, t.Title, t.Unit,
            [.. t.Columns.Select(c => new TableColumn(c.Index, [.. c.HeaderPath], c.Key, c.Panel))],
            [.. t.Rows.Select(r => new TableRow(r.Kind, Code(r.Code), r.Label, r.Panel,
                [.. r.Cells.Select(c => new TableCell(c.Column, Amt(c.Amount), ToModel(c.Source)))], ToModel(r.Source)) { Project = r.Project, PrintedCode = r.PrintedCode })],
            ToModel(t.Source))
        {
            IsDeclaredEmpty = t.IsDeclaredEmpty,
            EmptyNote = t.EmptyNote,
            Notes = [.. t.Notes],
        };

    private static ClassificationCode? Code(CodeJson? code) => code is null ? null
        : code.System == CodeSystem.Economic ? EconomicCode.TryCreate(code.Digits) : FunctionCode.TryCreate(code.Digits);

    private static Claim ToModel(ClaimJson c) =>
        new(new ClaimSubject(c.Subject.Name) { Table = c.Subject.Table, Code = c.Subject.Code, Column = c.Subject.Column, Figure = c.Subject.Figure },
            c.Section, c.Topic, c.Text, ToModel(c.Source))
        {
            Value = ToModel(c.Value),
            Unit = c.Unit,
            Share = c.Share is { } s ? new Percentage(s.Value, s.Decimals, s.Text) : null,
            Change = c.Change is not { } ch ? null
                : new YearOnYearChange(ch.Direction, ToModel(ch.Delta), ch.Rate is { } r ? new Percentage(r.Value, r.Decimals, r.Text) : null) { Basis = ch.Basis },
        };

    private static HeadCount? ToModel(HeadCountJson? h) => h is null ? null : new HeadCount(h.Count, h.Change, ToModel(h.Source));

    private static SourceLocation ToModel(SourceJson s) => new(s.File, s.Line, s.Page) { LineKind = s.LineKind ?? LineKind.File, Sheet = s.Sheet };

    private static Amount? ToModel(AmountJson? a) => a is null ? null : Amt(a);

    /// <summary>The printed text is the truth (it keeps the printed precision); the state decides how it is read.</summary>
    private static Amount Amt(AmountJson a) => a.State switch
    {
        AmountState.Blank => Amount.Blank,
        AmountState.Number when a.Value is { } v && a.Decimals is { } d => Amount.FromValue(v, d),
        _ => Amount.Parse(a.Text),
    };
}
