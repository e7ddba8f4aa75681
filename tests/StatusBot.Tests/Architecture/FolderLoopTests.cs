using System.Reflection;
using StatusBot.Core.Tests.Architecture;

namespace StatusBot.Tests.Architecture;

/// <summary>
/// In the adapters, storage and the host, folders (namespaces) form layers too: no two of them use each other,
/// directly or round a longer loop. Core's stricter, named layering is in <c>CoreLayeringTests</c>.
/// </summary>
public sealed class FolderLoopTests
{
    public static TheoryData<string> Projects() => ["StatusBot.Slack", "StatusBot.Teams", "StatusBot.Http", "StatusBot.Storage", "StatusBot.Language", "StatusBot"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_FoldersHaveNoLoops(string project)
    {
        var graph = NamespaceGraph.Of(Assembly.Load(project), project);

        Assert.True(graph.Nodes.Count > 1, $"{project}: expected several namespaces, found {graph.Nodes.Count}.");
        var loops = graph.Loops();
        Assert.True(loops.Count == 0, $"Loops among {project}'s namespaces:\n" + string.Join("\n", loops.Select(l => l + Because(graph, l))));
    }

    /// <summary>The type uses behind a loop's first step, to say where to cut it.</summary>
    private static string Because(NamespaceGraph graph, string loop)
    {
        var steps = loop.Split(" -> ");
        string Node(string name) => name == graph.Root ? string.Empty : name[(graph.Root.Length + 1)..];
        return graph.UsesOf(Node(steps[0])).TryGetValue(Node(steps[1]), out var uses) ? "  (" + string.Join(", ", uses.Take(3)) + ")" : string.Empty;
    }
}
