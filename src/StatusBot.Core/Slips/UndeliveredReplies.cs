using StatusBot.Core.Chat;

namespace StatusBot.Core.Slips;

/// <summary>Replies a platform did not take in one step, with the failure that says when (or whether) to try again.</summary>
internal sealed class UndeliveredReplies
{
    public List<PendingReply> Replies { get; } = [];

    public TimeSpan? RetryAfter { get; private set; }

    public ChatDeliveryException? Permanent { get; private set; }

    public void Add(PendingReply reply, ChatDeliveryException failure)
    {
        Replies.Add(reply);
        if (failure.IsPermanent)
        {
            Permanent ??= failure;
        }
        else if (failure.RetryAfter is { } after && after > (RetryAfter ?? TimeSpan.Zero))
        {
            RetryAfter = after;
        }
    }
}
