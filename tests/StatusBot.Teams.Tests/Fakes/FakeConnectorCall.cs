using System.Text.Json.Nodes;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>One request the fake Bot Connector received, and how it answered.</summary>
/// <param name="Method">GET, POST, PUT.</param>
/// <param name="Path">The decoded path, such as <c>/emea/v3/conversations/a:1/activities</c>.</param>
/// <param name="Authorization">The Authorization header as sent, or null.</param>
/// <param name="Json">The body parsed as JSON, when it was.</param>
/// <param name="Status">The HTTP status answered.</param>
public sealed record FakeConnectorCall(string Method, string Path, string? Authorization, JsonObject? Json, int Status)
{
    /// <summary>True when the call took effect.</summary>
    public bool Ok => Status is >= 200 and < 300;
}

/// <summary>A failure the fake answers with instead of doing the call.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="RetryAfterSeconds">The Retry-After header, or null for none.</param>
public sealed record FakeConnectorFault(int Status, int? RetryAfterSeconds = null)
{
    /// <summary>A Retry-After header as an HTTP date instead of seconds.</summary>
    public DateTimeOffset? RetryAfterDate { get; init; }
}
