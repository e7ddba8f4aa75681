using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace StatusBot.Slack.Outbound;

public sealed partial class SlackApiClient
{
    /// <summary>conversations.info: whether the channel is archived and whether the bot is in it (form-encoded, as Slack's read methods are).</summary>
    public async Task<SlackChannelInfo> ConversationsInfoAsync(string teamId, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var answer = await CallAsync(teamId, "conversations.info", new FormUrlEncodedContent([new("channel", channel)]), SlackWireJsonContext.Default.ConversationsInfoResponse, null, cancellationToken);
        var info = answer.Channel ?? throw Missing("conversations.info", "channel");
        // A direct message (or group DM) has the bot in it by being one: Slack leaves is_member out there.
        return new SlackChannelInfo(info.Id, info.Name, info.IsArchived == true, info.IsMember == true || info.IsIm == true || info.IsMpim == true);
    }

    /// <summary>views.publish: sets <paramref name="userId"/>'s App Home tab.</summary>
    public async Task PublishHomeAsync(string teamId, string userId, JsonObject view, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(view);
        var body = Json(new ViewsPublishRequest(userId, view), SlackWireJsonContext.Default.ViewsPublishRequest);
        await CallAsync(teamId, "views.publish", body, SlackWireJsonContext.Default.SlackResponse, null, cancellationToken);
    }

    /// <summary>
    /// Answers through a command's or a click's <c>response_url</c>, visible to the user only. The URL comes
    /// from a verified Slack request and needs no token; it takes up to five answers within 30 minutes.
    /// </summary>
    /// <exception cref="SlackApiException">Slack did not take the answer.</exception>
    public async Task RespondAsync(Uri responseUrl, string text, JsonArray? blocks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(text);
        var request = new ResponseUrlRequest("ephemeral", text, blocks, ReplaceOriginal: false);
        try
        {
            using var response = await _http.PostAsJsonAsync(responseUrl, request, SlackWireJsonContext.Default.ResponseUrlRequest, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
            }
        }
        catch (HttpRequestException ex)
        {
            throw new SlackApiException("response_url", "network_error", null, ex);
        }
    }
}
