using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Contract;

public abstract partial class TableStoreContract
{
    public static TheoryData<string, object> SupportedValues => new()
    {
        { "LongMax", long.MaxValue },
        { "LongMin", long.MinValue },
        { "LongSmall", 1L },
        { "IntMin", int.MinValue },
        { "IntMax", int.MaxValue },
        { "Double", 0.1 + 0.2 },
        { "DoubleWhole", 2.0 },
        { "DoubleTiny", double.Epsilon },
        { "DoubleMax", double.MaxValue },
        { "DoubleNegative", -1.5e-300 },
        { "Date", new DateTimeOffset(2026, 11, 22, 16, 19, 32, TimeSpan.Zero).AddTicks(1234567) },
        { "DateMin", TableLimits.MinDate },
        { "DateMax", DateTimeOffset.MaxValue },
        { "Guid", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e") },
        { "True", true },
        { "False", false },
        { "Text", "hello" },
        { "EmptyText", string.Empty },
        { "Bytes", new byte[] { 0, 1, 2, 254, 255 } },
        { "EmptyBytes", Array.Empty<byte>() },
    };

    [Theory]
    [MemberData(nameof(SupportedValues))]
    public async Task InsertAsync_SupportedValue_RoundTripsWithItsExactType(string name, object value)
    {
        var table = await NewTableAsync();
        await table.InsertAsync(Row("p", name, (name, value)));
        var read = (await ReadAsync(table, "p", name))[name];
        Assert.IsType(value.GetType(), read);
        Assert.Equal(value, read);
    }

    [Fact]
    public async Task InsertAsync_AllTypesInOneRow_RoundTripExactly()
    {
        var table = await NewTableAsync();
        var row = Row("p", "all");
        foreach (var item in SupportedValues)
        {
            row[(string)item[0]] = item[1];
        }

        await table.InsertAsync(row);
        var read = await ReadAsync(table, "p", "all");
        Assert.Equal(row.Properties.Count, read.Properties.Count);
        foreach (var (name, value) in row.Properties)
        {
            Assert.IsType(value.GetType(), read[name]);
            Assert.Equal(value, read[name]);
        }
    }

    [Fact]
    public async Task InsertAsync_DateWithOffset_ComesBackAsTheSameInstantInUtc()
    {
        var table = await NewTableAsync();
        var local = new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(5.5)).AddTicks(1);
        await table.InsertAsync(Row("p", "r", ("When", local)));
        var read = Assert.IsType<DateTimeOffset>((await ReadAsync(table, "p", "r"))["When"]);
        Assert.Equal(TimeSpan.Zero, read.Offset);
        Assert.Equal(local.UtcTicks, read.UtcTicks);
    }

    [Fact]
    public async Task InsertAsync_UnicodeKeysAndValues_RoundTrip()
    {
        var table = await NewTableAsync();
        string[] texts = ["\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD", "\u4E2D\u6587\u65E5\u672C\u8A9E", "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD", "e\u0301\u0308", "\u200F\u202Eabc"];
        foreach (var text in texts)
        {
            await table.InsertAsync(Row(text, text, ("Text", text), ("Prop\u00E9\u4E2D", text)));
        }

        foreach (var text in texts)
        {
            var row = await ReadAsync(table, text, text);
            Assert.Equal(text, row["Text"]);
            Assert.Equal(text, row["Prop\u00E9\u4E2D"]);
            Assert.Equal(text, Assert.Single(await ReadAllAsync(table, text)).RowKey);
        }
    }

    [Fact]
    public async Task InsertAsync_EmptyKeys_RoundTrip()
    {
        var table = await NewTableAsync();
        await table.InsertAsync(Row(string.Empty, string.Empty, ("V", 1)));
        Assert.Equal(1, (await ReadAsync(table, string.Empty, string.Empty))["V"]);
    }
}
