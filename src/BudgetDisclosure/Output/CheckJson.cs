using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Output;

/// <summary>
/// <c>budget check --format json</c>: <c>{"documents":[{"path","diagnostics","checks","findings"}]}</c>, one entry per
/// input, written as each document is checked (docs/schema.md). Severities are <c>error</c>, <c>warning</c>,
/// <c>info</c>; tables are named as in facts; amounts are JSON numbers written from decimal. Rule titles and findings'
/// messages are in the writer's language, each message with its arguments as formatted into it.
/// </summary>
public sealed class CheckJsonWriter : IDisposable
{
    private readonly Utf8JsonWriter json;
    private readonly Stream stream;
    private readonly TextWriter output;
    private readonly MessageLanguage language;

    public CheckJsonWriter(TextWriter output, MessageLanguage language)
    {
        this.output = output ?? throw new ArgumentNullException(nameof(output));
        this.language = language;
        stream = new MemoryStream();
        json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        json.WriteStartObject();
        json.WriteString("schemaVersion", BudgetJson.SchemaVersion);
        json.WriteStartArray("documents");
    }

    public void Write(string path, IReadOnlyList<ReadDiagnostic> diagnostics, CheckReport? report)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        json.WriteStartObject();
        json.WriteString("path", path);
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            WriteSource(d.Source);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("checks");
        foreach (var status in report?.Statuses ?? [])
        {
            json.WriteStartObject();
            json.WriteString("rule", status.Rule.Id);
            json.WriteString("title", status.Rule.GetTitle(language));
            json.WriteString("status", status.Outcome switch
            {
                CheckOutcome.Passed => "passed",
                CheckOutcome.Failed => "failed",
                CheckOutcome.NotApplicable => "not_applicable",
                _ => "not_checked",
            });
            json.WriteNumber("evaluated", status.Evaluated);
            json.WriteNumber("failures", status.Failures);
            if (status.Reason is not null) json.WriteString("reason", status.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("tables");
        foreach (var t in report?.Tables ?? [])
        {
            json.WriteStartObject();
            json.WriteString("table", t.Table.ToName());
            WriteOptional("tableNumber", t.Number);
            json.WriteString("title", t.Title);
            json.WriteString("reading", t.Status switch
            {
                ReadingStatus.Verified => "verified",
                ReadingStatus.Doubtful => "doubtful",
                _ => "unverifiable",
            });
            json.WriteNumber("identities", t.Identities);
            json.WriteNumber("failures", t.Failures);
            json.WriteNumber("explainingCells", t.ExplainingCells);
            WriteSource(t.Source);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var f in report?.Findings ?? [])
            WriteFinding(f);
        json.WriteEndArray();
        json.WriteEndObject();
        Flush();
    }

    private void WriteFinding(Finding f)
    {
        json.WriteStartObject();
        json.WriteString("rule", f.Rule.Id);
        json.WriteString("severity", f.Severity.ToName());
        json.WriteString("message", f.GetMessage(language));
        json.WriteString("messageId", f.MessageId);
        json.WriteStartArray("arguments");
        foreach (var argument in f.Arguments) json.WriteStringValue(LocalizedText.ArgumentText(argument, language));
        json.WriteEndArray();
        if (f.Note is { } note) json.WriteString("note", note.ToString(language));
        var at = f.Location;
        WriteOptional("table", at.Table?.ToName());
        WriteOptional("tableNumber", at.TableNumber);
        WriteOptional("code", at.Code);
        WriteOptional("label", at.Label);
        WriteOptional("column", at.Column);
        WriteOptional("section", at.Section);
        WriteOptional("sentence", at.Sentence);
        json.WriteString("file", at.Source.File);
        if (at.Source.FileLine > 0) json.WriteNumber("line", at.Source.FileLine);
        if (at.Source.Page is { } page) json.WriteNumber("page", page);
        WriteNumber("expected", f.Expected);
        WriteNumber("actual", f.Actual);
        WriteNumber("difference", f.Difference);
        WriteNumber("tolerance", f.Tolerance);
        if (f.Group is { } group) json.WriteNumber("group", group);
        WriteOptional("likelyCell", f.LikelyCell);
        json.WriteString("help", f.Rule.HelpLink);
        json.WriteString("helpUri", f.Rule.HelpUri.AbsoluteUri);
        json.WriteEndObject();
    }

    private void WriteSource(SourceLocation source)
    {
        json.WriteStartObject("source");
        json.WriteString("file", source.File);
        if (source.FileLine > 0) json.WriteNumber("line", source.FileLine);
        if (source.Page is { } page) json.WriteNumber("page", page);
        json.WriteEndObject();
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private void WriteNumber(string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
    }

    /// <summary>Closes the envelope.</summary>
    public void Complete()
    {
        json.WriteEndArray();
        json.WriteEndObject();
        Flush();
        output.WriteLine();
    }

    private void Flush()
    {
        json.Flush();
        if (stream.Length == 0) return;
        output.Write(System.Text.Encoding.UTF8.GetString(((MemoryStream)stream).GetBuffer(), 0, (int)stream.Length));
        stream.SetLength(0);
    }

    public void Dispose()
    {
        json.Dispose();
        stream.Dispose();
    }

}
