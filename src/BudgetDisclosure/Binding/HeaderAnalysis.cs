using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Normalization;

using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Binding;

/// <summary>What a column of a printed table holds.</summary>
internal enum ColumnRole
{
    Amount,
    /// <summary>A code column: 类, 款, 项, or one 科目编码 column.</summary>
    Code,
    /// <summary>The row label: 科目名称, 项目, 功能分类, "三公"经费支出内容 …</summary>
    Label,
    /// <summary>项目名称 in the project table.</summary>
    ProjectName,
    /// <summary>预算单位 / 单位名称 in department tables listing units.</summary>
    UnitName,
    /// <summary>
    /// Codes of another classification printed beside the row's own: a 政府经济科目编码 column (50101 …) beside the
    /// 部门经济科目编码 (30101 …), and the name column beside it. Neither the row's code, its label nor an amount.
    /// </summary>
    OtherCode,
}

/// <summary>A printed column: its index, header path and role.</summary>
internal sealed record ColumnInfo(int Index, IReadOnlyList<string> Path, ColumnRole Role)
{
    public string Leaf => Path.Count == 0 ? "" : Path[^1];

    public string Joined => string.Join("/", Path);
}

/// <summary>
/// Turns header rows into column header paths: a group header spans the empty cells to its right that have
/// sub-headers below them; rows of column numbers (※ 1 2 3) and of 类/款/项 marks are read for code columns only.
/// </summary>
internal static class HeaderAnalysis
{
    public static List<ColumnInfo> Analyse(TableBlock table, Template template)
    {
        var width = table.ColumnCount;
        var headerRows = table.HeaderRows.Where(r => !TabLayoutParser.IsColumnNumberRow(r) && !IsCodeMarkRow(r)).ToList();
        var grid = new string[headerRows.Count, width];
        for (var r = 0; r < headerRows.Count; r++)
            for (var c = 0; c < width; c++)
                grid[r, c] = TextNormalizer.Squeeze(headerRows[r][c]);

        // Spread group headers to the right over the columns that have sub-headers below them.
        for (var r = 0; r < headerRows.Count - 1; r++)
        {
            string? group = null;
            for (var c = 0; c < width; c++)
            {
                if (grid[r, c].Length > 0) { group = grid[r, c]; continue; }
                if (group is not null && HasTextBelow(grid, r, c, headerRows.Count)) grid[r, c] = group;
                else group = null;
            }
        }

        var codeMarks = CodeMarkColumns(table);
        var columns = new List<ColumnInfo>(width);
        for (var c = 0; c < width; c++)
        {
            var path = new List<string>();
            for (var r = 0; r < headerRows.Count; r++)
            {
                var text = grid[r, c];
                if (text.Length > 0 && (path.Count == 0 || path[^1] != text)) path.Add(text);
            }
            columns.Add(new ColumnInfo(c, path, RoleOf(path, codeMarks.Contains(c), template)));
        }
        ReassignByContent(table, columns);
        return columns;
    }

    private static bool HasTextBelow(string[,] grid, int row, int column, int rows)
    {
        for (var r = row + 1; r < rows; r++)
            if (grid[r, column].Length > 0) return true;
        return false;
    }

