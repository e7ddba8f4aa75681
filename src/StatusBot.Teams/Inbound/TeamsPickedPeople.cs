namespace StatusBot.Teams.Inbound;

/// <summary>
/// What the Adaptive Cards people picker submits, made into what Core takes: the picker's value is the picked user's
/// Microsoft Entra object id, Core's owner and approver are Teams user ids (<c>29:...</c>). A submitted value that is an
/// object id of someone StatusBot has met in Teams becomes their Teams id; anything else is left as submitted.
/// </summary>
public static class TeamsPickedPeople
{
    /// <summary><paramref name="inputs"/> with each object id the <paramref name="conversations"/> know, in <paramref name="reference"/>'s workspace, as a Teams id.</summary>
    public static async Task<Dictionary<string, string?>> MapAsync(
        IReadOnlyDictionary<string, string> inputs, TeamsConversationReference reference, ITeamsConversationStore conversations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(conversations);
        var mapped = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, value) in inputs)
        {
            // Only a GUID can be an object id; a typed 29: id (the fallback text field) or any other text is Core's to judge.
            var user = Guid.TryParse(value.Trim(), out _) ? await conversations.FindUserAsync(reference.Address.Workspace, value.Trim(), cancellationToken) : null;
            mapped[id] = user?.Address.Id ?? value;
        }

        return mapped;
    }
}
