namespace StatusBot.Playground;

/// <summary>
/// The playground's fixed cast: one workspace, two people (the demo user and their manager, who approves warnings;
/// the page switches between them), the bot, and two channels whose messages the page shows (the customer's inbox and the project channel). Point a commitment's
/// <c>customerDestination</c> at <see cref="CustomerChannelId"/> and its <c>channel</c> at
/// <see cref="ProjectChannelId"/> to see what the customer and the team would receive.
/// </summary>
public static class PlaygroundWorkspace
{
    /// <summary>The <c>channelId</c> of every playground activity (not <c>msteams</c>: nothing here is Teams).</summary>
    public const string ChannelId = "playground";

    /// <summary>The <c>conversation.tenantId</c> of every playground activity.</summary>
    public const string TenantId = "playground";

    /// <summary>The demo user's id: the person in the browser.</summary>
    public const string UserId = "playground-user";

    /// <summary>The demo user's display name.</summary>
    public const string UserName = "Sam (you)";

    /// <summary>The second person: the demo user's manager, who approves warnings and hears when the user stays silent.</summary>
    public const string ManagerId = "playground-manager";

    /// <summary>The manager's display name.</summary>
    public const string ManagerName = "Maria (manager)";

    /// <summary>The people the page can chat as, in the order it offers them.</summary>
    public static IReadOnlyList<(string Id, string Name)> People { get; } = [(UserId, UserName), (ManagerId, ManagerName)];

    /// <summary>The display name of <paramref name="userId"/>: a person of the cast, else the id itself.</summary>
    public static string NameOf(string userId) => People.FirstOrDefault(p => p.Id == userId).Name ?? userId;

    /// <summary>The bot's id (<c>recipient.id</c> of what the user sends, <c>from.id</c> of what the bot sends).</summary>
    public const string BotId = "statusbot";

    /// <summary>The bot's display name.</summary>
    public const string BotName = "StatusBot";

    /// <summary>The channel that stands for the customer: what is posted here is what the customer receives.</summary>
    public const string CustomerChannelId = "playground-customer";

    /// <summary>The project channel: digests and notes for the team.</summary>
    public const string ProjectChannelId = "playground-project";

    /// <summary>The path under which the host acts as the Bot Connector service (the activities' <c>serviceUrl</c>).</summary>
    public const string ConnectorBasePath = "/playground/";

    /// <summary>The id of the personal (1:1) conversation between the bot and <paramref name="userId"/>.</summary>
    public static string PersonalConversationId(string userId) => "dm-" + userId;

    /// <summary>The channels the page shows, with their titles, in the order it shows them.</summary>
    public static IReadOnlyList<(string Id, string Title)> Channels { get; } =
    [
        (CustomerChannelId, "Customer inbox"),
        (ProjectChannelId, "Project channel"),
    ];
}
