using System.Diagnostics;

namespace BudgetDisclosure.OpenXml;

/// <summary>The PDF route could not be taken (the converter is missing, failed or timed out); the message says why, in Chinese.</summary>
public sealed class PdfConversionException(string message) : Exception(message);

/// <summary>
/// PDF through headless LibreOffice from the DOCX this project writes: the PDF then has exactly the Word layout
/// (repeated header rows, landscape sections, named styles) with the CJK fonts embedded. See docs/writing.md for why
/// this route rather than a browser printing the HTML.
/// </summary>
public static class PdfConverter
{
    private static readonly string[] Candidates = ["soffice", "libreoffice"];

    /// <summary>The converter's path, or null when LibreOffice is not installed.</summary>
    public static string? FindConverter()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in Candidates)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>Converts <paramref name="docxPath"/> to <paramref name="pdfPath"/>.</summary>
    public static void Convert(string docxPath, string pdfPath, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(docxPath);
        ArgumentNullException.ThrowIfNull(pdfPath);
        ConvertMany([(docxPath, pdfPath)], timeout);
    }

    /// <summary>
    /// Converts every DOCX to its PDF in one LibreOffice run: starting LibreOffice costs about two seconds, converting
    /// a document a fraction of that, so a batch (budget synth) pays the start once. The DOCX file names must differ.
    /// </summary>
    public static void ConvertMany(IReadOnlyList<(string Docx, string Pdf)> files, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0) return;
        var soffice = FindConverter() ?? throw new PdfConversionException(OfficeWritingMessages.PdfConverterMissing);
        var work = Directory.CreateTempSubdirectory("budget-pdf-");
        try
        {
            // A profile of its own: LibreOffice refuses to run twice on one profile, and the user's may not exist.
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir", work.FullName })
                start.ArgumentList.Add(arg);
            foreach (var (docx, _) in files) start.ArgumentList.Add(Path.GetFullPath(docx));
            using var process = Process.Start(start) ?? throw new PdfConversionException(OfficeWritingMessages.PdfConversionFailed("无法启动 " + soffice));
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(30) * (files.Count - 1)))
            {
                process.Kill(entireProcessTree: true);
                throw new PdfConversionException(OfficeWritingMessages.PdfConversionFailed("超时"));
            }
            foreach (var (docx, pdf) in files)
            {
                var produced = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(docx) + ".pdf");
                if (process.ExitCode != 0 || !File.Exists(produced))
                    throw new PdfConversionException(OfficeWritingMessages.PdfConversionFailed(stderr.Result.Trim()));
                File.Copy(produced, pdf, overwrite: true);
            }
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
