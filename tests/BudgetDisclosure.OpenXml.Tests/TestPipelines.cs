using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.OpenXml.Tests;

/// <summary>The ingest pipeline with the Office formats.</summary>
internal static class TestPipelines
{
    public static DisclosurePipeline Office { get; } = new DisclosurePipelineBuilder().UseOpenXml().Build();
}
