namespace StatusBot.Slack.Inbound;

/// <summary>An interaction payload (a button press, a modal submitted or closed).</summary>
public abstract record SlackInteraction
{
    private protected SlackInteraction()
    {
    }

    /// <summary>The workspace the user acted in.</summary>
    public required string TeamId { get; init; }

    /// <summary>The user who acted.</summary>
    public required string UserId { get; init; }

    /// <summary>The app the interaction is for, when sent.</summary>
    public string? ApiAppId { get; init; }
}

/// <summary>A view (a modal, or the App Home tab) as an interaction refers to it.</summary>
/// <param name="Id">The view id (for views.update).</param>
/// <param name="Hash">The view hash (guards views.update against a race), when sent.</param>
/// <param name="CallbackId">The callback id StatusBot gave the view; empty when none.</param>
/// <param name="PrivateMetadata">The private metadata StatusBot gave the view; empty when none.</param>
public sealed record SlackViewInfo(string Id, string? Hash, string CallbackId, string PrivateMetadata)
{
    /// <summary>The view's type, <c>modal</c> or <c>home</c>, when sent.</summary>
    public string? Type { get; init; }

    /// <summary>True for the App Home tab, which has no response_url and is replaced only by views.publish.</summary>
    public bool IsHome => Type == "home";
}

/// <summary>One pressed button or chosen option.</summary>
/// <param name="ActionId">The element's action id.</param>
/// <param name="BlockId">The block that holds the element, when sent.</param>
/// <param name="Type">The element type, such as <c>button</c> or <c>static_select</c>.</param>
/// <param name="Value">A button's value, a select's chosen option value, or a date picker's date.</param>
public sealed record SlackAction(string ActionId, string? BlockId, string? Type, string? Value);

/// <summary>Where the acted-on element lives: a message or a view.</summary>
/// <param name="Type"><c>message</c> or <c>view</c> (or another container type Slack adds).</param>
/// <param name="ChannelId">The message's conversation, for messages.</param>
/// <param name="MessageTs">The message's timestamp (for chat.update), for messages.</param>
/// <param name="ViewId">The view id, for views.</param>
public sealed record SlackContainer(string Type, string? ChannelId, string? MessageTs, string? ViewId)
{
    /// <summary>True for a message only the user sees, which chat.update cannot change.</summary>
    public bool IsEphemeral { get; init; }
}

/// <summary>A <c>block_actions</c> payload: the user pressed a button or chose an option.</summary>
public sealed record SlackBlockActions : SlackInteraction
{
    /// <summary>The actions, usually one.</summary>
    public required IReadOnlyList<SlackAction> Actions { get; init; }

    /// <summary>Opens or pushes a modal within about 3 seconds.</summary>
    public required string TriggerId { get; init; }

    /// <summary>Where replies to the message may be posted; absent for actions inside modals and the App Home tab.</summary>
    public Uri? ResponseUrl { get; init; }

    /// <summary>The message or view the action came from.</summary>
    public required SlackContainer Container { get; init; }

    /// <summary>The view the action came from, for actions inside modals and in the App Home tab.</summary>
    public SlackViewInfo? View { get; init; }

    /// <summary>
    /// The values of the inputs around the action when it happened (a message's or a view's), by block id and
    /// action id, read like <see cref="SlackViewSubmission.Values"/>; empty when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Values { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
}

/// <summary>A <c>view_submission</c> payload: the user submitted a modal.</summary>
public sealed record SlackViewSubmission : SlackInteraction
{
    /// <summary>The submitted modal.</summary>
    public required SlackViewInfo View { get; init; }

    /// <summary>Opens a further modal, when sent.</summary>
    public string? TriggerId { get; init; }

    /// <summary>
    /// The inputs' values: block id, then action id, then the value (a text input's value, a date
    /// picker's date, a time picker's time, a date-time picker's unix seconds, a select's option value, a user or conversation id); null
    /// when the input was left empty or is a kind without a single value (multi-selects, checkboxes).
    /// </summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Values { get; init; }
}

/// <summary>A <c>view_closed</c> payload: the user cancelled a modal (sent only with <c>notify_on_close</c>).</summary>
public sealed record SlackViewClosed : SlackInteraction
{
    /// <summary>The closed modal.</summary>
    public required SlackViewInfo View { get; init; }

    /// <summary>Whether the whole view stack was closed.</summary>
    public bool IsCleared { get; init; }
}
