using BudgetDisclosure.Checks;
using BudgetDisclosure.Ingest;
using BudgetDisclosure.Model;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>
/// The reading verdict: a table whose failures a few cells explain is the document's mistake and is reported; one whose
/// failures are many and scattered is a misreading, reported once as BD0090 with its rules not checked.
/// </summary>
public class ReadingVerificationTests
{
    private static CheckReport Check(string text, CheckOptions? options = null) =>
        Checker.Check(DisclosurePipeline.Text.Read(DocumentInput.FromText(text, "t.txt")).Value!, options: options);

    private const string Header = "一般公共预算支出表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n";

    private const string Rows =
        "\t合计\t150.00\t100.00\t50.00\n" +
        "201\t一般公共服务支出\t150.00\t100.00\t50.00\n" +
        "20101\t人大事务\t150.00\t100.00\t50.00\n" +
        "2010101\t行政运行\t100.00\t100.00\t0.00\n" +
        "2010102\t一般行政管理事务\t50.00\t0.00\t50.00\n";

    [Fact]
    public void A_table_that_adds_up_is_verified()
    {
        var report = Check(Header + Rows);
        var reading = Assert.Single(report.Tables);
        Assert.Equal(ReadingStatus.Verified, reading.Status);
        Assert.True(reading.Identities > 5);
        Assert.Equal(0, reading.Failures);
        Assert.Equal(CheckOutcome.Passed, report.Statuses.Single(s => s.Rule.Id == "BD0090").Outcome);
    }

