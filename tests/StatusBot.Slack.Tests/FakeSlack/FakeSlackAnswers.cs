using System.Globalization;
using System.Text.Json.Nodes;

namespace StatusBot.Slack.Tests.FakeSlack;

/// <summary>The fake's successful answers, shaped like Slack's documented responses.</summary>
internal sealed class FakeSlackAnswers
{
    private long _ts = 1_700_000_000;
    private int _views;

    /// <summary>Users that users.info knows, by id; others get a default in Europe/Berlin.</summary>
    public Dictionary<string, (string Name, string Tz, int TzOffset)> Users { get; } = new(StringComparer.Ordinal);

    public JsonObject For(string method, Func<string, string?> field) => method switch
    {
        "chat.postMessage" or "chat.update" => Ok(new() { ["channel"] = Dm(field("channel")), ["ts"] = field("ts") ?? NextTs() }),
        "chat.postEphemeral" => Ok(new() { ["message_ts"] = NextTs() }),
        "conversations.open" => Ok(new() { ["channel"] = new JsonObject { ["id"] = "D" + field("users") } }),
        "users.info" => Ok(new() { ["user"] = User(field("user") ?? "") }),
        "views.open" or "views.push" or "views.update" => Ok(new() { ["view"] = View(field("view_id")) }),
        "views.publish" or "response_url" => Ok([]),
        _ => new JsonObject { ["ok"] = false, ["error"] = "unknown_method" },
    };

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
        return new JsonObject { ["id"] = id, ["name"] = name, ["real_name"] = name, ["tz"] = tz, ["tz_offset"] = offset };
    }

    private JsonObject View(string? id) => new()
    {
        ["id"] = id ?? "V" + Interlocked.Increment(ref _views).ToString(CultureInfo.InvariantCulture),
        ["hash"] = "hash-" + Guid.NewGuid().ToString("N"),
    };
}
