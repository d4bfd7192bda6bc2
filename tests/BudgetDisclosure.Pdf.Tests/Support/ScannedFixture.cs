using System.Diagnostics;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace BudgetDisclosure.Pdf.Tests.Support;

/// <summary>
/// A scanned table made inside the test: a text page in a CJK font (the non-embedded Adobe-GB1 font STSong-Light,
/// which poppler renders with a system CJK font), rendered to PNG by pdftoppm as a scanner would, and the image wrapped
/// in an image-only PDF with PdfPig's builder. The table is the sample's 一般公共预算支出情况表, whose sums hold.
/// </summary>
public static class ScannedFixture
{
    public const string Title = "一般公共预算支出情况表";

    /// <summary>Code, name, 合计, 基本支出, 项目支出 — the printed rows (total last).</summary>
    public static IReadOnlyList<(string Code, string Name, string Total, string Basic, string Project)> Rows { get; } =
    [
        ("208", "社会保障和就业支出", "30.00", "30.00", ""),
        ("20805", "行政事业单位养老支出", "30.00", "30.00", ""),
        ("2080505", "机关事业单位基本养老保险缴费支出", "20.00", "20.00", ""),
        ("2080506", "机关事业单位职业年金缴费支出", "10.00", "10.00", ""),
        ("210", "卫生健康支出", "454.00", "214.00", "240.00"),
        ("21011", "行政事业单位医疗", "12.00", "12.00", ""),
        ("2101101", "行政单位医疗", "12.00", "12.00", ""),
        ("21015", "医疗保障管理事务", "442.00", "202.00", "240.00"),
        ("2101501", "行政运行", "202.00", "202.00", ""),
        ("2101506", "医疗保障经办事务", "40.00", "", "40.00"),
        ("2101599", "其他医疗保障管理事务支出", "200.00", "", "200.00"),
        ("221", "住房保障支出", "16.00", "16.00", ""),
        ("22102", "住房改革支出", "16.00", "16.00", ""),
        ("2210201", "住房公积金", "16.00", "16.00", ""),
        ("", "合计", "500.00", "260.00", "240.00"),
    ];

    /// <summary>The image-only PDF, or a skip with the reason when pdftoppm cannot render the page.</summary>
    public static byte[] Build(int scanDpi = 150, IReadOnlyList<(string Code, string Name, string Total, string Basic, string Project)>? rows = null)
    {
        var folder = Directory.CreateTempSubdirectory("budget-scan-fixture-");
        try
        {
            var text = Path.Combine(folder.FullName, "table.pdf");
            File.WriteAllBytes(text, TextPage(rows ?? Rows));
            var image = Path.Combine(folder.FullName, "scan");
            Precondition.Require(Run("pdftoppm", $"-r {scanDpi} -gray -png -singlefile \"{text}\" \"{image}\""), "跳过：没有 pdftoppm（poppler-utils），无法生成扫描件。");
            var png = File.ReadAllBytes(image + ".png");
            var builder = new PdfDocumentBuilder();
            var page = builder.AddPage(595, 842);
            page.AddPng(png, new PdfRectangle(0, 0, 595, 842));
            return builder.Build();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static bool Run(string program, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, UseShellExecute = false })!;
            process.StandardError.ReadToEnd();
            return process.WaitForExit(60_000) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static byte[] TextPage(IReadOnlyList<(string Code, string Name, string Total, string Basic, string Project)> rows)
    {
        var content = new StringBuilder();
        void Show(string s, double x, double y, double size) =>
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x:0.##} {y:0.##} Td <{Hex(s)}> Tj ET\n");
        // Amounts right-aligned on their column's right edge: a digit is half an em in the font's half-width range.
        void Right(string s, double right, double y, double size) => Show(s, right - s.Length * size / 2, y, size);

        Show(Title, 200, 780, 18);
        Show("编制单位：示例县医疗保障局", 50, 740, 11);
        Show("单位：万元", 480, 740, 11);
        const double top = 710, pitch = 24, size = 11;
        Show("科目编码", 50, top, size);
        Show("科目名称", 130, top, size);
        Show("合计", 360, top, size);
        Show("基本支出", 420, top, size);
        Show("项目支出", 500, top, size);
        for (var i = 0; i < rows.Count; i++)
        {
            var (code, name, total, basic, project) = rows[i];
            var y = top - pitch * (i + 1);
            if (code.Length > 0) Show(code, 50, y, size);
            Show(name, 130, y, size);
            Right(total, 385, y, size);
            if (basic.Length > 0) Right(basic, 465, y, size);
            if (project.Length > 0) Right(project, 545, y, size);
        }
        return Pdf(content.ToString());
    }

    private static string Hex(string s) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s));

    private static byte[] Pdf(string content)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [5 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}endstream"),
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        ];
        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
        }
        var xref = output.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets) Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }
}
