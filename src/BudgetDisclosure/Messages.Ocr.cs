using System.Globalization;

namespace BudgetDisclosure;

public static partial class Messages
{
    /// <summary>Added to a check finding on a page read by OCR: the failed sum is more likely a misread than the document's error.</summary>
    public static LocalizedText OcrMisread(int page, double meanConfidence, string cell, IReadOnlyList<(string Text, double Confidence)> doubtful)
    {
        var confidence = meanConfidence.ToString("0", CultureInfo.InvariantCulture);
        var figures = doubtful.Count == 0 ? LocalizedText.Empty
            : new LocalizedText("；本行置信度低的数：{0}", "; low-confidence figures on this row: {0}",
                LocalizedText.List(doubtful.Select(d => new LocalizedText("{0}（{1}%）", "{0} ({1}%)", d.Text, d.Confidence.ToString("0", CultureInfo.InvariantCulture)))));
        return new LocalizedText("（第 {0} 页由 OCR 识别，平均置信度 {1}%：可能是“{2}”识别错误{3}，请对照原件核对）",
            " (page {0} was read by OCR, mean confidence {1}%: '{2}' may have been misread{3}; check against the original)",
            page, confidence, cell, figures);
    }
}