    [Fact]
    public void One_wrong_cell_is_the_documents_mistake_and_is_reported()
    {
        var report = Check(Header + Rows.Replace("2010102\t一般行政管理事务\t50.00\t0.00\t50.00", "2010102\t一般行政管理事务\t50.00\t0.00\t55.00", StringComparison.Ordinal));
        var reading = Assert.Single(report.Tables);
        Assert.Equal(ReadingStatus.Verified, reading.Status);
        Assert.Equal(1, reading.ExplainingCells);
        Assert.Contains(report.Findings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD0090");
    }

    [Fact]
    public void Amounts_read_one_column_off_on_many_rows_are_a_misreading()
    {
        // Every item row's amounts one column to the left, as a reader that lost an empty cell gives them.
        var shifted = "\t合计\t150.00\t100.00\t50.00\n" +
            "201\t一般公共服务支出\t150.00\t100.00\t50.00\n" +
            "20101\t人大事务\t100.00\t50.00\t\n" +
            "2010101\t行政运行\t100.00\t0.00\t\n" +
            "2010102\t一般行政管理事务\t0.00\t50.00\t\n";
        var report = Check(Header + shifted);
        var reading = Assert.Single(report.Tables);
        Assert.Equal(ReadingStatus.Doubtful, reading.Status);
        var doubt = Assert.Single(report.Findings, f => f.Rule.Id == "BD0090");
        Assert.Equal(Severity.Warning, doubt.Severity);
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
        var hierarchy = report.Statuses.Single(s => s.Rule.Id == "BD1001");
        Assert.Equal(CheckOutcome.NotChecked, hierarchy.Outcome);
        Assert.Contains("BD0090", hierarchy.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Turned_off_the_verdict_withdraws_nothing()
    {
        var shifted = "\t合计\t150.00\t100.00\t50.00\n" +
            "201\t一般公共服务支出\t150.00\t100.00\t50.00\n" +
            "20101\t人大事务\t100.00\t50.00\t\n" +
            "2010101\t行政运行\t100.00\t0.00\t\n" +
            "2010102\t一般行政管理事务\t0.00\t50.00\t\n";
        var options = new CheckOptions { Rules = new Dictionary<string, RuleSetting> { ["BD0090"] = RuleSetting.Off } };
        var report = Check(Header + shifted, options);
        Assert.Equal(ReadingStatus.Doubtful, Assert.Single(report.Tables).Status);
        Assert.Contains(report.Findings, f => f.Severity == Severity.Error);
    }

    /// <summary>
    /// Fuzz: a table read wholly wrong gives thousands of failures; covering them by recounting every cell of every
    /// open failure at each pick took 19 s on one such input. The limit only catches a hang, it is not a speed target.
    /// </summary>
    [Fact]
    public void A_table_with_thousands_of_failures_is_judged_in_time()
    {
        var rows = new System.Text.StringBuilder("\t合计\t1.00\t1.00\t1.00\n");
        for (var c = 201; c < 230; c++)
        {
            rows.Append(c).Append("\t类\t9.00\t5.00\t7.00\n");
            for (var k = 1; k <= 9; k++)
            {
                rows.Append(c).Append(k.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append("\t款\t3.00\t1.00\t1.00\n");
                for (var x = 1; x <= 9; x++)
                    rows.Append(c).Append(k.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(x.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append("\t项\t2.00\t1.00\t0.50\n");
            }
        }
        var outcome = BudgetDisclosure.Fuzzing.FuzzHarness.Run(DisclosurePipeline.Text, System.Text.Encoding.UTF8.GetBytes(Header + rows), "wrong.txt", TimeSpan.FromSeconds(10));
        Assert.True(outcome.Verdict is BudgetDisclosure.Fuzzing.Verdict.Read, $"{outcome.Verdict}: {outcome.Detail}");
        var report = Check(Header + rows);
        Assert.Equal(ReadingStatus.Doubtful, Assert.Single(report.Tables).Status);
        Assert.True(Assert.Single(report.Tables).Failures > 1000);
    }

    [Fact]
    public void A_function_table_whose_codes_are_economic_is_a_title_read_onto_another_body()
    {
        // 一般公共预算支出表 lists 功能分类; 301, 30101 … are 经济分类: its title belongs to another table's body.
        var report = Check(Header +
            "\t合计\t150.00\t150.00\t\n" +
            "301\t工资福利支出\t150.00\t150.00\t\n" +
            "30101\t基本工资\t100.00\t100.00\t\n" +
            "30102\t津贴补贴\t50.00\t50.00\t\n");
        var doubt = Assert.Single(report.Findings, f => f.Rule.Id == "BD0090");
        Assert.Equal(ReadingVerification.OtherClassification.Id, doubt.MessageId);
        Assert.Equal(ReadingStatus.Doubtful, Assert.Single(report.Tables).Status);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD5002" && f.Severity == Severity.Error);
        Assert.Equal(CheckOutcome.NotChecked, report.Statuses.Single(s => s.Rule.Id == "BD5002").Outcome);
    }

    [Fact]
    public void Codes_under_the_wrong_parents_by_the_score_are_a_hierarchy_misread()
    {
        // Two panels read across as one hierarchy: the 项 of 20101 fall under 20805, row after row.
        var report = Check(Header +
            "\t合计\t60.00\t60.00\t\n" +
            "201\t一般公共服务支出\t30.00\t30.00\t\n" +
            "20101\t人大事务\t30.00\t30.00\t\n" +
            "208\t社会保障和就业支出\t30.00\t30.00\t\n" +
            "20805\t行政事业单位养老支出\t30.00\t30.00\t\n" +
            "2010101\t行政运行\t10.00\t10.00\t\n" +
            "2080501\t行政单位离退休\t10.00\t10.00\t\n" +
            "2010102\t一般行政管理事务\t10.00\t10.00\t\n" +
            "2080502\t事业单位离退休\t10.00\t10.00\t\n" +
            "2010103\t机关服务\t10.00\t10.00\t\n" +
            "2080505\t机关事业单位基本养老保险缴费支出\t10.00\t10.00\t\n");
        var doubt = Assert.Single(report.Findings, f => f.Rule.Id == "BD0090");
        Assert.Equal(ReadingVerification.Hierarchy.Id, doubt.MessageId);
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD5003" && f.Severity == Severity.Error);
    }

    [Fact]
    public void A_table_that_leaves_out_its_sections_keeps_its_findings()
    {
        // Every 项 printed without its 款: the table is printed so, and BD5003 says so row by row.
        var report = Check(Header +
            "\t合计\t30.00\t30.00\t\n" +
            "201\t一般公共服务支出\t30.00\t30.00\t\n" +
            "2010101\t行政运行\t10.00\t10.00\t\n" +
            "2010102\t一般行政管理事务\t10.00\t10.00\t\n" +
            "2010103\t机关服务\t10.00\t10.00\t\n");
        Assert.DoesNotContain(report.Findings, f => f.Rule.Id == "BD0090" && f.MessageId == ReadingVerification.Hierarchy.Id);
        Assert.Contains(report.Findings, f => f.Rule.Id == "BD5003" && f.Severity == Severity.Error);
    }

    [Fact]
    public void One_misprinted_code_is_not_a_foreign_classification()
    {
        var report = Check(Header + Rows + "30101\t误印\t0.00\t0.00\t0.00\n");
        Assert.Equal(ReadingStatus.Verified, Assert.Single(report.Tables).Status);
        Assert.Contains(report.Findings, f => f.Rule.Id == "BD5002");
    }

    [Theory]
    [InlineData(100, 2, 2, false)]   // two failures: a mistake
    [InlineData(10, 6, 1, false)]    // many failures, one cell: a mistake that many sums repeat
    [InlineData(100, 10, 10, false)] // ten scattered failures in a long table: mistakes
    [InlineData(20, 6, 4, true)]
    [InlineData(3, 3, 3, true)]
    public void The_signature_of_a_misreading(int identities, int failures, int cells, bool doubtful) =>
        Assert.Equal(doubtful, ReadingVerification.IsDoubtful(identities, failures, cells));
}
