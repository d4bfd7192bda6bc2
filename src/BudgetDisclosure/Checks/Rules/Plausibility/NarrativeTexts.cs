using System.Globalization;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Checks.Rules.Plausibility;

/// <summary>A narrative sentence with the section it belongs to.</summary>
internal sealed record SectionSentence(NarrativeSection Section, Sentence Sentence);

/// <summary>What the plausibility and wording rules share: walking the narrative, locating a figure, converting units.</summary>
internal static class NarrativeTexts
{
    public static IEnumerable<SectionSentence> Sentences(Disclosure disclosure) =>
        disclosure.Sections.SelectMany(s => s.Paragraphs.Select(p => new SectionSentence(s, p)));

    /// <summary>Every running text of the document: narrative sentences, then the goals of the 绩效目标表.</summary>
    /// <remarks>Rules read these through <see cref="CheckContext.Index"/>, built once per run.</remarks>
    public static IReadOnlyList<(string Text, FindingLocation At)> Texts(CheckContext context) => context.Index.Texts;

    /// <summary>
    /// The location of a figure the binder kept only a source line for: the sentence printed on that line, and its
    /// section (the first one with <paramref name="topic"/> when the line is not found).
    /// </summary>
    public static FindingLocation At(Disclosure disclosure, SourceLocation source, SectionTopic? topic = null)
    {
        var hit = Sentences(disclosure).FirstOrDefault(s => s.Sentence.Source.Line == source.Line && s.Sentence.Source.File == source.File);
        if (hit is not null) return At(hit);
        var section = topic is null ? null : disclosure.Sections.FirstOrDefault(s => s.Topic == topic);
        return new FindingLocation(source) { Section = section?.Heading };
    }

    /// <summary>The location of the first sentence of a <paramref name="topic"/> section that mentions <paramref name="keyword"/>, else of <paramref name="fallback"/>.</summary>
    public static FindingLocation AtMention(Disclosure disclosure, SectionTopic topic, string keyword, SourceLocation fallback)
    {
        var hit = Sentences(disclosure).FirstOrDefault(s => s.Section.Topic == topic && s.Sentence.Text.Contains(keyword, StringComparison.Ordinal));
        return hit is null ? At(disclosure, fallback, topic) : At(hit);
    }

    public static FindingLocation At(SectionSentence s) =>
        new(s.Sentence.Source) { Section = s.Section.Heading, Sentence = s.Sentence.Text };

    public static FindingLocation AtHeading(NarrativeSection section) =>
        new(section.Source) { Section = section.Heading, Sentence = section.Heading };

    /// <summary>Yuan per unit, or null when the unit is unknown.</summary>
    public static decimal? YuanPer(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => 1m,
        MoneyUnit.TenThousandYuan => 10_000m,
        MoneyUnit.HundredMillionYuan => 100_000_000m,
        _ => null,
    };

    /// <summary>An amount in 万元, or null when its unit is unknown.</summary>
    public static decimal? InTenThousand(decimal value, MoneyUnit unit) =>
        YuanPer(unit) is { } per ? value * per / 10_000m : null;

    public static string Show(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Plain(decimal value) => TableArithmetic.Format(value);

    /// <summary>The budget's scale in 万元: 收支总表's 收入总计 (or 本年收入), else the 支出总表 total.</summary>
    public static decimal? BudgetTotal(Disclosure disclosure)
    {
        var summary = disclosure.Table(TableKey.IncomeExpenditureSummary);
        if (summary is not null)
        {
            var column = summary.Column(ColumnKeys.Total, TablePanel.Income);
            var row = summary.TotalRow(TablePanel.Income) ?? CrossTable.RowByLabel(summary, TablePanel.Income, "本年收入", "本年收入合计");
            if (column is not null && row is not null && row[column.Index].IsNumber && row[column.Index].Value > 0m)
                return InTenThousand(row[column.Index].Value, summary.Unit);
        }
        var expenditure = disclosure.Table(TableKey.Expenditure);
        var total = expenditure?.TotalRow();
        var totalColumn = expenditure?.Column(ColumnKeys.Total);
        if (expenditure is not null && total is not null && totalColumn is not null && total[totalColumn.Index].IsNumber && total[totalColumn.Index].Value > 0m)
            return InTenThousand(total[totalColumn.Index].Value, expenditure.Unit);
        return null;
    }
}
