using System.Text.Json;

namespace StatusBot.Deploy.Tests;

[Collection(MainTemplateGroup.Name)]
public class BotAndOutputsTests(CompiledMainTemplate main)
{
    private BicepModule Bot => main.Template.Module("bot");

    [Fact]
    public void Bot_IsASingleTenantAzureBot_FromTheTeamsParameters()
    {
        var bot = Assert.Single(Bot.Template.OfType("Microsoft.BotService/botServices"));

        Assert.Equal("azurebot", Arm.Text(bot, "kind"));
        Assert.Equal("SingleTenant", Arm.Text(bot, "properties", "msaAppType"));
        Assert.Equal($"[{Arm.Parameter("appId")}]", Arm.Text(bot, "properties", "msaAppId"));
        Assert.Equal($"[{Arm.Parameter("tenantId")}]", Arm.Text(bot, "properties", "msaAppTenantId"));
        Assert.Equal($"[{Arm.Parameter("teamsAppId")}]", Bot.Argument("appId"));
        Assert.Equal($"[{Arm.Parameter("teamsTenantId")}]", Bot.Argument("tenantId"));
    }

    [Fact]
    public void Bot_SendsTeamsActivitiesToTheAppsApiMessages()
    {
        var bot = Assert.Single(Bot.Template.OfType("Microsoft.BotService/botServices"));

        Assert.Equal($"[{Arm.Parameter("messagingEndpoint")}]", Arm.Text(bot, "properties", "endpoint"));
        var endpoint = Bot.Argument("messagingEndpoint");
        Assert.StartsWith("[format('{0}/api/messages', format('https://{0}', ", endpoint, StringComparison.Ordinal);
        Assert.Contains(".outputs.hostName.value", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_HasTheTeamsChannelEnabled()
    {
        var channel = Assert.Single(Bot.Template.OfType("Microsoft.BotService/botServices/channels"));

        Assert.Equal("MsTeamsChannel", Arm.Text(channel, "properties", "channelName"));
        Assert.Equal("true", Arm.Text(channel, "properties", "properties", "isEnabled"));
    }

    [Theory]
    [InlineData("slackCommandsUrl", "/slack/commands")]
    [InlineData("slackInteractionsUrl", "/slack/interactions")]
    [InlineData("slackEventsUrl", "/slack/events")]
    [InlineData("slackOAuthRedirectUrl", "/slack/oauth/callback")]
    [InlineData("slackInstallUrl", "/slack/install")]
    [InlineData("teamsMessagingEndpoint", "/api/messages")]
    public void Outputs_GiveEachEndpointUnderTheBaseUrl(string output, string path)
    {
        var baseUrl = Arm.Text(main.Template.Outputs, "baseUrl", "value")!;
        Assert.StartsWith("[format('https://{0}', ", baseUrl, StringComparison.Ordinal);
        Assert.True(Arm.IsModuleOutput(baseUrl[(baseUrl.IndexOf(", ", StringComparison.Ordinal) + 2)..^2] + "]", "app", "hostName"), baseUrl);

        var expected = $"[format('{{0}}{path}', {baseUrl[1..^1]})]";
        Assert.Equal(expected, Arm.Text(main.Template.Outputs, output, "value"));
    }

    [Fact]
    public void ExampleParameters_SetOnlyDeclaredParameters_AndNoSecrets()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(BicepCli.DeployDirectory, "main.parameters.example.json")));
        var example = file.RootElement.GetProperty("parameters").EnumerateObject().Select(parameter => parameter.Name).ToList();
        var declared = main.Template.Parameters.EnumerateObject().ToList();

        Assert.All(example, name => Assert.Contains(declared, parameter => parameter.Name == name));
        Assert.DoesNotContain(main.Template.SecureParameterNames, example.Contains);

        var required = declared
            .Where(parameter => !parameter.Value.TryGetProperty("defaultValue", out _))
            .Select(parameter => parameter.Name)
            .Except(main.Template.SecureParameterNames);
        Assert.All(required, name => Assert.Contains(name, example));
    }
}
