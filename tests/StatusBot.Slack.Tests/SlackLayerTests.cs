using System.Text.RegularExpressions;

namespace StatusBot.Slack.Tests;

/// <summary>
/// The Slack project's folders are layers, each importing only those below it: Rendering, then Outbound (the Web API
/// client, pacing, the token port), then Installations (OAuth installs, tokens), then Inbound (verification and the
/// endpoints' handlers). The project root composes them (hosting, endpoints, options).
/// </summary>
public sealed class SlackLayerTests
{
    private static readonly string[] Layers = ["Rendering", "Outbound", "Installations", "Inbound"];

    public static TheoryData<string> Folders => [.. Layers];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_Sources_ImportNoLayerAboveIt(string folder)
    {
        var above = Layers[(Array.IndexOf(Layers, folder) + 1)..];
        var source = Path.Combine(RepositoryRoot(), "src", "StatusBot.Slack", folder);
        var offending =
            from file in Directory.EnumerateFiles(source, "*.cs")
            from line in File.ReadLines(file)
            where !line.TrimStart().StartsWith("//", StringComparison.Ordinal)
            from layer in above
            where Regex.IsMatch(line, $@"(?<![\w]){layer}\.[A-Z]|StatusBot\.Slack\.{layer}\b")
            select $"{Path.GetFileName(file)} uses {layer}: {line.Trim()}";

        Assert.Empty(offending);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StatusBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with StatusBot.sln) was not found above the test's folder.");
    }
}
