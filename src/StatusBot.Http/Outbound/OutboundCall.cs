using Microsoft.Extensions.Logging;

namespace StatusBot.Http.Outbound;

/// <summary>
/// What one outbound call tells the transport, on its request's <see cref="HttpRequestMessage.Options"/>: which
/// service and operation it is (for logs and errors), whose logger to write to, and the pace key, if the call is paced.
/// A request without one passes through the transport's timeouts but is never retried.
/// </summary>
/// <param name="Service">The remote service, as logs name it: <c>Slack</c>, <c>Bot Connector</c>.</param>
/// <param name="Operation">The call: <c>chat.postMessage</c>, <c>send</c>.</param>
/// <param name="Logger">The calling client's logger.</param>
public sealed record OutboundCall(string Service, string Operation, ILogger Logger)
{
    /// <summary>Where the call sits on its request.</summary>
    public static readonly HttpRequestOptionsKey<OutboundCall> Key = new("StatusBot.Http.OutboundCall");

    /// <summary>The key the pacer spaces calls by (a channel, a conversation); null for a call that is not paced.</summary>
    public string? PaceKey { get; init; }

    /// <summary>Logs that the service refused the call for good (an answer that retrying will not change).</summary>
    public void Refused(string error) => Log.Refused(Logger, Service, Operation, error);

    /// <summary>The call on <paramref name="request"/>, if it has one.</summary>
    internal static OutboundCall? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var call) ? call : null;
}
