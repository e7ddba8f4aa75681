namespace StatusBot.Http.Outbound;

/// <summary>
/// Reads each answer's body into memory inside the attempt, so the attempt timeout covers it, a connection cut
/// mid-body counts as a network error of that attempt, and the classifier and the client can both read it.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    /// <summary>Far above any Slack or Bot Connector answer; a larger one is a fault, not a message.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(MaxBytes, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
