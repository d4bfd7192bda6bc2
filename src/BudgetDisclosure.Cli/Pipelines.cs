using BudgetDisclosure.Html;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Pdf;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Cli;

/// <summary>
/// The CLI's composition of the ingest pipeline: every format the adapters offer, PDF first (its signature may follow
/// junk), then HTML, the Office packages, and text for anything else.
/// </summary>
internal static class Pipelines
{
    public static DisclosurePipeline Default { get; } = Build(null, null);

    /// <summary>The pipeline for these PDF options (--ocr) and this forced template (--template); the defaults share one instance.</summary>
    public static DisclosurePipeline For(PdfReadOptions? pdf, string? template = null) =>
        pdf is null && template is null ? Default : Build(pdf, template);

    private static DisclosurePipeline Build(PdfReadOptions? pdf, string? template) =>
        new DisclosurePipelineBuilder().UsePdf(pdf).UseHtml().UseOpenXml()
            .WithTemplates(new TemplateOptions { Forced = template })
            .Build();
}
