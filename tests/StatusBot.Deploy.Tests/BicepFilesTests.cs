namespace StatusBot.Deploy.Tests;

public class BicepFilesTests
{
    public static TheoryData<string> BicepFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(BicepCli.DeployDirectory, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(BicepCli.DeployDirectory, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Build_EveryBicepFile_CompilesWithoutWarnings(string file)
    {
        var result = await BicepCli.BuildAsync(Path.Combine(BicepCli.DeployDirectory, file));

        Assert.False(result.HasProblems, $"bicep build {file}: {result}");
        Assert.StartsWith("{", result.Output.TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Lint_EveryBicepFile_ReportsNothing(string file)
    {
        var result = await BicepCli.LintAsync(Path.Combine(BicepCli.DeployDirectory, file));

        Assert.False(result.HasProblems, $"bicep lint {file}: {result}");
    }

    [Fact]
    public async Task Lint_FileWithUnusedParameter_IsReportedAsAProblem()
    {
        // Proves the check above can fail: bicep lint exits 0 on warnings, so the output is what counts.
        var folder = Directory.CreateTempSubdirectory("statusbot-bicep-");
        try
        {
            var file = Path.Combine(folder.FullName, "unused.bicep");
            await File.WriteAllTextAsync(file, "param unused string\n");

            var result = await BicepCli.LintAsync(file);

            Assert.Equal(0, result.ExitCode);
            Assert.True(result.HasProblems, result.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
