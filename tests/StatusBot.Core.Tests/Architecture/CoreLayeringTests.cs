using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.Architecture;

/// <summary>
/// Core's namespaces form layers: each uses only the layers below it, never one beside or above it. A new
/// namespace must be given its place here before anything may use it.
/// </summary>
public sealed class CoreLayeringTests
{
    /// <summary>Bottom first; the namespaces of one layer are peers and may not use each other.</summary>
    internal static readonly string[][] Layers =
    [
        ["Telemetry"],
        ["Validation"],
        ["Chat"],
        ["Commitments"],
        ["People"],
        ["CheckIns"],
        ["Slips", "Digests"],
        ["Insights", "Answers"],
        ["Workspaces"],
        ["DueWork"],
        ["ChatActions"],
    ];

    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(typeof(Commitment).Assembly, "StatusBot.Core");

    public static TheoryData<string> Namespaces() => [.. Layers.SelectMany(layer => layer)];

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void Namespace_UsesOnlyTheLayersBelowIt(string name)
    {
        var level = LevelOf(name);
        var wrong = Graph.UsesOf(name)
            .Where(use => LevelOf(use.Key) >= level)
            .Select(use => $"{Graph.Name(name)} uses {Graph.Name(use.Key)} (layer {LevelOf(use.Key)}, not below {level}): {string.Join(", ", use.Value.Take(3))}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void EveryNamespaceOfCore_HasALayer()
    {
        var placed = Layers.SelectMany(layer => layer).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(Graph.Nodes.Where(node => !placed.Contains(node)).Select(Graph.Name));
    }

    [Fact]
    public void Graph_SeesUsesInSignaturesAndMethodBodies()
    {
        // Guards against a reader that sees nothing, which would pass every rule above.
        Assert.Contains("Commitments", Graph.UsesOf("ChatActions").Keys);
        Assert.Contains("Chat", Graph.UsesOf("DueWork").Keys);
    }

    [Fact]
    public void CoreNamespaces_HaveNoLoops()
    {
        var loops = Graph.Loops();

        Assert.True(loops.Count == 0, "Loops among Core's namespaces:\n" + string.Join("\n", loops));
    }

    private static int LevelOf(string name) =>
        Array.FindIndex(Layers, layer => layer.Contains(name, StringComparer.Ordinal)) is var level and >= 0
            ? level
            : int.MaxValue;
}
