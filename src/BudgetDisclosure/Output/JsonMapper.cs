using System.Globalization;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Output;

/// <summary>Maps the model to the JSON schema types. Every field of the model that the schema documents is carried over.</summary>
public static class JsonMapper
{
    public static DocumentJson ToJson(string path, IReadOnlyList<ReadDiagnostic> diagnostics, Disclosure? disclosure)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new DocumentJson
        {
            Path = path,
            Diagnostics = [.. diagnostics.Select(ToJson)],
            Disclosure = disclosure is null ? null : ToJson(disclosure),
        };
    }

    public static DiagnosticJson ToJson(ReadDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new DiagnosticJson
        {
            Severity = diagnostic.Severity,
            Code = diagnostic.Code,
            Message = diagnostic.Message,
            Source = ToJson(diagnostic.Source),
        };
    }

    public static DisclosureJson ToJson(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return new DisclosureJson
        {
            Sources = [.. disclosure.Sources],
            Template = disclosure.Template is { } t ? new TemplateJson { Id = t.Id, Name = t.Name, Choice = t.Choice, Score = t.Score, Evidence = [.. t.Evidence] } : null,
            UnitName = disclosure.UnitName,
            Scope = disclosure.Scope,
            Kind = disclosure.Kind,
            Year = disclosure.Year,
            Date = disclosure.Date,
            Contents = [.. disclosure.Contents],
            Profile = ToJson(disclosure.Profile),
            Tables = [.. disclosure.Tables.Select(ToJson)],
            Sections = [.. disclosure.Sections.Select(ToJson)],
            Claims = [.. disclosure.Claims.Select(ToJson)],
            OtherMatters = ToJson(disclosure.OtherMatters),
            PerformanceTargets = [.. disclosure.PerformanceTargets.Select(ToJson)],
            Glossary = [.. disclosure.Glossary.Select(g => new GlossaryEntryJson { Term = g.Term, Definition = g.Definition, Source = ToJson(g.Source) })],
        };
    }

    public static SourceJson ToJson(SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SourceJson { File = source.File, Line = source.Line, Page = source.Page, LineKind = source.LineKind == LineKind.File ? null : source.LineKind, Sheet = source.Sheet };
    }

    public static AmountJson ToJson(Amount amount) =>
        amount.IsNumber
            ? new AmountJson { State = amount.State, Text = amount.Text, Value = WithScale(amount.Value, amount.Decimals), Decimals = amount.Decimals }
            : new AmountJson { State = amount.State, Text = amount.Text };

    public static PercentageJson ToJson(Percentage percentage) =>
        new() { Value = percentage.Value, Decimals = percentage.Decimals, Text = percentage.Text };

    public static CodeJson ToJson(ClassificationCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new CodeJson { Digits = code.Digits, System = code.System, Level = code.Level };
    }

    public static TableJson ToJson(BudgetTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new TableJson
        {
            Kind = table.Kind,
            Number = table.Number,
            Title = table.Title,
            Unit = table.Unit,
            IsDeclaredEmpty = table.IsDeclaredEmpty,
            EmptyNote = table.EmptyNote,
            Notes = [.. table.Notes],
            Source = ToJson(table.Source),
            Columns = [.. table.Columns.Select(c => new ColumnJson
            {
                Index = c.Index,
                HeaderPath = [.. c.HeaderPath],
                Path = c.Path,
                Key = c.Key,
                Panel = c.Panel,
            })],
            Rows = [.. table.Rows.Select(r => new RowJson
            {
                Kind = r.Kind,
                Code = r.Code is null ? null : ToJson(r.Code),
                Label = r.Label,
                Project = r.Project,
                PrintedCode = r.PrintedCode,
                Panel = r.Panel,
                Source = ToJson(r.Source),
                Cells = [.. r.Cells.Select(c => new CellJson { Column = c.Column, Amount = ToJson(c.Amount), Source = ToJson(c.Source) })],
            })],
        };
    }

    private static ProfileJson ToJson(UnitProfile profile) => new()
    {
        Functions = [.. profile.Functions],
        Organisation = [.. profile.Organisation],
        Staffing = profile.Staffing is not { } s ? null : new StaffingJson
        {
            Authorized = ToJson(s.Authorized),
            Actual = ToJson(s.Actual),
            InService = ToJson(s.InService),
            Retired = ToJson(s.Retired),
            RetiredBefore1949 = ToJson(s.RetiredBefore1949),
        },
    };

    private static HeadCountJson? ToJson(HeadCount? count) =>
        count is null ? null : new HeadCountJson { Count = count.Count, Change = count.Change, Source = ToJson(count.Source) };

    private static SectionJson ToJson(NarrativeSection section) => new()
    {
        Heading = section.Heading,
        Level = section.Level,
        Path = [.. section.Path],
        Topic = section.Topic,
        Paragraphs = [.. section.Paragraphs.Select(p => new SentenceJson { Text = p.Text, Source = ToJson(p.Source) })],
        Source = ToJson(section.Source),
    };

    private static ClaimJson ToJson(Claim claim) => new()
    {
        Subject = new SubjectJson
        {
            Name = claim.Subject.Name,
            Table = claim.Subject.Table,
            Code = claim.Subject.Code,
            Column = claim.Subject.Column,
            Figure = claim.Subject.Figure,
        },
        Section = claim.Section,
        Topic = claim.Topic,
        Text = claim.Text,
        Value = ToJson(claim.Value),
        Unit = claim.Unit,
        Share = claim.Share is { } share ? ToJson(share) : null,
        Change = claim.Change is not { } change ? null : new ChangeJson
        {
            Direction = change.Direction,
            Delta = ToJson(change.Delta),
            Rate = change.Rate is { } rate ? ToJson(rate) : null,
            Basis = change.Basis,
        },
        Source = ToJson(claim.Source),
    };

    // A decimal keeps its scale when written, so 2m built by FromValue(2m, 2) would come out as "2" next to a text of
    // "2.00"; giving it the printed scale makes the JSON number show the printed precision.
    private static decimal WithScale(decimal value, int decimals) =>
        decimal.Parse(value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static AmountJson? ToJson(Amount? amount) => amount is { } a ? ToJson(a) : null;

    private static OtherMattersJson ToJson(OtherMatters matters) => new()
    {
        OperatingCosts = matters.OperatingCosts is null ? null : ToJson(matters.OperatingCosts),
        Procurement = matters.Procurement is not { } p ? null : new ProcurementJson
        {
            Total = ToJson(p.Total),
            Goods = ToJson(p.Goods),
            Works = ToJson(p.Works),
            Services = ToJson(p.Services),
            SmeReserved = ToJson(p.SmeReserved),
            SmallMicroReserved = ToJson(p.SmallMicroReserved),
            Unit = p.Unit,
            Source = ToJson(p.Source),
        },
        Assets = [.. matters.Assets.Select(a => new AssetJson
        {
            Name = a.Name,
            Quantity = a.Quantity,
            QuantityUnit = a.QuantityUnit,
            Value = ToJson(a.Value),
            Unit = a.Unit,
            Source = ToJson(a.Source),
        })],
    };

    private static PerformanceTargetJson ToJson(PerformanceTarget target) => new()
    {
        Scope = target.Scope,
        Name = target.Name,
        Total = ToJson(target.Total),
        Funding = [.. target.Funding.Select(f => new FundingLineJson { Name = f.Source, Amount = ToJson(f.Amount) })],
        Goal = target.Goal,
        Indicators = [.. target.Indicators.Select(i => new IndicatorJson
        {
            Level1 = i.Level1,
            Level2 = i.Level2,
            Name = i.Name,
            Comparator = i.Comparator,
            Value = i.Value,
            Unit = i.Unit,
            Weight = i.Weight,
            Source = ToJson(i.Source),
        })],
        Source = ToJson(target.Source),
    };
}
