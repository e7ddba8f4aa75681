using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Tables;

public sealed class RowKeyRangeTests
{
    [Theory]
    [InlineData("abc", "abd")]
    [InlineData("a\uFFFF", "b")]
    [InlineData("a\uFFFF\uFFFF", "b")]
    [InlineData("\uFFFF", null)]
    public void Prefix_LastCharacter_IsBumpedPastTrailingMaxChars(string prefix, string? upper) =>
        Assert.Equal(new RowKeyRange(prefix, upper), RowKeyRange.Prefix(prefix));

    [Theory]
    [InlineData("a", true)]
    [InlineData("a\uFFFF", true)]
    [InlineData("a\uFFFF\uFFFFz", true)]
    [InlineData("b", false)]
    [InlineData("", false)]
    public void Contains_KeyWithOrWithoutPrefix_MatchesStartsWith(string key, bool expected)
    {
        var range = RowKeyRange.Prefix("a");
        Assert.Equal(expected, range.Contains(key));
        Assert.Equal(expected, key.StartsWith('a'));
    }
}
