using System.Globalization;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Checks.Completeness;
using BudgetDisclosure.Tests.Support;
using Xunit.Abstractions;

namespace BudgetDisclosure.Tests.Checks.Classification;

/// <summary>
/// The mutation suite for codes: every digit of every printed code of the clean sample, one at a time, turned into the
/// next digit (so the code becomes another valid code, or an impossible one), must be caught by a classification
/// warning or error on the line that was changed.
/// </summary>
public class CodeMutationTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_changed_code_digit_is_detected()
    {
        var clean = Samples.Clean();
        var lines = SampleText.Lines();
        var missed = new List<string>();
        var perTable = new SortedDictionary<string, (int Injected, int Detected)>(StringComparer.Ordinal);
        foreach (var table in clean.Tables)
            foreach (var row in table.Rows.Where(r => r.Code is not null))
            {
                var line = row.Source.Line;
                var positions = DigitPositions(lines[line - 1].TrimEnd('\r'), row.Code!.Digits);
                Assert.True(positions is not null, $"第 {line} 行找不到编码 {row.Code.Digits}");
                foreach (var at in positions)
                {
                    var text = lines[line - 1].ToCharArray();
                    text[at] = (char)('0' + (text[at] - '0' + 1) % 10);
                    var mutated = new string(text);
                    var context = SampleText.Run(SampleText.WithLine(line, mutated), RuleCategory.Classification);
                    var detected = context.Findings.Any(f => f.Severity >= Severity.Warning && f.Location.Source.Line == line);
                    var name = "表" + table.Number + " " + table.Kind.ToName();
                    var tally = perTable.GetValueOrDefault(name);
                    perTable[name] = (tally.Injected + 1, tally.Detected + (detected ? 1 : 0));
                    if (!detected) missed.Add($"第 {line} 行 {row.Code.Digits} → {mutated.Split('\t').FirstOrDefault(c => c.Any(char.IsAsciiDigit))}");
                }
            }
        var total = perTable.Values.Aggregate((0, 0), (a, t) => (a.Item1 + t.Injected, a.Item2 + t.Detected));
        foreach (var (table, (injected, detected)) in perTable)
            output.WriteLine($"{table,-42} {detected}/{injected} 检出");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"编码改错一位：共 {total.Item2}/{total.Item1} 检出"));
        Assert.True(total.Item1 > 400, $"只注入了 {total.Item1} 处");
        Assert.Empty(missed);
    }

    /// <summary>
    /// Where the digits of <paramref name="code"/> are printed on the line: in the code columns ("210\t15\t01") or at
    /// the start of a cell holding the name ("201 一般公共服务支出").
    /// </summary>
    private static List<int>? DigitPositions(string line, string code)
    {
        var cells = new List<(int Start, string Text)>();
        var start = 0;
        foreach (var cell in line.Split('\t'))
        {
            cells.Add((start, cell));
            start += cell.Length + 1;
        }
        for (var s = 0; s < cells.Count; s++)
        {
            var found = new List<int>();
            for (var j = s; j < cells.Count && found.Count < code.Length; j++)
            {
                var (cellStart, text) = cells[j];
                var k = 0;
                while (k < text.Length && (char.IsAsciiDigit(text[k]) || text[k] == ' ')) { if (text[k] != ' ') found.Add(cellStart + k); k++; }
                if (k == 0 && text.Length > 0 || k < text.Length) break;
            }
            if (found.Count == code.Length && string.Concat(found.Select(p => line[p])) == code) return found;
        }
        return null;
    }
}
