using StatusBot.Core.Chat;
using System.Globalization;

namespace StatusBot.Core.Slips;

/// <summary>
/// A slip conversation as plain immutable data (no delegates, no interfaces), so a store can keep it with
/// System.Text.Json and any instance can pick it up. Only <see cref="SlipConversation"/> changes it.
/// </summary>
public sealed record SlipState
{
    /// <summary>The conversation's id: the commitment id and the start time, unique per conversation.</summary>
    public required string Id { get; init; }

    /// <summary>The workspace of the commitment.</summary>
    public required WorkspaceId Workspace { get; init; }

    /// <summary>The commitment being re-planned.</summary>
    public required string CommitmentId { get; init; }

    /// <summary>The commitment's owner, the one who may send.</summary>
    public required string Owner { get; init; }

    /// <summary>What started the conversation.</summary>
    public required SlipStartReason StartReason { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When anyone last moved it on (reminders do not count).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The due date the customer is being warned about.</summary>
    public required DateOnly OldDueDate { get; init; }

    /// <summary>The current step.</summary>
    public SlipStep Step { get; init; } = SlipStep.NewDate;

    /// <summary>The accepted new date, once chosen.</summary>
    public DateOnly? NewDate { get; init; }

    /// <summary>A date submitted earlier than history suggests: submitting it again keeps it.</summary>
    public DateOnly? FlaggedDate { get; init; }

    /// <summary>The realistic date history suggested for the latest date submitted, if any.</summary>
    public DateOnly? SuggestedDate { get; init; }

    /// <summary>The owner's words.</summary>
    public SlipParts Parts { get; init; } = SlipParts.Empty;

    /// <summary>The latest approval request, when an approver is involved.</summary>
    public SlipApproval? Approval { get; init; }

    /// <summary>The key the warning is sent under, decided (and stored) before the first attempt to send.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Who sent it: the owner or a workspace admin (or the owner, when an approval released it).</summary>
    public string? SentBy { get; init; }

    /// <summary>When delivery was confirmed.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The platform's id of the delivered warning.</summary>
    public string? SentMessageId { get; init; }

    /// <summary>When the owner was last reminded of the unfinished draft.</summary>
    public DateTimeOffset? LastRemindedAt { get; init; }

    /// <summary>
    /// Messages of a step the bot took on its own (a reminder, an approval's timeout, a resumed delivery's notes) that a
    /// platform did not take: kept with their keys and sent again on the commitment's next wake-up, each once. Null when there are none (so that states compare by value).
    /// </summary>
    public IReadOnlyList<PendingReply>? Undelivered { get; init; }

    /// <summary>A new conversation about <paramref name="oldDueDate"/>, on its first step.</summary>
    public static SlipState Begin(WorkspaceId workspace, string commitmentId, string owner, DateOnly oldDueDate, SlipStartReason reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commitmentId);
        return new SlipState
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{commitmentId}/{now.ToUnixTimeMilliseconds()}"),
            Workspace = workspace,
            CommitmentId = commitmentId,
            Owner = owner,
            StartReason = reason,
            StartedAt = now,
            UpdatedAt = now,
            OldDueDate = oldDueDate,
        };
    }

    /// <summary>True while the next move is the owner's: a draft, or an approval that timed out.</summary>
    public bool WaitsOnOwner() =>
        Step is SlipStep.NewDate or SlipStep.Message or SlipStep.Preview
        || (Step == SlipStep.AwaitingApproval && Approval?.Status == ApprovalStatus.TimedOut);

    /// <summary>The key the warning of this conversation is sent under.</summary>
    internal string WarningKey() => $"{Workspace}/slip/{Id}/warning";
}
