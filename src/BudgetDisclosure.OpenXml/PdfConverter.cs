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
            foreach (var arg in new[] { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir", work.FullName, Path.GetFullPath(docxPath) })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new PdfConversionException(OfficeWritingMessages.PdfConversionFailed("无法启动 " + soffice));
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new PdfConversionException(OfficeWritingMessages.PdfConversionFailed("超时"));
            }
            var produced = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(docxPath) + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(produced))
                throw new PdfConversionException(OfficeWritingMessages.PdfConversionFailed(stderr.Result.Trim()));
            File.Copy(produced, pdfPath, overwrite: true);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
