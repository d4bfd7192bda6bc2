using System.Globalization;

namespace BudgetDisclosure;

public static partial class Messages
{
    /// <summary>Added to a check finding on a page read by OCR: the failed sum is more likely a misread than the document's error.</summary>
    public static string OcrMisread(int page, double meanConfidence, string cell, IReadOnlyList<(string Text, double Confidence)> doubtful)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"（第 {page} 页由 OCR 识别，平均置信度 {meanConfidence:0}%：可能是“{cell}”识别错误");
        if (doubtful.Count > 0)
            sb.Append("；本行置信度低的数：").AppendJoin("、", doubtful.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Text}（{d.Confidence:0}%）")));
        sb.Append("，请对照原件核对）");
        return sb.ToString();
    }
}
