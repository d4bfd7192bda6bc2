using System.Text;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Output;
using BudgetDisclosure.Tests.Support;

namespace BudgetDisclosure.Tests.Ingest;

public sealed class DisclosurePipelineTests
{
    private static string Json(ReadResult<Model.Disclosure> read) =>
        System.Text.Json.JsonSerializer.Serialize(JsonMapper.ToJson(read.Value!), BudgetJson.Context.DisclosureJson);

    [Fact]
    public void A_stream_reads_as_the_file_it_came_from()
    {
        var fromPath = DisclosurePipeline.Text.Read(Samples.Path);
        using var stream = File.OpenRead(Samples.Path);
        var fromStream = DisclosurePipeline.Text.Read(stream, Samples.Path);
        var fromText = DisclosurePipeline.Text.Read(DocumentInput.FromText(Samples.Text(), Samples.Path));
        Assert.True(fromPath.Success);
        Assert.Equal(Json(fromPath), Json(fromStream));
        Assert.Equal(Json(fromPath), Json(fromText));
        Assert.Equal(fromPath.Diagnostics, fromStream.Diagnostics);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_refused_as_soon_as_it_passes_the_size_limit()
    {
        var pipeline = new DisclosurePipelineBuilder().WithLimits(new IngestLimits { MaxFileBytes = 1000 }).Build();
        using var stream = new ForwardOnly(new MemoryStream(new byte[5000]));
        var read = pipeline.ReadDocument(stream, "upload.txt");
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(Messages.FileTooLargeCode, error.Code);
        Assert.Equal("upload.txt", error.Source.File);
        Assert.Contains("超过", error.Message, StringComparison.Ordinal);
        Assert.True(stream.Position < 5000, "the rest of an oversized upload is not read");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_loaded_whatever_its_format()
    {
        var pipeline = new DisclosurePipelineBuilder().WithLimits(new IngestLimits { MaxFileBytes = 100 }).Build();
        var read = pipeline.ReadDocument(Samples.Path);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(Messages.FileTooLargeCode, error.Code);
        Assert.Equal(Samples.Path, error.Source.File);
        Assert.Contains("上限 100 字节", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named_with_its_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bd-missing-{Guid.NewGuid():N}.txt");
        var result = DisclosurePipeline.Text.Ingest(path);
        Assert.False(result.Usable);
        Assert.Null(result.Report);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Messages.FileNotFoundCode, path), (error.Code, error.Source.File));
    }

    [Fact]
    public void The_first_format_that_recognises_the_bytes_reads_them_and_text_takes_the_rest()
    {
        var marked = new Marked("marked", "MARK"u8.ToArray());
        var pipeline = new DisclosurePipelineBuilder().Use(marked).Build();
        Assert.Equal(["marked", "text"], pipeline.Formats.Select(f => f.Name));
        Assert.Same(marked, pipeline.FormatOf(DocumentInput.FromBytes("MARK and more"u8.ToArray(), "a")));
        Assert.Equal("text", pipeline.FormatOf(DocumentInput.FromBytes("no mark"u8.ToArray(), "b")).Name);
        // A format of the same name replaces the one registered before, in its place.
        var other = new Marked("marked", "OTHER"u8.ToArray());
        pipeline = new DisclosurePipelineBuilder().Use(marked).Use(new Marked("second", "2"u8.ToArray())).Use(other).Build();
        Assert.Equal(["marked", "second", "text"], pipeline.Formats.Select(f => f.Name));
        Assert.Same(other, pipeline.Formats[0]);
    }

    [Fact]
    public void Ingest_checks_a_usable_disclosure_with_the_pipelines_options()
    {
        var pipeline = new DisclosurePipelineBuilder().WithChecks(new CheckOptions { MinimumSeverity = Severity.Warning }).Build();
        var result = pipeline.Ingest(Samples.Path);
        Assert.True(result.Usable);
        Assert.NotNull(result.Report);
        Assert.DoesNotContain(result.Report.Findings, f => f.Severity == Severity.Info);
        Assert.Equal(Checker.Check(result.Disclosure.Value!, options: pipeline.CheckOptions).Findings, result.Report.Findings);
    }

    [Fact]
    public void A_disclosure_in_parts_is_unusable_when_one_part_is_and_keeps_every_parts_diagnostics()
    {
        var good = DisclosurePipeline.Text.ReadDocument(Samples.Path);
        var missing = DisclosurePipeline.Text.ReadDocument(Path.Combine(Path.GetTempPath(), $"bd-missing-{Guid.NewGuid():N}.txt"));
        var bound = DisclosurePipeline.Text.Bind([good, missing]);
        Assert.Null(bound.Value);
        Assert.Equal([.. good.Diagnostics, .. missing.Diagnostics], bound.Diagnostics);
        Assert.Null(DisclosurePipeline.Text.Bind([]).Value);
    }

    private sealed class Marked(string name, byte[] mark) : IDocumentFormat
    {
        public string Name => name;

        public bool Recognises(DocumentInput input) => input.Bytes.Span.StartsWith(mark);

        public ReadResult<SourceDocument> Read(DocumentInput input, IngestLimits limits) =>
            DisclosurePipeline.Text.ReadDocument(DocumentInput.FromText(Encoding.UTF8.GetString(input.Bytes.Span), input.Name));
    }

    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 512));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