    /// <summary>A header row of 类 / 款 / 项 marks (possibly with ※ and column numbers).</summary>
    internal static bool IsCodeMarkRow(TableRowText row)
    {
        var marks = 0;
        foreach (var cell in row.Cells)
        {
            var s = TextNormalizer.Squeeze(cell.Text);
            if (s.Length == 0) continue;
            if (s is "类" or "款" or "项") { marks++; continue; }
            if (s is "※" || int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)) continue;
            return false;
        }
        return marks > 0;
    }

    private static HashSet<int> CodeMarkColumns(TableBlock table)
    {
        var set = new HashSet<int>();
        foreach (var row in table.HeaderRows)
        {
            if (!IsCodeMarkRow(row)) continue;
            for (var c = 0; c < row.Cells.Count; c++)
                if (TextNormalizer.Squeeze(row.Cells[c].Text) is "类" or "款" or "项") set.Add(c);
        }
        return set;
    }

    /// <summary>A column under 类 / 款 / 项 marks holds codes; otherwise its leaf header says, by the template's roles.</summary>
    private static ColumnRole RoleOf(List<string> path, bool codeMark, Template template)
    {
        if (codeMark) return ColumnRole.Code;
        return template.ColumnRoleOf(path.Count == 0 ? "" : path[^1]) switch
        {
            "code" => ColumnRole.Code,
            "label" => ColumnRole.Label,
            "project_name" => ColumnRole.ProjectName,
            "unit_name" => ColumnRole.UnitName,
            _ => ColumnRole.Amount,
        };
    }

    /// <summary>
    /// Headers are not always there (a group header over code columns, a column with no header): look at the body.
    /// A column whose cells are all 2–3 digit codes is a code column; a column of mostly non-numeric text is a label.
    /// </summary>
    private static void ReassignByContent(TableBlock table, List<ColumnInfo> columns)
    {
        var governmentCodeColumns = new List<int>();
        for (var i = 0; i < columns.Count; i++)
        {
            var col = columns[i];
            int codes = 0, numbers = 0, texts = 0, governmentCodes = 0, wholeGovernmentCodes = 0;
            foreach (var row in table.BodyRows)
            {
                var text = row[col.Index].Trim();
                if (text.Length == 0) continue;
                if (IsGovernmentEconomicCodeCell(text)) { governmentCodes++; wholeGovernmentCodes += TextNormalizer.Squeeze(text).Length == 5 ? 1 : 0; }
                else if (IsCodeCell(text)) codes++;
                else if (Amount.Parse(text).IsNumber) numbers++;
                else texts++;
            }
            // Whole codes (50101) in a column of their own; some tables print the government code in 类 | 款 parts, read with the marks.
            if (wholeGovernmentCodes > 0 && codes == 0 && numbers == 0 && texts == 0 && col.Path.All(p => !IsAmountHeader(p)))
                governmentCodeColumns.Add(i);
            else if (col.Role == ColumnRole.Amount && texts > numbers && texts > 0)
                columns[i] = col with { Role = ColumnRole.Label };
            else if (col.Role == ColumnRole.Code && texts > codes)
                columns[i] = col with { Role = ColumnRole.Label }; // 款 merged into the name: "01 基本工资"
            else if (col.Role is ColumnRole.Amount or ColumnRole.Label && codes > 0 && numbers == 0 && texts == 0 && col.Path.All(p => !IsAmountHeader(p)))
                columns[i] = col with { Role = ColumnRole.Code };
        }
        // Only beside the row's own codes: a table coded by the government classification alone keeps them as its codes.
        if (columns.Any(c => c.Role == ColumnRole.Code && !governmentCodeColumns.Contains(c.Index)))
            foreach (var i in governmentCodeColumns)
            {
                columns[i] = columns[i] with { Role = ColumnRole.OtherCode };
                // Its name column beside it (政府经济科目名称 "工资奖金津补贴") names the other code, not the row: the row's
                // label is its own name column, before the other classification's pair.
                if (i + 1 < columns.Count && columns[i + 1].Role == ColumnRole.Label && columns.Take(i).Any(c => c.Role == ColumnRole.Label))
                    columns[i + 1] = columns[i + 1] with { Role = ColumnRole.OtherCode };
            }
    }

    /// <summary>A code cell: 3, 5 or 7 digits starting 2 or 3, or a 2-digit 款/项 part.</summary>
    internal static bool IsCodeCell(string text)
    {
        var s = TextNormalizer.Squeeze(text);
        if (s.Length is not (2 or 3 or 5 or 7)) return false;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return s.Length == 2 || s[0] is '2' or '3';
    }

    /// <summary>A 政府预算支出经济分类 code: 501 … 599 and their 款 (50101), beside a 部门 economic code.</summary>
    internal static bool IsGovernmentEconomicCodeCell(string text)
    {
        var s = TextNormalizer.Squeeze(text);
        if (s.Length is not (3 or 5) || s[0] != '5') return false;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool IsAmountHeader(string header) =>
        header.Contains("合计", StringComparison.Ordinal) || header.Contains("总计", StringComparison.Ordinal)
        || header.Contains("支出", StringComparison.Ordinal) || header.Contains("预算", StringComparison.Ordinal)
        || header.Contains("经费", StringComparison.Ordinal) || header.Contains("资金", StringComparison.Ordinal);
}
