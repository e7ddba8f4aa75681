using System.Text;
using StatusBot.Storage.Sqlite;

namespace StatusBot.Storage.Tests.Sqlite;

public sealed class SqlitePropertyCodecTests
{
    [Fact]
    public void Encode_Values_WritesTaggedJson()
    {
        var json = Encoding.UTF8.GetString(SqlitePropertyCodec.Encode(new Dictionary<string, object> { ["L"] = 5L, ["I"] = 5 }));
        Assert.Equal("""{"L":["l","5"],"I":["i","5"]}""", json);
    }

    [Fact]
    public void Decode_NonFiniteDoubles_RoundTrip()
    {
        var encoded = SqlitePropertyCodec.Encode(new Dictionary<string, object>
        {
            ["NaN"] = double.NaN, ["Inf"] = double.PositiveInfinity, ["NegZero"] = -0.0,
        });
        var decoded = new Dictionary<string, object>();
        SqlitePropertyCodec.Decode(encoded, decoded);
        Assert.True(double.IsNaN((double)decoded["NaN"]));
        Assert.Equal(double.PositiveInfinity, decoded["Inf"]);
        Assert.True(double.IsNegative((double)decoded["NegZero"]));
    }

    [Fact]
    public void Decode_UnknownTag_ThrowsInvalidData() =>
        Assert.Throws<InvalidDataException>(() => SqlitePropertyCodec.Decode("""{"X":["q","1"]}"""u8, new Dictionary<string, object>()));
}
