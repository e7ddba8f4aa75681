namespace StatusBot.Slack.Rendering;

/// <summary>
/// Maps Core's action ids to Slack action_ids and back. Slack wants action_ids unique within a block, but Core
/// gives several buttons the same action id (the answers to a check-in), so a repeated id gets a
/// <c>#&lt;index&gt;</c> suffix that <see cref="ToCore"/> removes.
/// </summary>
public static class SlackActionId
{
    private const char Separator = '#';

    /// <summary>The Slack action_id for the button at <paramref name="index"/>.</summary>
    internal static string ToSlack(string coreActionId, int index, bool repeated) =>
        repeated ? coreActionId + Separator + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : coreActionId;

    /// <summary>The Core action id that a Slack action_id, as it comes back in a block_actions payload, stands for.</summary>
    public static string ToCore(string slackActionId)
    {
        ArgumentNullException.ThrowIfNull(slackActionId);
        var cut = slackActionId.LastIndexOf(Separator);
        return cut > 0 && int.TryParse(slackActionId.AsSpan(cut + 1), out _) ? slackActionId[..cut] : slackActionId;
    }
}
