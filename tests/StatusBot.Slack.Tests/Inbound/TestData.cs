using System.Text;

namespace StatusBot.Slack.Tests.Inbound;

/// <summary>Reads the documented payload samples under TestData/.</summary>
internal static class TestData
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>Wraps a JSON sample the way Slack posts interactions: <c>payload=&lt;url-encoded JSON&gt;</c>.</summary>
    public static byte[] InteractionForm(string jsonName) => Form("payload=" + Uri.EscapeDataString(Text(jsonName)));

    public static byte[] Form(string form) => Encoding.UTF8.GetBytes(form);
}
