namespace StatusBot.Deploy.Tests;

/// <summary>deploy/main.bicep compiled once for a test class.</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    private ArmTemplate? template;

    public ArmTemplate Template => template ?? throw new InvalidOperationException("main.bicep has not been compiled yet.");

    public async Task InitializeAsync()
    {
        var result = await BicepCli.BuildAsync(Path.Combine(BicepCli.DeployDirectory, "main.bicep"));
        // Warnings fail BicepFilesTests; here only a broken build stops the structural checks.
        Assert.True(result.ExitCode == 0, $"bicep build main.bicep: {result}");
        template = ArmTemplate.Parse(result.Output);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>Test classes that read the compiled main template share one compilation.</summary>
[CollectionDefinition(Name)]
public sealed class MainTemplateGroup : ICollectionFixture<CompiledMainTemplate>
{
    public const string Name = "main.bicep";
}
