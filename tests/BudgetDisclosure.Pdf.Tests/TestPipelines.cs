using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Pdf.Tests;

/// <summary>The ingest pipeline with the PDF format, as `budget` composes it, for these options.</summary>
internal static class TestPipelines
{
    private static readonly DisclosurePipeline Defaults = new DisclosurePipelineBuilder().UsePdf().Build();

    public static DisclosurePipeline Pdf(PdfReadOptions? options = null) =>
        options is null ? Defaults : new DisclosurePipelineBuilder().UsePdf(options).Build();
}
