using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Output;

/// <summary>
/// Serialises and reads the JSON schema of docs/schema.md: camelCase names, snake_case enum strings, nulls omitted,
/// decimals as JSON numbers, indented, Chinese written as is.
/// </summary>
public static class BudgetJson
{
    /// <summary>
    /// MAJOR.MINOR. MINOR goes up when fields or enum values are added (old consumers keep working if they ignore
    /// what they do not know); MAJOR when a field is removed, renamed, or changes type or meaning.
    /// </summary>
    public const string SchemaVersion = "1.3";

    /// <summary>
    /// The options every JSON output uses. The relaxed encoder writes Chinese and punctuation unescaped; the output is
    /// a data file, not something to paste into HTML, so HTML-sensitive characters are left alone too.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(BudgetJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // One line ending on every platform keeps output and golden files byte-identical.
        NewLine = "\n",
    };

    /// <summary>The source-generated metadata bound to <see cref="Options"/>; trimming- and AOT-safe.</summary>
    public static BudgetJsonContext Context { get; } = new(Options);

    public static string Serialize(ParseOutputJson output) => JsonSerializer.Serialize(output, Context.ParseOutputJson);

    /// <summary>Reads output written by <see cref="Serialize"/> or <see cref="JsonDocumentWriter"/>; null for a JSON <c>null</c>.</summary>
    public static ParseOutputJson? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.ParseOutputJson);
}

/// <summary>Enum values as snake_case strings (<c>income_expenditure_summary</c>, <c>ten_thousand_yuan</c>); numbers are refused on reading.</summary>
internal sealed class SnakeCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum> where TEnum : struct, Enum
{
    public SnakeCaseEnumConverter() : base(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) { }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters =
    [
        typeof(SnakeCaseEnumConverter<AmountState>),
        typeof(SnakeCaseEnumConverter<CodeSystem>),
        typeof(SnakeCaseEnumConverter<CodeLevel>),
        typeof(SnakeCaseEnumConverter<DiagnosticSeverity>),
        typeof(SnakeCaseEnumConverter<DisclosureScope>),
        typeof(SnakeCaseEnumConverter<DisclosureKind>),
        typeof(SnakeCaseEnumConverter<TablePanel>),
        typeof(SnakeCaseEnumConverter<RowKind>),
        typeof(SnakeCaseEnumConverter<MoneyUnit>),
        typeof(SnakeCaseEnumConverter<SectionTopic>),
        typeof(SnakeCaseEnumConverter<ChangeDirection>),
        typeof(SnakeCaseEnumConverter<PerformanceScope>),
        typeof(SnakeCaseEnumConverter<Comparator>),
        typeof(SnakeCaseEnumConverter<LineKind>),
        typeof(SnakeCaseEnumConverter<TemplateChoice>),
    ])]
[JsonSerializable(typeof(ParseOutputJson))]
[JsonSerializable(typeof(DocumentJson))]
[JsonSerializable(typeof(DisclosureJson))]
public sealed partial class BudgetJsonContext : JsonSerializerContext;

/// <summary>
/// Writes the <see cref="ParseOutputJson"/> envelope one document at a time, flushing each to the output as soon as it
/// is written, so a large batch neither waits for the last file nor holds every disclosure in memory.
/// The result is the text <see cref="BudgetJson.Serialize"/> gives for the same documents, plus a final newline.
/// </summary>
public sealed class JsonDocumentWriter : IDisposable
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;
    private bool _completed;

    public JsonDocumentWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Encoder = BudgetJson.Options.Encoder,
            Indented = true,
            NewLine = BudgetJson.Options.NewLine,
        });
        _json.WriteStartObject();
        _json.WriteString("schemaVersion", BudgetJson.SchemaVersion);
        _json.WriteStartArray("documents");
    }

    public void Write(string path, IReadOnlyList<ReadDiagnostic> diagnostics, Disclosure? disclosure) =>
        Write(JsonMapper.ToJson(path, diagnostics, disclosure));

    public void Write(DocumentJson document)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        JsonSerializer.Serialize(_json, document, BudgetJson.Context.DocumentJson);
        Flush();
    }

    /// <summary>Closes the envelope; call once after the last document.</summary>
    public void Complete()
    {
        if (_completed) return;
        _json.WriteEndArray();
        _json.WriteEndObject();
        Flush();
        _output.Write('\n');
        _output.Flush();
        _completed = true;
    }

    private void Flush()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        // Safe to reuse: after Flush the Utf8JsonWriter holds no memory from the buffer.
        _buffer.ResetWrittenCount();
    }

    public void Dispose() => _json.Dispose();
}
