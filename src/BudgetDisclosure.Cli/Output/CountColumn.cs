using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace BudgetDisclosure.Cli.Output;

/// <summary>"3/12" files done; Spectre.Console has no such column built in.</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0}"));
    }
}
