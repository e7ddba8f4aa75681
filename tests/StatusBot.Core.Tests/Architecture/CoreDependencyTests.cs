using System.Reflection;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.AspNetCore",
        "Azure",
        "Microsoft.Data.Sqlite",
        "SQLitePCL",
        "StatusBot.Storage",
        "StatusBot.Slack",
        "StatusBot.Teams",
        "System.Net.Http",
    ];

    [Fact]
    public void CoreAssembly_ReferencesNoPlatformOrStorageAssembly()
    {
        var referenced = typeof(Commitment).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var offending = referenced
            .Where(name => ForbiddenPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        Assert.True(offending.Count == 0, $"StatusBot.Core must stay free of I/O and platforms but references: {string.Join(", ", offending)}");
        Assert.Contains(referenced, name => name.StartsWith("System.", StringComparison.Ordinal));
    }

    [Fact]
    public void CoreProjectFile_HasNoPackageOrProjectReferences()
    {
        var project = FindRepoFile("src/StatusBot.Core/StatusBot.Core.csproj");
        var text = File.ReadAllText(project);

        Assert.DoesNotContain("<PackageReference", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<ProjectReference", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<FrameworkReference", text, StringComparison.Ordinal);
    }

    private static string FindRepoFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}");
    }
}
