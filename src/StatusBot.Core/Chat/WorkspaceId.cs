using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace StatusBot.Core.Chat;

/// <summary>The chat platforms a workspace can be on.</summary>
public enum ChatPlatform
{
    /// <summary>A Slack workspace, named by its team id.</summary>
    Slack,

    /// <summary>A Microsoft 365 tenant in Teams, named by its tenant id (the local playground is one too).</summary>
    Teams,
}

/// <summary>
/// A workspace: one Slack team or one Microsoft 365 tenant. All data is partitioned by it and nothing crosses
/// between two. Its string form, <c>slack-&lt;team id&gt;</c> or <c>teams-&lt;tenant id&gt;</c>, exists only at the
/// edges (URLs, table keys, idempotency keys); inside, the platform and the id travel typed.
/// </summary>
[JsonConverter(typeof(WorkspaceIdJsonConverter))]
public readonly partial record struct WorkspaceId : ISpanFormattable
{
    private const string SlackPrefix = "slack-";
    private const string TeamsPrefix = "teams-";

    private readonly string? _id;

    private WorkspaceId(ChatPlatform platform, string id) => (Platform, _id) = (platform, id);

    /// <summary>The local browser playground's workspace, a Teams workspace of its own: <c>teams-playground</c>.</summary>
    public static WorkspaceId Playground { get; } = new(ChatPlatform.Teams, "playground");

    /// <summary>Which platform the workspace is on.</summary>
    public ChatPlatform Platform { get; }

    /// <summary>The platform's own id of it: the Slack team id or the tenant id.</summary>
    public string Id => _id ?? string.Empty;

    /// <summary>The workspace of a Slack team.</summary>
    /// <exception cref="ArgumentException"><paramref name="teamId"/> is not a Slack team id.</exception>
    public static WorkspaceId ForSlack(string teamId) => Create(ChatPlatform.Slack, teamId);

    /// <summary>The workspace of a Microsoft 365 tenant.</summary>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is not a tenant id.</exception>
    public static WorkspaceId ForTeams(string tenantId) => Create(ChatPlatform.Teams, tenantId);

    /// <summary>The workspace of <paramref name="id"/> on <paramref name="platform"/>; false when it is not an id of that platform.</summary>
    public static bool TryCreate(ChatPlatform platform, [NotNullWhen(true)] string? id, out WorkspaceId workspace)
    {
        workspace = IsValidId(platform, id) ? new(platform, id!) : default;
        return IsValidId(platform, id);
    }

    /// <summary>Reads the string form; false when <paramref name="text"/> has neither shape.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out WorkspaceId workspace)
    {
        workspace = default;
        if (text is null)
        {
            return false;
        }

        var (platform, id) = text.StartsWith(SlackPrefix, StringComparison.Ordinal) ? (ChatPlatform.Slack, text[SlackPrefix.Length..])
            : text.StartsWith(TeamsPrefix, StringComparison.Ordinal) ? (ChatPlatform.Teams, text[TeamsPrefix.Length..])
            : ((ChatPlatform?)null, string.Empty);
        if (platform is not { } known || !IsValidId(known, id))
        {
            return false;
        }

        workspace = new(known, id);
        return true;
    }

    /// <summary>Reads the string form.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not <c>slack-&lt;team id&gt;</c> or <c>teams-&lt;tenant id&gt;</c>.</exception>
    public static WorkspaceId Parse(string text) =>
        TryParse(text, out var workspace)
            ? workspace
            : throw new FormatException($"\"{text}\" is not a workspace id: use slack-<team id> or teams-<tenant id>.");

    /// <summary>The string form: <c>slack-T0123</c>, <c>teams-&lt;tenant id&gt;</c>.</summary>
    public override string ToString() => (Platform == ChatPlatform.Slack ? SlackPrefix : TeamsPrefix) + Id;

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        charsWritten = text.Length <= destination.Length ? text.Length : 0;
        return text.AsSpan().TryCopyTo(destination);
    }

    private static WorkspaceId Create(ChatPlatform platform, string id) =>
        IsValidId(platform, id) ? new(platform, id) : throw new ArgumentException($"\"{id}\" is not a {platform} workspace id.", nameof(id));

    private static bool IsValidId(ChatPlatform platform, string? id) => id is not null && platform switch
    {
        ChatPlatform.Slack => SlackTeamId().IsMatch(id),
        _ => id == Playground.Id || TenantId().IsMatch(id),
    };

    [GeneratedRegex("^[A-Z0-9]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackTeamId();

    [GeneratedRegex("^[0-9a-fA-F-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex TenantId();
}
