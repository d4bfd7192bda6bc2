using BudgetDisclosure.Binding;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Ingest;

/// <summary>What one pass of the pipeline gave: the document as read, the disclosure bound from it, and its checks.</summary>
public sealed record IngestResult(string Name, ReadResult<SourceDocument>? Document, ReadResult<Disclosure> Disclosure, CheckReport? Report)
{
    /// <summary>Reading and binding diagnostics together, in the order they arose.</summary>
    public IReadOnlyList<ReadDiagnostic> Diagnostics => Disclosure.Diagnostics;

    /// <summary>A disclosure came out and no diagnostic is an error: the checks ran on it.</summary>
    public bool Usable => Disclosure.Value is not null && Disclosure.Success;
}

/// <summary>
/// The one way from bytes to findings — bytes → <see cref="SourceDocument"/> → <see cref="Disclosure"/> →
/// <see cref="CheckReport"/> — that the CLI, the corpus runner, the tests and later the store and the web app all
/// call, so that each reads a document exactly as the others do. Immutable and safe to share between threads; make one
/// with <see cref="DisclosurePipelineBuilder"/>, as Markdig's pipeline is made.
/// </summary>
public sealed class DisclosurePipeline
{
    internal DisclosurePipeline(IReadOnlyList<IDocumentFormat> formats, IngestLimits limits, TemplateOptions templates, CheckOptions checks)
    {
        Formats = formats;
        Limits = limits;
        Templates = templates;
        // The checks look the disclosure's template up where the binder found it.
        CheckOptions = checks.Templates == templates.Catalog ? checks : checks with { Templates = templates.Catalog };
    }

    /// <summary>Text formats only: what the core reads without an adapter.</summary>
    public static DisclosurePipeline Text { get; } = new DisclosurePipelineBuilder().Build();

    /// <summary>In the order they are asked; the last recognises everything.</summary>
    public IReadOnlyList<IDocumentFormat> Formats { get; }

    public IngestLimits Limits { get; }

    /// <summary>The templates documents are read under, and the one forced, if any.</summary>
    public TemplateOptions Templates { get; }

    public CheckOptions CheckOptions { get; }

    /// <summary>The first format that recognises the bytes.</summary>
    public IDocumentFormat FormatOf(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var format in Formats)
            if (format.Recognises(input)) return format;
        return Formats[^1];
    }

    /// <summary>The document level: what the input holds, before binding.</summary>
    public ReadResult<SourceDocument> ReadDocument(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var format = FormatOf(input);
        try
        {
            return format.Read(input, Limits);
        }
#pragma warning disable CA1031 // a reader's bug must cost the user one file, not the batch: reading never throws
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return ReadResult.Failed<SourceDocument>(new(DiagnosticSeverity.Error, Messages.ReaderFailedCode,
                Messages.ReaderFailed(format.Name.ToUpperInvariant(), ex.Message), new SourceLocation(input.Name, 0)));
        }
    }

    public ReadResult<SourceDocument> ReadDocument(string path) => Load(DocumentInput.FromFile(path, Limits));

    public ReadResult<SourceDocument> ReadDocument(Stream stream, string name) => Load(DocumentInput.FromStream(stream, name, Limits));

    /// <summary>Read and bound: the disclosure a file publishes.</summary>
    public ReadResult<Disclosure> Read(string path) => Bind([ReadDocument(path)]);

    public ReadResult<Disclosure> Read(Stream stream, string name) => Bind([ReadDocument(stream, name)]);

    public ReadResult<Disclosure> Read(DocumentInput input) => Bind([ReadDocument(input)]);

    /// <summary>
    /// One disclosure from the documents it was published as (tables in one file, the narrative in another), bound as
    /// one; any part that could not be read makes the whole unusable, with every part's diagnostics.
    /// </summary>
    public ReadResult<Disclosure> Bind(IReadOnlyList<ReadResult<SourceDocument>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 1) return DisclosureBinder.Bind(parts[0], Templates);
        var diagnostics = parts.SelectMany(r => r.Diagnostics).ToList();
        if (parts.Count == 0 || parts.Any(r => r.Value is null || !r.Success)) return new ReadResult<Disclosure>(null, diagnostics);
        var bound = DisclosureBinder.Bind([.. parts.Select(r => r.Value!)], Templates);
        return new ReadResult<Disclosure>(bound.Value, [.. diagnostics, .. bound.Diagnostics]);
    }

    /// <summary>The checks of a bound disclosure, with this pipeline's options; <paramref name="prior"/> is last year's.</summary>
    public CheckReport Check(Disclosure disclosure, Disclosure? prior = null) => Checker.Check(disclosure, prior, CheckOptions);

    /// <summary>The whole way: read, bind and, when the disclosure is usable, check.</summary>
    public IngestResult Ingest(string path, Disclosure? prior = null)
    {
        var document = ReadDocument(path);
        return Finish(path, document, prior);
    }

    public IngestResult Ingest(Stream stream, string name, Disclosure? prior = null) => Finish(name, ReadDocument(stream, name), prior);

    public IngestResult Ingest(DocumentInput input, Disclosure? prior = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Finish(input.Name, ReadDocument(input), prior);
    }

    private IngestResult Finish(string name, ReadResult<SourceDocument> document, Disclosure? prior)
    {
        var bound = Bind([document]);
        var report = bound.Value is not null && bound.Success ? Check(bound.Value, prior) : null;
        return new IngestResult(name, document, bound, report);
    }

    private ReadResult<SourceDocument> Load(ReadResult<DocumentInput> input) =>
        input.Value is null ? new ReadResult<SourceDocument>(null, input.Diagnostics) : ReadDocument(input.Value);
}

/// <summary>
/// Assembles a <see cref="DisclosurePipeline"/>: adapters add their formats (<c>UsePdf()</c>, <c>UseOpenXml()</c>,
/// <c>UseHtml()</c>) in front of the text format, which always comes last because it takes anything.
/// </summary>
public sealed class DisclosurePipelineBuilder
{
    /// <summary>Formats before the text format, asked in this order.</summary>
    public List<IDocumentFormat> Formats { get; } = [];

    public TextFormat Text { get; set; } = new();

    public IngestLimits Limits { get; set; } = IngestLimits.Default;

    public CheckOptions CheckOptions { get; set; } = CheckOptions.Default;

    public TemplateOptions Templates { get; set; } = TemplateOptions.Default;

    /// <summary>Adds a format, or replaces the one of the same name.</summary>
    public DisclosurePipelineBuilder Use(IDocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var at = Formats.FindIndex(f => f.Name == format.Name);
        if (at >= 0) Formats[at] = format;
        else Formats.Add(format);
        return this;
    }

    public DisclosurePipelineBuilder WithLimits(IngestLimits limits)
    {
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        return this;
    }

    /// <summary>The templates to detect from (or the one to force, <c>--template</c>).</summary>
    public DisclosurePipelineBuilder WithTemplates(TemplateOptions options)
    {
        Templates = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    public DisclosurePipelineBuilder WithChecks(CheckOptions options)
    {
        CheckOptions = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    public DisclosurePipeline Build() => new([.. Formats, Text], Limits, Templates, CheckOptions);
}
