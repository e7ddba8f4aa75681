using StatusBot.Core.Chat;

namespace StatusBot.Core.Commitments;

/// <summary>
/// Tells the people of a hand-over, whoever made it (chat, admin API): the new owner that it is theirs now, and the old
/// owner that it is no longer theirs unless they made the change themselves. Each notice is sent once (its key names the
/// version the hand-over made); one that cannot be delivered does not undo the hand-over.
/// </summary>
public static class HandOver
{
    /// <summary>Tells them when <paramref name="after"/> has another owner than <paramref name="before"/>; returns who was told.</summary>
    public static async Task<IReadOnlyList<string>> TellAsync(IChatPort chat, Commitment before, Commitment after, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (after.Owner == before.Owner)
        {
            return [];
        }

        var due = after.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var notices = new List<(string To, string Text)>
        {
            (after.Owner, $"{actor} handed {after.Title} for {after.Customer} (due {due}) over to you: you answer its check-ins from now on."),
        };
        if (before.Owner != actor)
        {
            notices.Add((before.Owner, $"{actor} handed {after.Title} for {after.Customer} (due {due}) over to {after.Owner}: you will not be asked about it any more."));
        }

        var told = new List<string>();
        foreach (var (to, text) in notices)
        {
            try
            {
                await chat.SendAsync(ChatAddress.ToUser(after.Workspace, to), new ChatMessage { Text = text, Mentions = [actor, after.Owner] },
                    $"handover/{after.Workspace}/{after.Id}/v{after.Version}/{to}", cancellationToken);
                told.Add(to);
            }
            catch (ChatDeliveryException)
            {
                // The hand-over stands; whom the bot cannot reach was checked with the edit and is shown with it.
            }
        }

        return told;
    }
}
