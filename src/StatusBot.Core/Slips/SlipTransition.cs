using StatusBot.Core.Chat;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Slips;

/// <summary>Who a reply is for.</summary>
public enum SlipAudience
{
    /// <summary>The user who acted (the owner, an admin acting for them, or someone refused).</summary>
    Actor,

    /// <summary>The commitment's owner, told of something they did not do themselves.</summary>
    Owner,

    /// <summary>The approver.</summary>
    Approver,

    /// <summary>The project channel.</summary>
    Channel,
}

/// <summary>A platform-neutral message to send as a result of a step; a form step when its message has inputs or form actions.</summary>
/// <param name="Audience">Who it is for.</param>
/// <param name="To">Where it goes.</param>
/// <param name="Message">What it says.</param>
public sealed record SlipReply(SlipAudience Audience, ChatAddress To, ChatMessage Message);

/// <summary>A reply a platform did not take yet, with the key it is sent under (so a retry sends it once).</summary>
/// <param name="To">Where it goes.</param>
/// <param name="Message">What it says.</param>
/// <param name="Key">The idempotency key it was first tried under.</param>
public sealed record PendingReply(ChatAddress To, ChatMessage Message, string Key);

/// <summary>The warning to deliver, under a key decided before the first attempt: sending it again is a no-op.</summary>
/// <param name="To">The customer destination.</param>
/// <param name="Message">The warning.</param>
/// <param name="IdempotencyKey">The key stored in the state before sending.</param>
public sealed record SlipDelivery(ChatAddress To, ChatMessage Message, string IdempotencyKey);

/// <summary>What one step did: the state to store, and what the host should do next.</summary>
/// <param name="State">The new state (the same state when the input was refused).</param>
public sealed record SlipTransition(SlipState State)
{
    /// <summary>Messages to send, in order.</summary>
    public IReadOnlyList<SlipReply> Replies { get; init; } = [];

    /// <summary>Why a submitted value was refused, by input id; the state stays on its step.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>True when the actor may not do this or the step did not accept it: store nothing.</summary>
    public bool Refused { get; init; }

    /// <summary>
    /// When the state is sending: the warning to deliver, then report <see cref="WarningDelivered"/>; once it is sent,
    /// the host stores what it changes (<see cref="SlipOutcome.For"/>).
    /// </summary>
    public SlipDelivery? Delivery { get; init; }
}
