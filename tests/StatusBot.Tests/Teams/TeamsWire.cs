using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Tests.Teams;

/// <summary>Posts activities to /api/messages the way the Bot Connector does: signed by the test's own key server.</summary>
internal sealed class TeamsWire(HttpClient client, SecurityKey key, Uri serviceUrl)
{
    public const string Tenant = "99999999-8888-7777-6666-555555555555";
    public const string Owner = "29:owner";
    public const string Dm = "a:owner-dm";
    public const string CustomerChannel = "19:acme@thread.tacv2";
    public const string Bot = "28:" + TestTokens.AppId;

    private int _next;

    /// <summary>The host's settings for Teams journeys: the bot registered in <see cref="Tenant"/>, talking to the fakes on loopback.</summary>
    public static Dictionary<string, string?> HostSettings(FakeOpenIdServer keys, FakeConnectorServer connector) => new()
    {
        ["Teams:AppId"] = TestTokens.AppId,
        ["Teams:AppPassword"] = "app-password",
        ["Teams:TenantId"] = Tenant,
        ["Teams:OpenIdMetadataUrl"] = keys.MetadataUrl.ToString(),
        ["Teams:TokenEndpoint"] = connector.TokenEndpoint.ToString(),
        ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        ["Scheduler:Enabled"] = "false",
    };

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? new TestTokens(DateTimeOffset.UtcNow).Create(key, serviceUrl: serviceUrl.ToString()));
        return await client.SendAsync(request);
    }

    public JsonObject Personal(string type, Action<JsonObject>? more = null) => Activity(type, new JsonObject { ["id"] = Dm, ["conversationType"] = "personal", ["tenantId"] = Tenant }, more);

    public JsonObject InChannel(string type, string channel, Action<JsonObject>? more = null) =>
        Activity(type, new JsonObject { ["id"] = channel, ["conversationType"] = "channel", ["tenantId"] = Tenant }, a =>
        {
            a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant }, ["team"] = new JsonObject { ["id"] = channel }, ["channel"] = new JsonObject { ["id"] = channel } };
            more?.Invoke(a);
        });

    /// <summary>An Action.Execute of <paramref name="actionId"/> with <paramref name="inputs"/>, as Teams sends it.</summary>
    public JsonObject Execute(string actionId, string value, params (string Id, string Value)[] inputs) => Personal("invoke", a =>
    {
        var data = new JsonObject { ["statusbot"] = new JsonObject { ["actionId"] = actionId, ["value"] = value } };
        foreach (var (id, text) in inputs)
        {
            data[id] = text;
        }

        a["name"] = "adaptiveCard/action";
        a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = actionId, ["data"] = data } };
    });

    private JsonObject Activity(string type, JsonObject conversation, Action<JsonObject>? more)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "act-" + Interlocked.Increment(ref _next),
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = Owner, ["name"] = "Ann" },
            ["recipient"] = new JsonObject { ["id"] = Bot, ["name"] = "StatusBot" },
            ["conversation"] = conversation,
            ["localTimezone"] = "Europe/Berlin",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        };
        more?.Invoke(activity);
        return activity;
    }
}
