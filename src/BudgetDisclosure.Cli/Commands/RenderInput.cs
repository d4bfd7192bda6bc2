using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Output;
using BudgetDisclosure.Writing;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// Loads what <c>render</c> writes from: the input workbook of <c>budget template</c>, the JSON model of
/// <c>budget parse</c>, or any disclosure the readers read (text, DOCX, XLSX) — a published one re-rendered.
/// </summary>
internal static class RenderInput
{
    public static (WritingInput? Input, IReadOnlyList<ReadDiagnostic> Diagnostics) Load(string path)
    {
        if (!File.Exists(path))
            return (null, [new ReadDiagnostic(DiagnosticSeverity.Error, Messages.FileNotFoundCode, Messages.FileNotFound, new SourceLocation(path, 0))]);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".json")
        {
            try
            {
                var disclosures = JsonModelReader.Read(File.ReadAllText(path));
                if (disclosures.Count == 0)
                    return (null, [new ReadDiagnostic(DiagnosticSeverity.Error, CliMessages.RenderInputCode, CliMessages.JsonWithoutDisclosure, new SourceLocation(path, 0))]);
                return (WritingInput.FromParsed(disclosures[0]), []);
            }
            catch (System.Text.Json.JsonException ex)
            {
                return (null, [new ReadDiagnostic(DiagnosticSeverity.Error, CliMessages.RenderInputCode, CliMessages.BadJson(ex.Message), new SourceLocation(path, 0))]);
            }
        }
        var disclosure = ReadDisclosure(path);
        return (disclosure.Value is null ? null : WritingInput.FromParsed(disclosure.Value), disclosure.Diagnostics);
    }

    /// <summary>An XLSX that is the input workbook of <c>budget template</c> rather than a published disclosure.</summary>
    public static bool IsTemplate(string path) =>
        File.Exists(path) && Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) && OpenXml.Template.TemplateReader.IsTemplate(path);

    /// <summary>A published disclosure in any format the readers know.</summary>
    public static ReadResult<Disclosure> ReadDisclosure(string path) => Pipelines.Default.Read(path);
}
