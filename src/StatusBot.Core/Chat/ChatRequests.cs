using StatusBot.Core.Validation;

namespace StatusBot.Core.Chat;

/// <summary>The user who acted, as the adapter verified them.</summary>
/// <param name="Workspace">Their workspace (for example <c>slack-T0123</c>).</param>
/// <param name="UserId">The platform's id of the user.</param>
public sealed record ChatActor(WorkspaceId Workspace, string UserId)
{
    /// <summary>True when the platform says the user is a workspace admin, who may act for owners.</summary>
    public bool IsWorkspaceAdmin { get; init; }

    /// <summary>The user's IANA time zone when the platform told it; null when unknown.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The user as a direct-message address.</summary>
    public ChatAddress Address => ChatAddress.ToUser(Workspace, UserId);
}

/// <summary>A command typed in chat: <c>/slip words</c> in Slack, <c>slip words</c> to the bot in Teams.</summary>
/// <param name="Actor">Who typed it.</param>
/// <param name="Name">The command's name without any slash (<c>slip</c>, <c>commit</c>, <c>list</c>, <c>digest</c>, <c>checkin</c>, <c>help</c>).</param>
/// <param name="Arguments">The words after it.</param>
/// <param name="Where">The conversation it was typed in: a channel, or the user's direct messages.</param>
/// <param name="RequestId">The platform's id of this request, so that a redelivery has one effect.</param>
public sealed record ChatCommand(ChatActor Actor, string Name, string Arguments, ChatAddress Where, string RequestId)
{
    /// <summary>
    /// The users the platform says were mentioned in <see cref="Arguments"/> (Slack <c>&lt;@U0123&gt;</c>, a Teams mention
    /// entity), by id, in the order written; empty when none was.
    /// </summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];
}

/// <summary>A button clicked or a form submitted, mapped back to Core's action id.</summary>
/// <param name="Actor">Who clicked.</param>
/// <param name="ActionId">The action id Core gave the button or form action.</param>
/// <param name="Value">The value Core gave it.</param>
public sealed record ChatClick(ChatActor Actor, string ActionId, string Value)
{
    /// <summary>The form's values by input id; empty for a plain button.</summary>
    public IReadOnlyDictionary<string, string?> Inputs { get; init; } = new Dictionary<string, string?>();

    /// <summary>The value of input <paramref name="id"/>, trimmed; null when empty or absent.</summary>
    public string? Input(string id) => Inputs.TryGetValue(id, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>What to show the user who acted, where they acted: adapters render it (a modal, a card, an ephemeral message).</summary>
public sealed record ChatResponse
{
    /// <summary>Messages for the actor in order; a form message is the next form step.</summary>
    public IReadOnlyList<ChatMessage> Messages { get; init; } = [];

    /// <summary>Why a submitted form was refused, by input id: show them on the form and keep it open.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>What the clicked message should now say (its buttons answered); null to leave it.</summary>
    public ChatMessage? Answered { get; init; }

    /// <summary>The first form among <see cref="Messages"/>, if any.</summary>
    public ChatMessage? Form => Messages.FirstOrDefault(m => m.IsForm);

    /// <summary>
    /// The form with each refusal shown on its input (one naming no input of the form goes on the first), for
    /// platforms that redraw the form rather than mark fields (an Adaptive Card); null when there is no form.
    /// </summary>
    public ChatMessage? FormShowingErrors()
    {
        if (Form is not { } form || Errors.Count == 0 || form.Inputs.Count == 0)
        {
            return Form;
        }

        var ids = form.Inputs.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var byInput = Errors.GroupBy(e => ids.Contains(e.Field) ? e.Field : form.Inputs[0].Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)), StringComparer.Ordinal);
        return form with { Inputs = [.. form.Inputs.Select(i => byInput.TryGetValue(i.Id, out var error) ? i with { Error = error } : i)] };
    }

    /// <summary>A plain note to the actor.</summary>
    public static ChatResponse Say(string text) => new() { Messages = [new ChatMessage { Text = text }] };
}
