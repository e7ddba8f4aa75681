using StatusBot.Core.Digests;

namespace StatusBot.Core.Conversations;

public sealed partial class ChatActionHandler
{
    private async Task<ChatResponse> DigestCommandAsync(ChatCommand command, string arguments, CancellationToken cancellationToken)
    {
        if (command.Where.Kind != ChatAddressKind.Channel)
        {
            return ChatResponse.Say("A digest belongs to a project channel: type digest in the channel whose commitments it should show.");
        }

        var (workspace, channel) = (command.Actor.Workspace, command.Where.Id);
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

            return ChatResponse.Say("Posted this channel's digest.");
        }

        if (arguments.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            await _digestScheduler.RemoveAsync(workspace, channel, cancellationToken);
            return ChatResponse.Say("Scheduled digests are off for this channel. Type digest to see one any time.");
        }

        var schedule = DigestSchedule.Parse(workspace, channel, arguments, command.Actor.TimeZone ?? "UTC");
        if (!schedule.IsValid)
        {
            return ChatResponse.Say(schedule.Errors[0].Message + " Or digest off to stop scheduled digests.");
        }

        var next = await _digestScheduler.SetAsync(schedule.Value!, cancellationToken);
        var local = TimeZoneInfo.ConvertTime(next, Commitments.TimeZones.Get(schedule.Value!.TimeZone));
        return ChatResponse.Say($"This channel gets its digest {schedule.Value}. The next one comes {local.ToString("dddd d MMMM 'at' HH:mm", System.Globalization.CultureInfo.InvariantCulture)}.");
    }
}
