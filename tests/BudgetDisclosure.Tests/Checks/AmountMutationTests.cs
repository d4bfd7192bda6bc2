using System.Globalization;
using BudgetDisclosure.Checks;
using BudgetDisclosure.Model;
using BudgetDisclosure.Tests.Support;
using Xunit.Abstractions;

namespace BudgetDisclosure.Tests.Checks;

/// <summary>
/// The mutation suite for amounts: every printed amount of the clean sample, one at a time, changed by more than
/// rounding (+1 in its last-but-two digit) must be caught by an error or warning that names that cell — and by the
/// rules that state the identities the cell is part of: which rules catch which cell is a golden file
/// (Golden/amount-mutations.txt), so that a rule that stops firing, or starts firing elsewhere, fails here.
/// </summary>
public class AmountMutationTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_changed_amount_is_detected()
    {
        var clean = Samples.Clean();
        var missed = new List<string>();
        var matrix = new List<string>();
        var messages = new List<string>();
        var combinations = new HashSet<string>(StringComparer.Ordinal);
        var perTable = new Dictionary<TableKey, (int Injected, int Detected)>();
        foreach (var table in clean.Tables)
            foreach (var row in table.Rows)
                foreach (var cell in row.Cells.Where(c => c.Amount.IsNumber))
                {
                    var changed = Amount.Parse((cell.Amount.Value + 1m).ToString("F" + cell.Amount.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
                    var report = Checker.Check(Mutate.Cell(clean, table, row, cell, changed));
                    var column = table.Columns.Single(c => c.Index == cell.Column);
                    var target = CellRef.Of(table, row, column);
                    var naming = report.Findings.Where(f => f.Severity >= Severity.Warning && f.Cells.Contains(target)).ToList();
                    var detected = naming.Count > 0;
                    var rules = string.Join(' ', naming.Select(f => $"{f.Rule.Id}:{f.Severity.ToName()}").Distinct().Order(StringComparer.Ordinal));
                    matrix.Add($"{target}\t{rules}");
                    // What the reviewer reads, for the first cell of each combination of rules: messages, figures, grouping.
                    if (combinations.Add(rules))
                        messages.AddRange([$"# {target} → {changed.Text}", .. report.Findings.Where(f => f.Severity >= Severity.Warning).Select(FindingText.Of)]);
                    var tally = perTable.GetValueOrDefault(table.Kind);
                    perTable[table.Kind] = (tally.Injected + 1, tally.Detected + (detected ? 1 : 0));
                    if (!detected) missed.Add(target.ToString());
                }
        foreach (var (kind, (injected, detected)) in perTable)
            output.WriteLine($"{kind.ToName(),-36} {detected}/{injected} 检出");
        Assert.Empty(missed);
        Golden.Assert(Golden.PathOf("BudgetDisclosure.Tests", "amount-mutations.txt"), string.Join('\n', matrix) + "\n");
        Golden.Assert(Golden.PathOf("BudgetDisclosure.Tests", "amount-mutation-findings.txt"), string.Join('\n', messages) + "\n");
    }

    [Fact]
    public void The_likeliest_cell_is_the_changed_one()
    {
        var clean = Samples.Clean();
        var table = clean.Table(TableKey.Expenditure)!;
        var row = table.Row("2101501")!;
        var cell = row.Cells.First(c => c.Amount.IsNumber);
        var report = Checker.Check(Mutate.Cell(clean, table, row, cell, Amount.Parse("214.00")));
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.True(errors.Count >= 3, string.Join("\n", errors));
        Assert.All(errors, f => Assert.Equal("表3 2101501 合计", f.LikelyCell));
        Assert.Single(errors.Select(f => f.Group).Distinct());
    }
}
