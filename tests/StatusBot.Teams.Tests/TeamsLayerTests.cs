using System.Text.RegularExpressions;
using StatusBot.Teams.Tests.Manifest;

namespace StatusBot.Teams.Tests;

/// <summary>
/// The Teams project's folders are layers, each importing only those below it: Rendering (cards, the message
/// activity), then Inbound (activities, authentication, conversation references, the activity handler and the
/// replies port it speaks through), then Outbound (the Bot Connector client, tokens, pacing, the chat port). The
/// project root composes them (hosting, endpoints, options, logs).
/// </summary>
public sealed class TeamsLayerTests
{
    private static readonly string[] Layers = ["Rendering", "Inbound", "Outbound"];

    public static TheoryData<string> Folders => [.. Layers];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_Sources_ReferToNoLayerAboveIt(string folder)
    {
        var above = Layers[(Array.IndexOf(Layers, folder) + 1)..];
        var offending =
            from file in Directory.EnumerateFiles(RepoFiles.Path("src", "StatusBot.Teams", folder), "*.cs")
            from line in File.ReadLines(file)
            where !line.TrimStart().StartsWith("//", StringComparison.Ordinal)
            from layer in above
            where Regex.IsMatch(line, $@"(?<![\w]){layer}\.[A-Z]|StatusBot\.Teams\.{layer}\b")
            select $"{Path.GetFileName(file)} refers to {layer}: {line.Trim()}";

        Assert.Empty(offending);
    }
}
