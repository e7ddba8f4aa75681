using StatusBot.Core.Chat;
using StatusBot.Core.Digests;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    private async Task<ChatResponse> DigestCommandAsync(ChatCommand command, string arguments, CancellationToken cancellationToken)
    {
        var workspace = command.Actor.Workspace;
        var channel = command.Where.Kind == ChatAddressKind.Channel ? command.Where.Id : await OnlyChannelAsync(command.Actor, cancellationToken);
        if (channel is null)
        {
            return ChatResponse.Say("A digest belongs to a project channel: type digest in the channel whose commitments it should show.");
        }

        if (arguments.Length == 0)
        {
            try
            {
                await _digests.PostAsync(workspace, channel, _chat, "request-" + command.RequestId, "digest", cancellationToken: cancellationToken);
            }
            catch (ChatDeliveryException ex)
            {
                return ChatResponse.Say($"I could not post the digest just now ({ex.Message}). Please try again in a minute.");
            }

            return ChatResponse.Say(command.Where.Kind == ChatAddressKind.Channel ? "Posted this channel's digest." : $"Posted the digest of {channel}, the project channel of your commitments.");
        }

        if (arguments.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            await _digestScheduler.RemoveAsync(workspace, channel, cancellationToken);
            return ChatResponse.Say("Scheduled digests are off for this channel. Type digest to see one any time.");
        }

        var schedule = DigestSchedule.Parse(workspace, channel, arguments, await DigestZoneAsync(command.Actor, channel, cancellationToken));
        if (!schedule.IsValid)
        {
            return ChatResponse.Say(schedule.Errors[0].Message + " Or digest off to stop scheduled digests.");
        }

        var next = await _digestScheduler.SetAsync(schedule.Value!, cancellationToken);
        var local = TimeZoneInfo.ConvertTime(next, Commitments.TimeZones.Get(schedule.Value!.TimeZone));
        return ChatResponse.Say($"This channel gets its digest {schedule.Value}. The next one comes {local.ToString("dddd d MMMM 'at' HH:mm", System.Globalization.CultureInfo.InvariantCulture)}."
            + $" For another time zone, name it: digest {schedule.Value.When} America/New_York.");
    }

    /// <summary>
    /// The zone a digest schedule typed without one is read in: the person's (as the platform or the directory knows it),
    /// else the zone most of the channel's commitments are due in, else UTC.
    /// </summary>
    private async Task<string> DigestZoneAsync(ChatActor actor, string channel, CancellationToken cancellationToken)
    {
        if (actor.TimeZone is { Length: > 0 } platform)
        {
            return platform;
        }

        if (_people is not null && (await _people.GetAsync(actor.Workspace, actor.UserId, cancellationToken))?.TimeZone is { Length: > 0 } known)
        {
            return known;
        }

        var zones = (await _commitments.ListByChannelAsync(actor.Workspace, channel, cancellationToken)).GroupBy(c => c.TimeZone, StringComparer.Ordinal);
        return zones.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key ?? "UTC";
    }

    /// <summary>Asked in a direct message: the project channel of the actor's open commitments, when they all share one.</summary>
    private async Task<string?> OnlyChannelAsync(ChatActor actor, CancellationToken cancellationToken)
    {
        var channels = (await MineAsync(actor, string.Empty, cancellationToken)).Select(c => c.Channel).Distinct(StringComparer.Ordinal).ToList();
        return channels.Count == 1 ? channels[0] : null;
    }
}
