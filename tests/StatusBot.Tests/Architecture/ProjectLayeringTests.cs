using System.Reflection;
using StatusBot.Core.Tests.Architecture;

namespace StatusBot.Tests.Architecture;

/// <summary>
/// The adapters and storage are layered the same way (read from their compiled types): at the bottom the project's
/// root namespace (its options and log), at the top <c>Hosting</c>, which composes the folders between
/// (registration, endpoints).
/// </summary>
public sealed class ProjectLayeringTests
{
    [Fact]
    public void Slack_FoldersUseOnlyTheLayersBelowThem() => AssertLayers("StatusBot.Slack",
        [[""], ["Rendering"], ["Outbound"], ["Installations"], ["Inbound"], ["Hosting"]]);

    [Fact]
    public void Teams_FoldersUseOnlyTheLayersBelowThem() => AssertLayers("StatusBot.Teams",
        [[""], ["Rendering"], ["Inbound"], ["Outbound"], ["Graph"], ["Hosting"]]);

    [Fact]
    public void Http_FoldersUseOnlyTheLayersBelowThem() => AssertLayers("StatusBot.Http",
        [[""], ["Inbound", "Pacing"], ["Outbound"]]);

    [Fact]
    public void Storage_FoldersUseOnlyTheLayersBelowThem() => AssertLayers("StatusBot.Storage",
        [[""], ["Tables"], ["AzureTables", "Sqlite", "DataProtection", "CheckIns", "Commitments", "Conversations", "Workspaces", "Answers"], ["Digests", "Slips", "People"], ["Erasure"], ["Hosting"]]);

    [Fact]
    public void Language_FoldersUseOnlyTheLayersBelowThem() => AssertLayers("StatusBot.Language",
        [[""], ["Embedding"], ["Classifier"], ["Training", "Hosting"]]);

    private static void AssertLayers(string project, string[][] layers)
    {
        var breaches = NamespaceGraph.Of(Assembly.Load(project), project).BreachesOf(layers);

        Assert.True(breaches.Count == 0, string.Join("\n", breaches));
    }
}
