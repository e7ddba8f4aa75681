using System.Globalization;
using System.Net.Http.Headers;
using StatusBot.Http.Outbound;

namespace StatusBot.Slack.Outbound;

public sealed partial class SlackApiClient
{
    /// <summary>
    /// Shares a file in <paramref name="channel"/> the way Slack asks (scope <c>files:write</c>): files.getUploadURLExternal
    /// (form-encoded <c>filename</c>, <c>length</c>, <c>alt_txt</c>), the bytes POSTed to the <c>upload_url</c> it returns
    /// (which needs no token, so none is sent there), then files.completeUploadExternal with the file's id and title, paced
    /// like a post since it posts to the channel. Returns the file's id.
    /// </summary>
    /// <exception cref="SlackApiException">A step was refused or failed; the file is not shared.</exception>
    public async Task<string> ShareFileAsync(
        string teamId, string channel, SlackFileUpload file, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(file);
        var form = new List<KeyValuePair<string, string>>
        {
            new("filename", file.FileName),
            new("length", file.Content.Length.ToString(CultureInfo.InvariantCulture)),
        };
        if (file.AltText is { Length: > 0 } alt)
        {
            form.Add(new("alt_txt", alt));
        }

        var target = await CallAsync(teamId, "files.getUploadURLExternal", new FormUrlEncodedContent(form), SlackWireJsonContext.Default.UploadUrlResponse, null, cancellationToken);
        var fileId = target.FileId ?? throw Missing("files.getUploadURLExternal", "file_id");
        if (!Uri.TryCreate(target.UploadUrl, UriKind.Absolute, out var uploadUrl) || (uploadUrl.Scheme != Uri.UriSchemeHttps && uploadUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw Missing("files.getUploadURLExternal", "upload_url");
        }

        await UploadAsync(uploadUrl, file.Content, cancellationToken);
        var complete = Json(new CompleteUploadRequest([new SlackFileRef(fileId, file.Title)], channel, file.Comment), SlackWireJsonContext.Default.CompleteUploadRequest);
        await CallAsync(teamId, "files.completeUploadExternal", complete, SlackWireJsonContext.Default.SlackResponse, channel, cancellationToken);
        return fileId;
    }

    private async Task UploadAsync(Uri uploadUrl, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        const string Method = "file upload";
        using var body = new ReadOnlyMemoryContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = body };
        var call = new OutboundCall(Service, Method, _logger);
        using var response = await _http.SendOutboundAsync(request, call, gaveUp => new SlackApiException(Method, gaveUp.Error, gaveUp.RetryAfter, gaveUp), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = HttpError((int)response.StatusCode);
            call.Refused(error);
            throw new SlackApiException(Method, error);
        }
    }
}
