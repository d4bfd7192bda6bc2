using System.Diagnostics;
using BudgetDisclosure.Binding;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Pdf.Tests.Support;
using BudgetDisclosure.Ingest;

namespace BudgetDisclosure.Pdf.Tests;

/// <summary>
/// Scanned pages read by OCR (tesseract chi_sim+eng): a scanned table made in the test comes back with its amounts and
/// its sums, a misprinted amount is reported as a likely misread of its cell, the corpus scans give their text, and a
/// missing program, language or time is a diagnostic, never an exception. In one class: tesseract is heavy, run one at a time.
/// </summary>
public class OcrTests
{
    private static readonly Lazy<string?> Missing = new(FindMissing);

    private static readonly PdfReadOptions WithOcr = new() { Ocr = OcrOptions.Default };

    private static void RequireTesseract() => Precondition.Require(Missing.Value is null, Missing.Value ?? "");

    private static string? FindMissing()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("tesseract", "--list-langs") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            var langs = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return langs.Contains("chi_sim", StringComparison.Ordinal) ? null : "跳过：tesseract 没有简体中文语言数据（apt-get install -y tesseract-ocr-chi-sim），OCR 测试未运行。";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "跳过：没有安装 tesseract（apt-get install -y tesseract-ocr tesseract-ocr-chi-sim），OCR 测试未运行。";
        }
    }

    [SkippableFact]
    public void A_scanned_table_without_ocr_is_reported_as_a_scan()
    {
        var result = PdfDocumentReader.Read(ScannedFixture.Build(), "scan.pdf");
        Assert.Null(result.Value);
        Assert.Equal(PdfMessages.ScannedDocumentCode, Assert.Single(result.Diagnostics).Code);
    }

    [SkippableFact]
    public void A_scanned_table_read_by_ocr_gives_every_amount_and_its_sums_hold()
    {
        RequireTesseract();
        var read = PdfDocumentReader.Read(ScannedFixture.Build(), "scan.pdf", WithOcr);
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        var page = Assert.Single(read.Diagnostics, d => d.Code == PdfMessages.OcrPageCode);
        Assert.Equal(DiagnosticSeverity.Warning, page.Severity);
        Assert.Equal(1, page.Source.Page);

        var disclosure = DisclosureBinder.Bind(read).Value!;
        var ocr = Assert.Single(disclosure.OcrPages);
        Assert.Equal((1, "scan.pdf"), (ocr.Page, ocr.File));
        var table = disclosure.Table(TableKey.GeneralPublicExpenditure);
        Assert.NotNull(table);
        var total = table.Column(ColumnKeys.Total)!;
        var basic = table.Column(ColumnKeys.Basic)!;
        var project = table.Column(ColumnKeys.Project)!;
        // Every cell compared, so a failure names exactly the cells OCR misread.
        var misread = new List<string>();
        foreach (var (code, _, t, b, p) in ScannedFixture.Rows)
        {
            var row = code.Length > 0 ? table.Row(code) : table.TotalRow();
            if (row is null)
            {
                misread.Add($"{(code.Length > 0 ? code : "合计")}: 行未读出");
                continue;
            }
            foreach (var (column, expected) in new[] { (total, t), (basic, b), (project, p) })
                if (row[column.Index].Text != expected) misread.Add($"{code} {column.Path}: 应为“{expected}”，读出“{row[column.Index].Text}”");
        }
        Assert.True(misread.Count == 0, "OCR 误读：\n" + string.Join("\n", misread));

        var report = Checker.Check(disclosure);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Category == RuleCategory.Arithmetic);
        Assert.Contains(report.Statuses, s => s.Rule.Id == "BD1001" && s.Outcome == CheckOutcome.Passed);
    }

    [SkippableFact]
    public void A_wrong_amount_on_a_scanned_page_is_reported_as_a_likely_misread_of_its_cell()
    {
        RequireTesseract();
        // 行政运行 printed 203.00 where its parts sum to 202.00: on a scan, the identity that fails names the cell to re-read.
        var rows = ScannedFixture.Rows.Select(r => r.Code == "2101501" ? r with { Total = "203.00" } : r).ToList();
        var read = PdfDocumentReader.Read(ScannedFixture.Build(rows: rows), "scan.pdf", WithOcr);
        var report = Checker.Check(DisclosureBinder.Bind(read).Value!);
        var arithmetic = report.Findings.Where(f => f.Rule.Category == RuleCategory.Arithmetic && f.Severity == Severity.Error).ToList();
        Assert.NotEmpty(arithmetic);
        Assert.All(arithmetic, f => Assert.Contains("第 1 页由 OCR 识别", f.GetMessage(), StringComparison.Ordinal));
        Assert.Contains(arithmetic, f => f.GetMessage().Contains("2101501", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_yulin_scan_reads_as_its_form_with_its_figures()
    {
        RequireTesseract();
        // 榆林 信访局's file is a 政府网站工作年度报表 (3 pages of 120 ppi photos), not a budget; page 1 prints the title,
        // 独立用户访问总量 15791, 网站总访问量 21168 and 信息发布总数 115.
        var read = TestPipelines.Pdf(WithOcr).ReadDocument(Corpus.Scanned("榆林__信访局_2026年部门预算.pdf"));
        Assert.NotNull(read.Value);
        Assert.Equal(3, read.Value.OcrPages.Count);
        Assert.Equal(3, read.Diagnostics.Count(d => d.Code == PdfMessages.OcrPageCode));
        var text = Text(read.Value);
        // The large title is read as Latin letters at 200 dpi (the stamp over it); the figures and the names are read.
        foreach (var expected in new[] { "15791", "21168", "115", "6102000010", "榆林信访" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        // Not a disclosure: said so, as for any text without a budget table.
        Assert.Contains(read.Diagnostics, d => d.Code == Messages.NoDisclosureContentCode);
    }

    [SkippableFact]
    public void The_changsha_scan_reads_as_its_report_with_its_figures()
    {
        RequireTesseract();
        // 长沙 市场监督管理局's file is a 绩效评价结果 report (6 pages); page 1 states 年初预算 12,954.16 万元,
        // 部门预算项目 3,683.76 and 公共项目 9,270.40.
        var read = TestPipelines.Pdf(WithOcr).ReadDocument(Corpus.Scanned("长沙__市场监督管理局_2026年部门预算.pdf"));
        Assert.NotNull(read.Value);
        Assert.Equal(6, read.Value.OcrPages.Count);
        var text = Text(read.Value);
        // The title's last character 果 is read 采, and the thousands commas of 12,954.16 and 3,683.76 are read as points:
        // misreads kept as read, never "fixed" — "12.954.16" is no amount, so it cannot pass for one.
        Assert.Contains("2022 年度长沙市市场监督管理局市场监督专项及部门项目支出绩效评价", text, StringComparison.Ordinal);
        Assert.Contains("12.954.16", text, StringComparison.Ordinal);
        Assert.False(Amount.Parse("12.954.16").IsNumber);
        Assert.Contains("8,996.07 万元", text, StringComparison.Ordinal);
        Assert.Contains("4,197.93 万元", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_missing_tesseract_is_a_diagnostic_naming_the_package()
    {
        var read = PdfDocumentReader.Read(ScannedFixture.Build(), "scan.pdf",
            new PdfReadOptions { Ocr = OcrOptions.Default with { Tesseract = "/nonexistent/tesseract" } });
        Assert.Null(read.Value);
        var missing = Assert.Single(read.Diagnostics, d => d.Code == PdfMessages.OcrToolMissingCode);
        Assert.Contains("apt-get install -y tesseract-ocr tesseract-ocr-chi-sim", missing.Message, StringComparison.Ordinal);
        Assert.Contains(read.Diagnostics, d => d.Code == PdfMessages.ScannedDocumentCode);
    }

    [SkippableFact]
    public void A_missing_language_and_a_page_out_of_time_are_diagnostics()
    {
        RequireTesseract();
        var bytes = ScannedFixture.Build();
        var language = PdfDocumentReader.Read(bytes, "scan.pdf", new PdfReadOptions { Ocr = OcrOptions.Default with { Languages = "chi_sim+xx_none" } });
        Assert.Contains(language.Diagnostics, d => d.Code == PdfMessages.OcrLanguageMissingCode && d.Message.Contains("tesseract-ocr-chi-sim", StringComparison.Ordinal));
        var slow = PdfDocumentReader.Read(bytes, "scan.pdf", new PdfReadOptions { Ocr = OcrOptions.Default with { PageTimeLimit = TimeSpan.FromMilliseconds(1) } });
        Assert.Contains(slow.Diagnostics, d => d.Code == PdfMessages.OcrPageFailedCode && d.Source.Page == 1);
        Assert.Null(slow.Value);
    }

    [Fact]
    public void Tesseract_tsv_words_become_glyphs_on_one_baseline_per_line()
    {
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "1\t1\t0\t0\t0\t0\t0\t0\t1000\t1000\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t100\t100\t60\t28\t96.5\t社会\n"
            + "5\t1\t1\t1\t1\t2\t161\t96\t60\t47\t91\t保障\n"
            + "5\t1\t2\t1\t1\t1\t400\t104\t90\t22\t62.25\t30.00\n"
            + "5\t1\t3\t1\t1\t1\t100\t300\t60\t28\t90\t合计\n"
            + "5\t1\t3\t1\t1\t2\t100\t300\t0\t28\t90\tbad\n";
        var words = TesseractTsv.Words(tsv);
        Assert.Equal(["社会", "保障", "30.00", "合计"], words.Select(w => w.Text));
        Assert.Equal(62.25, words[2].Confidence);
        var glyphs = TesseractTsv.Glyphs(words, 1000, 200);
        var first = glyphs.Where(g => g.Text is "社会" or "保障" or "30.00").Select(g => g.Base).Distinct();
        Assert.Single(first);
        Assert.NotEqual(glyphs.Single(g => g.Text == "合计").Base, glyphs[0].Base);
        var chunks = PageLayout.Chunks(glyphs, ocr: true);
        Assert.Contains(chunks, c => c.Text == "社会保障");
        Assert.Equal(62.25, chunks.Single(c => c.Text == "30.00").Confidence);
    }

    private static string Text(SourceDocument document) =>
        string.Join("\n", document.Blocks.Select(b => b switch
        {
            ParagraphBlock p => p.Text,
            HeadingBlock h => h.Text,
            TableBlock t => string.Join("\n", new[] { t.Title ?? "" }.Concat(t.HeaderRows.Concat(t.BodyRows).Select(r => string.Join(" ", r.Cells.Select(c => c.Text))))),
            _ => "",
        }));
}
