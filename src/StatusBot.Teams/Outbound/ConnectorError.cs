using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StatusBot.Teams.Outbound;

/// <summary>How a Bot Connector failure reads: <c>http_429 (Code)</c>, with the error code of the body when it has one.</summary>
internal static class ConnectorError
{
    public static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return "http_" + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + Code(body);
    }

    /// <summary>The error code, as <c> (Code)</c>, when the body carries one.</summary>
    private static string Code(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["error"]?["code"]?.GetValue<string>() is { Length: > 0 } code ? " (" + code + ")" : "";
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return "";
        }
    }
}
