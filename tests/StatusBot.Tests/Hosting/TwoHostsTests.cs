using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Storage.Tests;
using StatusBot.Teams.Tests.Fakes;
using StatusBot.Tests.Slack;
using StatusBot.Tests.Teams;

namespace StatusBot.Tests.Hosting;

/// <summary>
/// Two hosts on one Azure Tables account, as a scaled-out deployment runs: a request the platform sends again, to
/// whichever host, acts once.
/// </summary>
public sealed class TwoHostsTests
{
    private static Dictionary<string, string?> OnAzurite(Dictionary<string, string?> more)
    {
        var settings = new Dictionary<string, string?>(more)
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = Azurite.ConnectionString,
            ["Scheduler:Enabled"] = "false",
        };
        return settings;
    }

    private static Dictionary<string, string?> SlackOn(FakeSlackServer slack) => OnAzurite(new()
    {
        ["Slack:BotToken"] = "xoxb-two-hosts",
        ["Slack:SigningSecret"] = SlackHost.Secret,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
    });

    [Fact]
    public async Task A_slack_event_retried_to_the_other_host_publishes_the_home_tab_once()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        using var a = new StatusBotFactory(SlackOn(slack));
        using var b = new StatusBotFactory(SlackOn(slack));
        var eventId = "Ev" + Guid.NewGuid().ToString("N");

        Assert.Equal(HttpStatusCode.OK, (await new SlackWire(a.CreateClient(), SlackHost.Secret, TimeProvider.System).HomeOpenedAsync("U0OWNER", eventId)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await new SlackWire(b.CreateClient(), SlackHost.Secret, TimeProvider.System).HomeOpenedAsync("U0OWNER", eventId)).StatusCode);

        await SlackHost.Eventually(() => slack.Delivered("views.publish").Count > 0);
        await Task.Delay(300); // time for a second publish, were there one
        Assert.Single(slack.Delivered("views.publish"));
    }

    [Fact]
    public async Task A_double_click_landing_on_both_hosts_records_one_answer()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        using var a = new StatusBotFactory(SlackOn(slack));
        using var b = new StatusBotFactory(SlackOn(slack));
        var workspace = WorkspaceId.ForSlack(SlackWire.Team);
        var created = await a.Services.GetRequiredService<CommitmentService>().CreateAsync(workspace,
            new CommitmentInput("Two hosts", "Acme", DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "UTC", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER");
        var id = created.Value!.Id;
        await a.Services.GetRequiredService<CheckInRunner>().CheckInNowAsync(workspace, id);
        var question = Assert.Single(slack.Delivered("chat.postMessage"));
        var onTrack = Assert.Single(SlackHost.Buttons(question), button => button["value"]!.GetValue<string>() == CheckInActions.AnswerValue(id, CheckInAnswer.OnTrack));
        var (action, value) = (onTrack["action_id"]!.GetValue<string>(), onTrack["value"]!.GetValue<string>());

        var clicks = await Task.WhenAll(
            new SlackWire(a.CreateClient(), SlackHost.Secret, TimeProvider.System).ClickAsync("U0OWNER", action, value, "DU0OWNER", "1700000099.000100", slack.ResponseUrl("a")),
            new SlackWire(b.CreateClient(), SlackHost.Secret, TimeProvider.System).ClickAsync("U0OWNER", action, value, "DU0OWNER", "1700000099.000100", slack.ResponseUrl("b")));

        Assert.All(clicks, click => Assert.Equal(HttpStatusCode.OK, click.StatusCode));
        await SlackHost.Eventually(() => slack.Delivered("chat.update").Count + slack.Delivered("response_url").Count > 0);
        var history = await b.Services.GetRequiredService<CommitmentService>().HistoryAsync(workspace, id);
        Assert.Single(history, e => e.Kind == CommitmentEventKind.Answered);
    }

    [Fact]
    public async Task A_teams_activity_redelivered_to_the_other_host_is_answered_once()
    {
        await using var keys = await FakeOpenIdServer.StartAsync();
        var key = keys.AddKey("k1", "msteams");
        await using var connector = await FakeConnectorServer.StartAsync();
        var settings = OnAzurite(new()
        {
            ["Teams:AppId"] = TestTokens.AppId,
            ["Teams:AppPassword"] = "app-password",
            ["Teams:TenantId"] = TeamsWire.Tenant,
            ["Teams:OpenIdMetadataUrl"] = keys.MetadataUrl.ToString(),
            ["Teams:TokenEndpoint"] = connector.TokenEndpoint.ToString(),
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        });
        using var a = new StatusBotFactory(settings);
        using var b = new StatusBotFactory(settings);
        var (wireA, wireB) = (new TeamsWire(a.CreateClient(), key, connector.ServiceUrl), new TeamsWire(b.CreateClient(), key, connector.ServiceUrl));
        var help = wireA.Personal("message", m =>
        {
            m["id"] = "act-" + Guid.NewGuid().ToString("N");
            m["text"] = "help";
        });

        Assert.Equal(HttpStatusCode.OK, (await wireA.PostAsync(help)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await wireB.PostAsync(JsonNode.Parse(help.ToJsonString())!.AsObject())).StatusCode);

        Assert.Contains("Here is what I can do", Assert.Single(connector.Delivered, c => c.Json is not null).Json!.ToJsonString(), StringComparison.Ordinal);
    }
}
