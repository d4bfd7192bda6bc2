using System.ComponentModel;
using System.Globalization;
using System.Text;
using CliWrap;
using CliWrap.Buffered;

namespace BudgetDisclosure.Pdf;

/// <summary>What OCR of one page gave: the words, or why there are none.</summary>
internal sealed record PageOcrResult(IReadOnlyList<Glyph> Glyphs, int WordCount, double MeanConfidence, OcrFailure? Failure, string? Detail)
{
    /// <summary>The program that failed, for <see cref="OcrFailure.ToolMissing"/>.</summary>
    public string? Program { get; init; }

    public static PageOcrResult Failed(OcrFailure failure, string detail) => new([], 0, 0, failure, detail);
}

internal enum OcrFailure
{
    /// <summary>pdftoppm or tesseract is not installed: no page of any file can be read, so OCR stops.</summary>
    ToolMissing,
    /// <summary>tesseract lacks a language's data (tesseract-ocr-chi-sim not installed): stops too.</summary>
    LanguageMissing,
    /// <summary>The page took longer than its limit; its processes were killed.</summary>
    TimedOut,
    /// <summary>A process failed on this page (a damaged image, an odd page).</summary>
    Failed,
}

/// <summary>
/// Renders a page with <c>pdftoppm</c> and reads it with <c>tesseract</c>, each a separate process killed when the
/// page's time runs out. The PDF is written once to a private temporary folder, deleted on dispose with every image.
/// Process-running code stays in this adapter; the core never starts a process.
/// </summary>
internal sealed class PageOcr : IDisposable
{
    private readonly OcrOptions options;
    private readonly byte[] pdf;
    private DirectoryInfo? folder;

    public PageOcr(byte[] pdf, OcrOptions options)
    {
        this.pdf = pdf;
        this.options = options;
    }

    public PageOcrResult Read(int page)
    {
        using var timeout = new CancellationTokenSource(options.PageTimeLimit);
        var program = options.Pdftoppm;
        try
        {
            folder ??= Directory.CreateTempSubdirectory("budget-ocr-");
            var input = Path.Combine(folder.FullName, "input.pdf");
            if (!File.Exists(input)) File.WriteAllBytes(input, pdf);
            var image = Path.Combine(folder.FullName, "page");
            var number = page.ToString(CultureInfo.InvariantCulture);

            // -singlefile: the name is "page.png" whatever the page count (pdftoppm otherwise pads the page number).
            var render = Run(options.Pdftoppm, ["-r", options.Dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-gray", "-png", "-singlefile", input, image], timeout.Token);
            if (render.ExitCode != 0) return PageOcrResult.Failed(OcrFailure.Failed, Tail(render.StandardError));
            var png = image + ".png";
            if (!File.Exists(png)) return PageOcrResult.Failed(OcrFailure.Failed, "pdftoppm 没有输出图像");
            var height = PngHeight(png);

            program = options.Tesseract;
            var recognise = Run(options.Tesseract, [png, "stdout", "-l", options.Languages, "--psm", options.PageSegmentation.ToString(CultureInfo.InvariantCulture), "tsv"], timeout.Token);
            File.Delete(png);
            if (recognise.StandardError.Contains("Failed loading language", StringComparison.Ordinal))
                return PageOcrResult.Failed(OcrFailure.LanguageMissing, Tail(recognise.StandardError));
            if (recognise.ExitCode != 0) return PageOcrResult.Failed(OcrFailure.Failed, Tail(recognise.StandardError));

            var words = TesseractTsv.Words(recognise.StandardOutput);
            var chars = words.Sum(w => w.Text.Length);
            var mean = chars == 0 ? 0 : words.Sum(w => w.Confidence * w.Text.Length) / chars;
            return new PageOcrResult(TesseractTsv.Glyphs(words, height, options.Dpi), words.Count, mean, null, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return PageOcrResult.Failed(OcrFailure.TimedOut, "");
        }
        catch (Exception ex) when (ex is Win32Exception || ex.InnerException is Win32Exception)
        {
            // Process.Start's "No such file or directory" (CliWrap wraps it): the program is not installed or not on PATH.
            return PageOcrResult.Failed(OcrFailure.ToolMissing, (ex.InnerException ?? ex).Message) with { Program = program };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return PageOcrResult.Failed(OcrFailure.Failed, ex.Message);
        }
    }

    private static BufferedCommandResult Run(string program, string[] arguments, CancellationToken token) =>
        Cli.Wrap(program)
            .WithArguments(arguments)
            // Tesseract's OpenMP threads cost more than they give on small machines running several readers at once.
            .WithEnvironmentVariables(e => e.Set("OMP_THREAD_LIMIT", "1"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(Encoding.UTF8, token)
            .GetAwaiter().GetResult();

    /// <summary>The image height in pixels, from the PNG header (IHDR), to turn tesseract's top-down boxes upright.</summary>
    private static int PngHeight(string path)
    {
        Span<byte> head = stackalloc byte[24];
        using (var stream = File.OpenRead(path))
            if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !head[12..16].SequenceEqual("IHDR"u8))
                throw new InvalidDataException("pdftoppm 输出的不是 PNG 图像");
        return (head[20] << 24) | (head[21] << 16) | (head[22] << 8) | head[23];
    }

    private static string Tail(string error)
    {
        var text = error.Trim();
        return text.Length <= 300 ? text : text[^300..];
    }

    public void Dispose()
    {
        if (folder is null) return;
        try
        {
            folder.Delete(recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still held open (an antivirus, a killed process's handle) must not turn a read into a failure.
        }
        folder = null;
    }
}
