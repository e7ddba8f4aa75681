using StatusBot.Http.Outbound;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// The Bot Connector's transient answers: 429, 412, 502, 503 and 504 (Teams' guidance: back off and try again). A 413,
/// other 4xx and a 500 are kept: the same request would fail again, or may have been taken.
/// </summary>
internal sealed class ConnectorTransientClassifier : ITransientClassifier
{
    public async ValueTask<string?> TransientErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        return (int)response.StatusCode is 429 or 412 or 502 or 503 or 504
            ? await ConnectorError.DescribeAsync(response, cancellationToken)
            : null;
    }
}
