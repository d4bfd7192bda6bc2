using System.Text.RegularExpressions;
using BudgetDisclosure.Model;

namespace BudgetDisclosure.Binding;

/// <summary>
/// Reads classification codes row by row: from code columns (208 | 05 | 01), from a code merged into the name
/// ("208 05 01 行政单位离退休", "2080501 行政单位离退休"), or from a bare 款/项 part before the name ("01 行政单位离退休")
/// completed with the 类/款 of the rows above.
/// </summary>
internal sealed partial class CodeContext(CodeSystem system)
{
    private string? lastClass;
    private string? lastSection;

    // Not before "." or ",": "262.62" and "2,443.68" are amounts, not the 类 262 or 2.
    [GeneratedRegex(@"^(?<c>[23]\d{2})(?:\s*(?<k>\d{2}))?(?:\s*(?<x>\d{2}))?(?:\s+|(?=[^\d\s.,])|$)(?<rest>.*)$")]
    internal static partial Regex LeadingClassCode();

    [GeneratedRegex(@"^(?<p>\d{2})\s*(?<rest>[^\d\s.％%].*)$")]
    private static partial Regex LeadingPart();

    /// <summary>
    /// The code of a row from its code-column text (digits of all code columns joined) and its label; the label loses
    /// a code merged into it. Null for rows without a code (totals, groups). For a lone two-digit part,
    /// <c>barePartLevel</c> is the level its code column stands for (1 款, 2 项) when the code is printed over
    /// 类 | 款 | 项 columns, null when the columns do not say.
    /// </summary>
    public ClassificationCode? Resolve(string codeColumns, ref string label, out string? printedCode, int? barePartLevel = null)
    {
        printedCode = null;
        CompletedAsItem = false;
        var digits = AsciiDigits(codeColumns);
        var text = label.Trim();

        if (digits.Length is 3 or 5 or 7 && Valid(digits))
        {
            // Code columns may stop at 款 with the 项 part merged into the name: "208 | 05 | 01 行政单位离退休".
            if (digits.Length < MaxLength)
            {
                var part = LeadingPart().Match(text);
                if (part.Success && Valid(digits + part.Groups["p"].Value))
                {
                    digits += part.Groups["p"].Value;
                    text = part.Groups["rest"].Value.Trim();
                }
            }
        }
        else if (digits.Length == 2 && BareParent(barePartLevel) is { } above && Valid(above + digits))
        {
            // "40 信访事务" under "201 一般公共服务支出": the 类 column left blank under its 类, a part completed
            // from the rows above, as a bare part before the name is. Its column says whether it is a 款 or a 项: some tables'
            // "27 财政对其他社会保险基金的补助" under 20805's 项 is the 款 20827, not the 项 2080527.
            CompletedAsItem = barePartLevel is null && IsAlsoSection(above, digits);
            digits = above + digits;
        }
        else if (digits.Length == 0)
        {
            var merged = LeadingClassCode().Match(text);
            if (merged.Success && text.Length > 3)
            {
                var candidate = merged.Groups["c"].Value + merged.Groups["k"].Value + merged.Groups["x"].Value;
                if (Valid(candidate)) { digits = candidate; text = merged.Groups["rest"].Value.Trim(); }
            }
            else
            {
                var part = LeadingPart().Match(text);
                if (part.Success)
                {
                    var parent = system == CodeSystem.Function ? lastSection ?? lastClass : lastClass;
                    if (parent is not null && Valid(parent + part.Groups["p"].Value))
                    {
                        CompletedAsItem = IsAlsoSection(parent, part.Groups["p"].Value);
                        digits = parent + part.Groups["p"].Value;
                        text = part.Groups["rest"].Value.Trim();
                    }
                }
            }
        }
        else
        {
            label = text;
            // A unit's code in a department table ("117001 某市审计局") or another numbering is not a classification
            // code at all; only digits that start like one (2 function, 3 economic) and make no valid code are a
            // misprinted code, kept for the checks.
            if (!IsUnitRow(digits, text)) printedCode = digits;
            return null;
        }

        label = text;
        if (digits.Length == 0 || !Valid(digits)) return null;
        if (digits.Length == 3) { lastClass = digits; lastSection = null; }
        else if (digits.Length == 5) { lastClass = digits[..3]; lastSection = digits; }
        return system == CodeSystem.Function ? FunctionCode.TryCreate(digits) : EconomicCode.TryCreate(digits);
    }

    /// <summary>The ASCII digits of <paramref name="text"/>; the text itself when it is nothing else (runs on every row).</summary>
    private static string AsciiDigits(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('0', '9')) return text;
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (char.IsAsciiDigit(c)) buffer[n++] = c;
        return new string(buffer[..n]);
    }

    /// <summary>A unit's own code and name: 6-digit unit codes (117001), or a code not starting like a classification
    /// code (1xx) beside a name that ends like an organisation's.</summary>
    private static bool IsUnitRow(string digits, string label)
    {
        if (digits.Length == 6 && digits[0] is not ('2' or '3')) return true;
        if (digits[0] is '2' or '3') return false;
        var name = label.TrimEnd();
        return name.Length >= 3 && name[^1] is '局' or '委' or '办' or '院' or '部' or '厅' or '所' or '站' or '队' or '会' or '室' or '处' or '馆' or '校' or '心' or '司';
    }

    /// <summary>
    /// The last code came from a bare two-digit part completed as a 项 under the 款 above, while the same part under
    /// the 类 makes a valid 款 too: "27 财政对其他社会保险基金的补助" after 20805's 项 may be 2080527 or the 款 20827.
    /// The binder settles it by the sums (<see cref="TableBinder"/>).
    /// </summary>
    public bool CompletedAsItem { get; private set; }

    private bool IsAlsoSection(string parent, string part) =>
        system == CodeSystem.Function && parent.Length == 5 && Valid(parent[..3] + part);

    private string? BareParent(int? level) => level switch
    {
        1 => lastClass,
        2 => lastSection,
        _ => system == CodeSystem.Function ? lastSection ?? lastClass : lastClass,
    };

    private int MaxLength => system == CodeSystem.Function ? 7 : 5;

    private bool Valid(string digits) =>
        system == CodeSystem.Function ? FunctionCode.IsValid(digits) : EconomicCode.IsValid(digits);
}
