using System.Diagnostics;
using StatusBot.Core.Chat;

namespace StatusBot.Telemetry;

/// <summary>
/// A span for each message sent, updated or looked for, and a count of the ones a platform did not take, by kind (transient,
/// recipient, workspace) and the platform's reason code. The code is the platform's own short word
/// (<c>not_in_channel</c>, <c>ConversationNotFound</c>), cut short and kept to letters, digits and underscores.
/// </summary>
internal sealed class MeteredChatPort(IChatPort inner, StatusBotMetrics metrics) : IChatPort
{
    public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default) =>
        MeterSendAsync(recipient, () => inner.SendAsync(recipient, message, idempotencyKey, cancellationToken));

    /// <summary>Passes the send without a look on as such: the default would send through <see cref="SendAsync"/>, which looks.</summary>
    public Task<SentMessage> SendNewAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default) =>
        MeterSendAsync(recipient, () => inner.SendNewAsync(recipient, message, idempotencyKey, cancellationToken));

    public async Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        using var span = Start("chat update", sent.To);
        try
        {
            await inner.UpdateAsync(sent, message, cancellationToken);
        }
        catch (ChatDeliveryException ex)
        {
            Failed(span, sent.To, ex);
            throw;
        }
    }

    /// <summary>
    /// Passes the look for a message already delivered on: without it the port's default (nothing found) would hide the
    /// sent-message log and the platform's history from everything behind this decorator, and a crash could repeat a message.
    /// </summary>
    public async Task<SentMessage?> FindDeliveredAsync(ChatAddress recipient, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        using var span = Start("chat find delivered", recipient);
        var found = await inner.FindDeliveredAsync(recipient, idempotencyKey, cancellationToken);
        span?.SetTag("statusbot.found", found is not null);
        return found;
    }

    private async Task<SentMessage> MeterSendAsync(ChatAddress recipient, Func<Task<SentMessage>> send)
    {
        using var span = Start("chat send", recipient);
        try
        {
            return await send();
        }
        catch (ChatDeliveryException ex)
        {
            Failed(span, recipient, ex);
            throw;
        }
    }

    private static Activity? Start(string name, ChatAddress to) =>
        StatusBotMetrics.Source.StartActivity(name, ActivityKind.Internal)?
            .SetTag("statusbot.platform", StatusBotMetrics.PlatformOf(to))
            .SetTag("statusbot.address.kind", to.Kind.ToString());

    private void Failed(Activity? span, ChatAddress to, ChatDeliveryException ex)
    {
        var kind = ex.Kind.ToString().ToLowerInvariant();
        var reason = Reason(ex.Code);
        span?.SetStatus(ActivityStatusCode.Error, kind).SetTag("statusbot.delivery.reason", reason);
        metrics.DeliveriesFailed.Add(1,
            new("statusbot.platform", StatusBotMetrics.PlatformOf(to)), new("statusbot.delivery.kind", kind), new("statusbot.delivery.reason", reason));
    }

    /// <summary>The platform's code as a tag: at most 40 of its letters, digits and underscores; "unknown" without one.</summary>
    internal static string Reason(string? code)
    {
        var kept = new string((code ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(40).ToArray());
        return kept.Length == 0 ? "unknown" : kept;
    }
}
