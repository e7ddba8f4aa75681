using System.Text.Json.Nodes;

namespace StatusBot.Slack.Tests.FakeSlack;

/// <summary>One request the fake Slack Web API received, and how it answered.</summary>
/// <param name="Method">The Web API method (<c>chat.postMessage</c>), from the path.</param>
/// <param name="Authorization">The Authorization header as sent, or null.</param>
/// <param name="ContentType">The request's content type.</param>
/// <param name="Body">The raw body.</param>
/// <param name="Json">The body parsed as JSON, when it was JSON.</param>
/// <param name="Form">The body's fields, when it was form-encoded.</param>
/// <param name="Status">The HTTP status answered.</param>
/// <param name="Ok">True when the answer was <c>ok:true</c>: the call took effect.</param>
public sealed record FakeSlackCall(
    string Method,
    string? Authorization,
    string? ContentType,
    string Body,
    JsonObject? Json,
    IReadOnlyDictionary<string, string>? Form,
    int Status,
    bool Ok)
{
    /// <summary>A field of the request, from the JSON body or the form.</summary>
    public string? Field(string name) => Json?[name] is JsonValue v ? v.ToString() : Form?.GetValueOrDefault(name);
}
