using BudgetDisclosure.Normalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetDisclosure.Tests.Normalization;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("１２３．４５", "123.45")]
    [InlineData("（一）收入", "(一)收入")]
    [InlineData("合\u3000计", "合 计")]
    [InlineData("收入总计", "收入总计")]
    public void Folding_takes_full_width_forms_and_the_ideographic_space_to_half_width(string text, string folded) =>
        Assert.Equal(folded, TextNormalizer.FoldWidth(text));

    [Theory]
    [InlineData("收 入 总 计", "收入总计")]
    [InlineData("收\t入\u3000总\n计", "收入总计")]
    [InlineData("", "")]
    public void Squeezing_removes_every_whitespace(string text, string squeezed) =>
        Assert.Equal(squeezed, TextNormalizer.Squeeze(text));

    [Fact]
    public void Text_with_nothing_to_change_is_returned_as_it_is()
    {
        const string text = "一般公共预算支出情况表";
        Assert.Same(text, TextNormalizer.FoldWidth(text));
        Assert.Same(text, TextNormalizer.Squeeze(text));
        Assert.Same(text, TextNormalizer.Key(text));
    }

    [Theory]
    [InlineData("“三公” 经费", "三公经费")]
    [InlineData("**财政拨款**收支：", "财政拨款收支:")]
    [InlineData("<b>合 计</b>", "合计")]
    [InlineData("「委托业务费」", "委托业务费")]
    public void The_key_drops_whitespace_quotes_and_converter_markup_after_folding(string text, string key)
    {
        Assert.Equal(key, TextNormalizer.Key(text));
        Assert.Equal(key, TextNormalizer.Key(text.AsSpan()));
        Assert.True(TextNormalizer.KeyEndsWith(text, key[^2..]));
    }

    [Theory]
    [InlineData("1.一般公共预算拨款", "一般公共预算拨款")]
    [InlineData("１、主要职能", "主要职能")]
    [InlineData("（一）部门主要职责", "部门主要职责")]
    [InlineData("(2) 开展调研", "开展调研")]
    [InlineData("二、上年结转结余", "上年结转结余")]
    [InlineData("①信访事项", "信访事项")]
    [InlineData("其中：一般财力", "一般财力")]
    [InlineData("2026年预算", "2026年预算")]
    [InlineData("1.5万元", "1.5万元")]
    public void Numbering_is_stripped_and_the_printed_text_after_it_kept(string text, string stripped)
    {
        Assert.Equal(stripped, TextNormalizer.StripNumbering(text));
        Assert.Equal(stripped != text && !text.StartsWith("其中", StringComparison.Ordinal), TextNormalizer.StartsWithNumbering(text));
    }

    [Property(MaxTest = 500)]
    public Property The_forms_are_idempotent_and_nested(string? text)
    {
        var t = text ?? "";
        var key = TextNormalizer.Key(t);
        var compact = TextNormalizer.Compact(t);
        return (TextNormalizer.FoldWidth(TextNormalizer.FoldWidth(t)) == TextNormalizer.FoldWidth(t)
                && TextNormalizer.Squeeze(TextNormalizer.Squeeze(t)) == TextNormalizer.Squeeze(t)
                && TextNormalizer.Compact(compact) == compact
                && TextNormalizer.Key(key) == key
                && !key.Any(char.IsWhiteSpace) && !compact.Any(char.IsWhiteSpace)
                && key.Length <= compact.Length + (t.Contains('<', StringComparison.Ordinal) ? t.Length : 0)
                && TextNormalizer.FoldWidth(t).Length == t.Length)
            .Label(t);
    }
}
