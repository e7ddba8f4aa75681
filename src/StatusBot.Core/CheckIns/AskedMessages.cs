using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// The check-in questions a <see cref="CommitmentEventKind.CheckInSent"/> or <see cref="CommitmentEventKind.Reminded"/>
/// event sent, kept in its data under <see cref="Key"/> so that, once one owner answers, the others' questions can be
/// replaced by who answered and how. One line per question: user, conversation and message id, tab-separated.
/// </summary>
public static class AskedMessages
{
    /// <summary>The event data key.</summary>
    public const string Key = ReachEvents.Asked;

    /// <summary>The receipts as stored.</summary>
    public static string Format(IEnumerable<SentMessage> sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return string.Join('\n', sent.Select(s => $"{s.To.Id}\t{s.ConversationId}\t{s.MessageId}"));
    }

    /// <summary>
    /// The questions of the latest check-in (with its reminder) in <paramref name="history"/> (oldest first), as receipts
    /// to update; empty when none was recorded.
    /// </summary>
    public static IReadOnlyList<SentMessage> Latest(WorkspaceId workspace, IReadOnlyList<CommitmentEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var start = Enumerable.Range(0, history.Count).LastOrDefault(i => history[i].Kind == CommitmentEventKind.CheckInSent, -1);
        if (start < 0)
        {
            return [];
        }

        return [.. history.Skip(start)
            .Where(e => e.Kind is CommitmentEventKind.CheckInSent or CommitmentEventKind.Reminded)
            .SelectMany(e => (e.Data.GetValueOrDefault(Key) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 3)
            .Select(parts => new SentMessage(ChatAddress.ToUser(workspace, parts[0]), parts[2], parts[1]))];
    }
}
