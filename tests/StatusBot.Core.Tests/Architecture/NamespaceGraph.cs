using System.Reflection;
using ArchUnitNET.Domain;
using Assembly = System.Reflection.Assembly;
using ArchUnitNET.Loader;

namespace StatusBot.Core.Tests.Architecture;

/// <summary>
/// Which of an assembly's namespaces use which, read from its compiled types (signatures, fields and method
/// bodies) by ArchUnitNET, so a dependency hidden in a method body or a fully qualified name counts too.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph(string root) => Root = root;

    /// <summary>The namespace every node lies under (for example <c>StatusBot.Core</c>).</summary>
    public string Root { get; }

    /// <summary>The namespaces under <see cref="Root"/> that hold types, by their name below it (<c>""</c> for the root itself).</summary>
    public IReadOnlyCollection<string> Nodes => _edges.Keys;

    /// <summary>Reads <paramref name="assembly"/>'s namespaces under <paramref name="root"/> (other namespaces, such as generated code's, are left out).</summary>
    public static NamespaceGraph Of(Assembly assembly, string root)
    {
        var graph = new NamespaceGraph(root);
        var types = new ArchLoader().LoadAssemblies(assembly).Build().Types.ToList();
        // Only the assembly's own namespaces are nodes: another assembly's namespace under the same root is not one.
        foreach (var type in types)
        {
            if (graph.Node(type.Namespace.FullName) is { } node)
            {
                graph.Edges(node);
            }
        }

        foreach (var type in types)
        {
            if (graph.Node(type.Namespace.FullName) is not { } from)
            {
                continue;
            }

            var targets = graph.Edges(from);
            // A generic parameter is no use of a namespace, whatever namespace the reader files it under.
            foreach (var dependency in type.Dependencies.Where(d => d.Target is not GenericParameter))
            {
                if (graph.Node(dependency.Target.Namespace.FullName) is { } to && to != from && graph._edges.ContainsKey(to))
                {
                    if (!targets.TryGetValue(to, out var because))
                    {
                        targets[to] = because = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    because.Add($"{type.Name} -> {dependency.Target.Name}");
                }
            }
        }

        return graph;
    }

    /// <summary>The namespaces <paramref name="node"/> uses, each with the type uses that make it so.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> UsesOf(string node) =>
        _edges.TryGetValue(node, out var uses) ? uses : new Dictionary<string, SortedSet<string>>();

    /// <summary>Every loop among the namespaces, each as the path that closes it (<c>A -> B -> A</c>); empty when they form layers.</summary>
    public IReadOnlyList<string> Loops()
    {
        var loops = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal))
        {
            Visit(node);
        }

        return loops;

        void Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in UsesOf(node).Keys.Order(StringComparer.Ordinal))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    loops.Add(string.Join(" -> ", path.Skip(path.IndexOf(next)).Append(next).Select(Name)));
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }
    }

    /// <summary>
    /// Every use against <paramref name="layers"/> (bottom first, names below <see cref="Root"/>, <c>""</c> for the root
    /// itself): a namespace that uses one in its own layer or above, and a namespace with no layer.
    /// </summary>
    public IReadOnlyList<string> BreachesOf(string[][] layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        int LevelOf(string node) => Array.FindIndex(layers, layer => layer.Contains(node, StringComparer.Ordinal));
        var breaches = Nodes.Where(node => LevelOf(node) < 0).Select(node => $"{Name(node)} has no layer").ToList();
        foreach (var node in Nodes.Where(node => LevelOf(node) >= 0).Order(StringComparer.Ordinal))
        {
            breaches.AddRange(UsesOf(node)
                .Where(use => LevelOf(use.Key) >= LevelOf(node))
                .Select(use => $"{Name(node)} uses {Name(use.Key)}, which is not below it: {string.Join(", ", use.Value.Take(3))}"));
        }

        return breaches;
    }

    /// <summary>A node's readable name: its full namespace.</summary>
    public string Name(string node) => node.Length == 0 ? Root : Root + "." + node;

    private string? Node(string? fullName) =>
        fullName is null ? null
        : fullName == Root ? string.Empty
        : fullName.StartsWith(Root + ".", StringComparison.Ordinal) ? fullName[(Root.Length + 1)..]
        : null;

    private Dictionary<string, SortedSet<string>> Edges(string node)
    {
        if (!_edges.TryGetValue(node, out var edges))
        {
            _edges[node] = edges = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        }

        return edges;
    }
}
