using BudgetDisclosure.Html;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.OpenXml;
using BudgetDisclosure.Pdf;

namespace BudgetDisclosure.Cli;

/// <summary>
/// The CLI's composition of the ingest pipeline: every format the adapters offer, PDF first (its signature may follow
/// junk), then HTML, the Office packages, and text for anything else.
/// </summary>
internal static class Pipelines
{
    public static DisclosurePipeline Default { get; } = Build(null);

    /// <summary>The pipeline for these PDF options (--ocr); the defaults share one instance.</summary>
    public static DisclosurePipeline For(PdfReadOptions? pdf) => pdf is null ? Default : Build(pdf);

    private static DisclosurePipeline Build(PdfReadOptions? pdf) =>
        new DisclosurePipelineBuilder().UsePdf(pdf).UseHtml().UseOpenXml().Build();
}
