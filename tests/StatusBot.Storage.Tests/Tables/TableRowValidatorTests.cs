using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Tables;

public sealed class TableRowValidatorTests
{
    [Fact]
    public void EntitySize_KeysAndEachType_FollowsAzureFormula()
    {
        var row = new TableRow("pk", "rk")
        {
            ["S"] = "abc", ["B"] = new byte[5], ["F"] = true, ["I"] = 1, ["L"] = 1L, ["D"] = 1.0,
            ["T"] = DateTimeOffset.UnixEpoch, ["G"] = Guid.Empty,
        };
        // 4 + keys 8 + per property 8 + 2 (one-letter name) + value.
        long expected = 4 + 8 + (8 * 10) + 10 + 9 + 1 + 4 + 8 + 8 + 8 + 16;
        Assert.Equal(expected, TableRowValidator.EntitySize(row));
    }

    [Fact]
    public void ValidateRow_TooLongKey_MessageNamesTableKeyAndLimit()
    {
        var row = new TableRow(new string('p', 513), "r");
        var error = Assert.Throws<EntityTooLargeException>(() => TableRowValidator.ValidateRow("Commitments", row));
        Assert.Contains("Commitments", error.Message, StringComparison.Ordinal);
        Assert.Contains("partition key", error.Message, StringComparison.Ordinal);
        Assert.Contains("512", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateRow_TooLargeString_MessageNamesRowPropertyAndLimit()
    {
        var row = new TableRow("p", "r") { ["Body"] = new string('x', 32_769) };
        var error = Assert.Throws<EntityTooLargeException>(() => TableRowValidator.ValidateRow("Notes", row));
        Assert.Contains("'Notes'", error.Message, StringComparison.Ordinal);
        Assert.Contains("partition 'p', row 'r'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Body'", error.Message, StringComparison.Ordinal);
        Assert.Contains("32,768", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_private")]
    [InlineData("Name2")]
    [InlineData("\u00E9t\u00E9")]
    [InlineData("\u540D\u524D")]
    public void ValidateRow_IdentifierPropertyName_IsAccepted(string name) =>
        TableRowValidator.ValidateRow("t", new TableRow("p", "r") { [name] = 1 });

    [Fact]
    public void ValidateRow_PropertyNameOf256Chars_IsRefused() =>
        Assert.Throws<EntityTooLargeException>(() => TableRowValidator.ValidateRow("t", new TableRow("p", "r") { [new string('a', 256)] = 1 }));

    [Fact]
    public void ValidateKeys_NullKey_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => TableRowValidator.ValidateKeys("t", null!, "r"));

    [Theory]
    [InlineData("abc")]
    [InlineData("Commitments")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void ValidateTableName_ValidName_IsAccepted(string name) => TableRowValidator.ValidateTableName(name);

    [Fact]
    public void Validate_BatchLongerThan100_ThrowsEntityTooLarge()
    {
        var ops = Enumerable.Range(0, 101).Select(i => new TableOperation(TableOperationKind.Insert, new TableRow("p", $"{i}"))).ToList();
        Assert.Throws<EntityTooLargeException>(() => TableBatchValidator.Validate("t", ops));
    }

    [Theory]
    [InlineData(TableOperationKind.Replace)]
    [InlineData(TableOperationKind.Merge)]
    [InlineData(TableOperationKind.Delete)]
    public void Validate_ConditionalOperationWithoutETag_ThrowsArgumentException(TableOperationKind kind) =>
        Assert.Throws<ArgumentException>(() => TableBatchValidator.Validate("t", [new TableOperation(kind, new TableRow("p", "r"))]));
}
