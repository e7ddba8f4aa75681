using System.Globalization;
using System.Text.Json.Nodes;

namespace StatusBot.Slack.Tests.FakeSlack;

/// <summary>The fake's successful answers, shaped like Slack's documented responses.</summary>
internal sealed class FakeSlackAnswers
{
    private long _ts = 1_700_000_000;
    private int _views;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);
    private int _tokens;

    /// <summary>Install codes oauth.v2.access takes, each once: the team each installs into.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, (string TeamId, string TeamName)> InstallCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>When true, oauth.v2.access grants rotating tokens (a refresh token and 12 hours).</summary>
    public bool RotateTokens { get; set; }

    /// <summary>Every bot token granted so far, with its team, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string TeamId, string Token)> Granted { get; } = new();

    /// <summary>Users that users.info knows, by id; others get a default in Europe/Berlin. Each has the email <c>&lt;id&gt;@example.com</c>.</summary>
    public Dictionary<string, (string Name, string Tz, int TzOffset)> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>The profile title (role) users.info gives a user, by id; others have none.</summary>
    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);

    /// <summary>Users whom users.info calls workspace admins (<c>is_admin</c>).</summary>
    public HashSet<string> Admins { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids Slack does not know: users.info answers <c>user_not_found</c>, conversations.info <c>channel_not_found</c>.</summary>
    public HashSet<string> Unknown { get; } = new(StringComparer.Ordinal);

    /// <summary>Channels as conversations.info describes them, by id; others are named after their id, with the bot in them.</summary>
    public Dictionary<string, (string Name, bool IsMember, bool IsArchived)> Channels { get; } = new(StringComparer.Ordinal);

    public JsonObject For(string method, Func<string, string?> field) => method switch
    {
        "users.info" when Unknown.Contains(field("user") ?? "") => new JsonObject { ["ok"] = false, ["error"] = "user_not_found" },
        "conversations.info" when Unknown.Contains(field("channel") ?? "") => new JsonObject { ["ok"] = false, ["error"] = "channel_not_found" },
        "conversations.info" => Ok(new() { ["channel"] = Channel(field("channel") ?? "") }),
        "chat.postMessage" or "chat.update" => Ok(new() { ["channel"] = Dm(field("channel")), ["ts"] = field("ts") ?? NextTs() }),
        "chat.postEphemeral" => Ok(new() { ["message_ts"] = NextTs() }),
        "conversations.open" => Ok(new() { ["channel"] = new JsonObject { ["id"] = "D" + field("users") } }),
        "conversations.history" when field("channel") is null => new JsonObject { ["ok"] = false, ["error"] = "invalid_arguments" },
        "conversations.history" => Ok(new() { ["messages"] = History(field("channel")!, field("include_all_metadata") == "true", field("limit")) }),
        "users.info" => Ok(new() { ["user"] = User(field("user") ?? "") }),
        "views.open" or "views.push" or "views.update" => Ok(new() { ["view"] = View(field("view_id")) }),
        "views.publish" or "response_url" => Ok([]),
        "oauth.v2.access" => OAuth(field),
        _ => new JsonObject { ["ok"] = false, ["error"] = "unknown_method" },
    };

    private JsonObject OAuth(Func<string, string?> field)
    {
        (string TeamId, string TeamName) team;
        if (field("grant_type") == "refresh_token")
        {
            if (!_refreshTokens.TryGetValue(field("refresh_token") ?? "", out var teamId))
            {
                return new JsonObject { ["ok"] = false, ["error"] = "invalid_refresh_token" };
            }

            team = (teamId, "team " + teamId);
        }
        else if (!InstallCodes.TryRemove(field("code") ?? "", out team))
        {
            return new JsonObject { ["ok"] = false, ["error"] = "invalid_code" };
        }

        var n = Interlocked.Increment(ref _tokens).ToString(CultureInfo.InvariantCulture);
        var token = (RotateTokens ? "xoxe.xoxb-" : "xoxb-") + team.TeamId + "-" + n;
        Granted.Enqueue((team.TeamId, token));
        var answer = Ok(new()
        {
            ["access_token"] = token, ["token_type"] = "bot", ["scope"] = "chat:write,commands,im:write,users:read",
            ["bot_user_id"] = "UBOT", ["app_id"] = "A0APP", ["team"] = new JsonObject { ["id"] = team.TeamId, ["name"] = team.TeamName },
            ["enterprise"] = null, ["is_enterprise_install"] = false, ["authed_user"] = new JsonObject { ["id"] = "UINSTALLER" },
        });
        if (RotateTokens)
        {
            var refresh = "xoxe-1-" + team.TeamId + "-" + n;
            _refreshTokens[refresh] = team.TeamId;
            answer["refresh_token"] = refresh;
            answer["expires_in"] = 43200;
        }

        return answer;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Collections.Concurrent.ConcurrentQueue<(string Ts, JsonNode? Metadata)>> _history = new(StringComparer.Ordinal);

    /// <summary>Keeps a posted message for conversations.history, with its metadata as posted.</summary>
    public void Posted(string? channel, string? ts, JsonNode? metadata)
    {
        if (channel is not null && ts is not null)
        {
            _history.GetOrAdd(channel, _ => new()).Enqueue((ts, metadata?.DeepClone()));
        }
    }

    /// <summary>The channel's messages, newest first, as many as the limit says (Slack's default 100); metadata only when asked for.</summary>
    private JsonArray History(string channel, bool withMetadata, string? limit)
    {
        var take = int.TryParse(limit, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 999) : 100;
        var messages = _history.TryGetValue(channel, out var posted) ? posted.Reverse().Take(take) : [];
        return [.. messages.Select(m => (JsonNode)new JsonObject
        {
            ["type"] = "message", ["ts"] = m.Ts, ["metadata"] = withMetadata ? m.Metadata?.DeepClone() : null,
        })];
    }

    private static JsonObject Ok(JsonObject fields)
    {
        fields["ok"] = true;
        return fields;
    }

    private static string? Dm(string? channel) => channel is ['U', ..] ? "D" + channel : channel;

    private string NextTs() =>
        string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Increment(ref _ts)}.000100");

    private JsonObject User(string id)
    {
        var (name, tz, offset) = Users.TryGetValue(id, out var known) ? known : ("user-" + id, "Europe/Berlin", 3600);
        // As Slack answers with users:read.email: the profile carries the email address.
        var profile = new JsonObject { ["real_name"] = name, ["display_name"] = name, ["email"] = id.ToLowerInvariant() + "@example.com" };
        if (Titles.TryGetValue(id, out var title))
        {
            profile["title"] = title;
        }

        return new JsonObject { ["id"] = id, ["name"] = name, ["real_name"] = name, ["tz"] = tz, ["tz_offset"] = offset, ["profile"] = profile, ["deleted"] = false, ["is_bot"] = false, ["is_admin"] = Admins.Contains(id) };
    }

    private JsonObject Channel(string id)
    {
        var (name, member, archived) = Channels.TryGetValue(id, out var known) ? known : (id.ToLowerInvariant(), true, false);
        return new JsonObject { ["id"] = id, ["name"] = name, ["is_channel"] = true, ["is_member"] = member, ["is_archived"] = archived };
    }

    private JsonObject View(string? id) => new()
    {
        ["id"] = id ?? "V" + Interlocked.Increment(ref _views).ToString(CultureInfo.InvariantCulture),
        ["hash"] = "hash-" + Guid.NewGuid().ToString("N"),
    };
}
