using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace StatusBot.Tests.Slack;

/// <summary>Signs and sends requests the way Slack does, and builds the payloads Slack posts.</summary>
internal sealed class SlackWire(HttpClient client, string secret, TimeProvider time)
{
    public const string Team = "T0123";

    public async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType = "application/x-www-form-urlencoded", DateTimeOffset? signedAt = null, string? retryNum = null)
    {
        var timestamp = (signedAt ?? time.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Sign(timestamp, body));
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum);
        }

        return await client.SendAsync(request);
    }

    public string Sign(string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    public Task<HttpResponseMessage> CommandAsync(string command, string text, string user, string channel, Uri responseUrl) =>
        PostAsync("/slack/commands", Form(new()
        {
            ["team_id"] = Team, ["user_id"] = user, ["user_name"] = user, ["channel_id"] = channel, ["command"] = command, ["text"] = text,
            ["response_url"] = responseUrl.ToString(), ["trigger_id"] = "trigger-" + Guid.NewGuid().ToString("N"),
        }));

    /// <summary>
    /// Clicks a button of a message (one only the user sees when <paramref name="ephemeral"/>); <paramref name="state"/> is
    /// what was typed into its inputs (see <see cref="Typed"/>).
    /// </summary>
    public Task<HttpResponseMessage> ClickAsync(string user, string actionId, string value, string channel, string ts, Uri responseUrl, JsonObject? state = null, bool ephemeral = false) =>
        Interaction(new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = Team },
            ["user"] = new JsonObject { ["id"] = user },
            ["trigger_id"] = "trigger-" + Guid.NewGuid().ToString("N"),
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = channel, ["is_ephemeral"] = ephemeral },
            ["response_url"] = responseUrl.ToString(),
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["value"] = value, ["type"] = "button" }),
            ["state"] = new JsonObject { ["values"] = state ?? [] },
        });

    /// <summary>Clicks a button in the App Home tab: the container is the home view, and there is no response_url.</summary>
    public Task<HttpResponseMessage> HomeClickAsync(string user, string actionId, string value, string viewId = "VHOME1") =>
        Interaction(new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = Team },
            ["user"] = new JsonObject { ["id"] = user },
            ["trigger_id"] = "trigger-" + Guid.NewGuid().ToString("N"),
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = viewId },
            ["view"] = new JsonObject { ["id"] = viewId, ["type"] = "home", ["hash"] = "home-hash", ["state"] = new JsonObject { ["values"] = new JsonObject() } },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["value"] = value, ["type"] = "button" }),
        });

    /// <summary>Tells StatusBot that <paramref name="user"/> opened its App Home tab.</summary>
    public Task<HttpResponseMessage> HomeOpenedAsync(string user, string eventId) =>
        PostAsync("/slack/events", new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = Team, ["api_app_id"] = "A1", ["event_id"] = eventId, ["event_time"] = 1_700_000_000,
            ["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D1", ["tab"] = "home" },
        }.ToJsonString(), "application/json");

    /// <summary>The <c>state.values</c> Slack sends after the user typed <paramref name="text"/> into the input block <paramref name="input"/> as rendered.</summary>
    public static JsonObject Typed(JsonNode input, string text) => new()
    {
        [input["block_id"]!.GetValue<string>()] = new JsonObject
        {
            [input["element"]!["action_id"]!.GetValue<string>()] = new JsonObject { ["type"] = input["element"]!["type"]!.GetValue<string>(), ["value"] = text },
        },
    };

    /// <summary>Submits the modal <paramref name="view"/> (as StatusBot rendered it) with <paramref name="values"/> by block id.</summary>
    public async Task<JsonObject> SubmitAsync(string user, JsonObject view, params (string Block, string Type, string Value)[] values)
    {
        var state = new JsonObject();
        foreach (var (block, type, value) in values)
        {
            var element = new JsonObject { ["type"] = type };
            if (type == "multi_users_select")
            {
                element["selected_users"] = new JsonArray([.. value.Split(',').Select(v => (JsonNode)v)]);
                state[block] = new JsonObject { [block] = element };
                continue;
            }

            // Each element puts its value under its own key, as Slack's view.state.values does.
            element[type switch
            {
                "datepicker" => "selected_date",
                "users_select" => "selected_user",
                "conversations_select" => "selected_conversation",
                _ => "value",
            }] = value;
            state[block] = new JsonObject { [block] = element };
        }

        var response = await Interaction(new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = Team },
            ["user"] = new JsonObject { ["id"] = user },
            ["view"] = new JsonObject
            {
                ["id"] = "V1", ["hash"] = "h1", ["callback_id"] = view["callback_id"]!.GetValue<string>(),
                ["private_metadata"] = view["private_metadata"]!.GetValue<string>(), ["state"] = new JsonObject { ["values"] = state },
            },
        });
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public Task<HttpResponseMessage> Interaction(JsonObject payload) =>
        PostAsync("/slack/interactions", Form(new() { ["payload"] = payload.ToJsonString() }));

    public static string Form(Dictionary<string, string> fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
}
