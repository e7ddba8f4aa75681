using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace StatusBot.Slack.Tests.FakeSlack;

/// <summary>A request body as the fake read it: raw, and parsed as JSON or form fields.</summary>
internal sealed record FakeSlackRequest(string Body, JsonObject? Json, IReadOnlyDictionary<string, string>? Form)
{
    public static async Task<FakeSlackRequest> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                return new FakeSlackRequest(body, JsonNode.Parse(body) as JsonObject, null);
            }
            catch (JsonException)
            {
                return new FakeSlackRequest(body, null, null);
            }
        }

        var form = QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        return new FakeSlackRequest(body, null, form);
    }

    public string? Field(string name) =>
        Json?[name] is JsonValue v ? v.ToString() : Form?.GetValueOrDefault(name);
}
