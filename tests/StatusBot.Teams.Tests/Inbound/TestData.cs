using StatusBot.Teams.Inbound;

namespace StatusBot.Teams.Tests.Inbound;

internal static class TestData
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static Activity Activity(string name)
    {
        var read = ActivityReader.Parse(Bytes(name));
        Assert.True(read.IsRead, read.Error);
        return read.Activity;
    }
}
