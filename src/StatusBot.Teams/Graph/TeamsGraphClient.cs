using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Http.Outbound;
using StatusBot.Teams.Outbound;

namespace StatusBot.Teams.Graph;

/// <summary>
/// Reads people from Microsoft Graph (<c>Teams:Graph:BaseUrl</c>) with the bot's own client-credentials token for
/// <see cref="Scope"/> (from <see cref="TeamsTokenClient"/>): a user, their manager, their mailbox's time zone. A 404 is
/// an answer (no such user, no manager); any other refusal, and a call the shared outbound transport gave up on (429 after
/// <c>Retry-After</c>, 5xx, network errors, timeouts), is a <see cref="TeamsGraphException"/>.
/// </summary>
/// <remarks>
/// Plain HTTP rather than the <c>Microsoft.Graph</c> package (6.10.0 was tried): its requests leave through Kiota's adapter,
/// which carries no per-call identity for the shared transport (so nothing would be retried, and a give-up would not be told
/// apart) and needs eight transitive pins on this feed, for a 48 MB assembly when three GETs are read.
/// </remarks>
public sealed class TeamsGraphClient(HttpClient http, TeamsTokenClient tokens, IOptions<TeamsGraphOptions> options, ILogger<TeamsGraphClient> logger)
{
    /// <summary>The scope of Graph tokens for the app's own (application) permissions.</summary>
    public const string Scope = "https://graph.microsoft.com/.default";

    private const string Service = "Microsoft Graph";

    /// <summary>GET /users/{id}: the user, or null when Graph knows no such user.</summary>
    public Task<GraphUser?> UserAsync(string aadObjectId, CancellationToken cancellationToken = default) =>
        GetAsync("user", Path(aadObjectId, "?$select=id,displayName,mail,userPrincipalName,accountEnabled,jobTitle"), GraphWireJsonContext.Default.GraphUser, cancellationToken);

    /// <summary>GET /users/{id}/manager: their manager, or null when they have none (Graph answers 404).</summary>
    public Task<GraphUser?> ManagerAsync(string aadObjectId, CancellationToken cancellationToken = default) =>
        GetAsync("manager", Path(aadObjectId, "/manager?$select=id,displayName,mail,userPrincipalName"), GraphWireJsonContext.Default.GraphUser, cancellationToken);

    /// <summary>GET /users/{id}/mailboxSettings/timeZone: the zone their mailbox is set to (often a Windows id), or null when none.</summary>
    public async Task<string?> MailboxTimeZoneAsync(string aadObjectId, CancellationToken cancellationToken = default) =>
        (await GetAsync("mailbox time zone", Path(aadObjectId, "/mailboxSettings/timeZone"), GraphWireJsonContext.Default.GraphValue, cancellationToken))?.Value;

    private static string Path(string aadObjectId, string rest)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return "users/" + Uri.EscapeDataString(aadObjectId) + rest;
    }

    private async Task<T?> GetAsync<T>(string operation, string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var baseUrl = options.Value.BaseUrl.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(operation, cancellationToken));
        var call = new OutboundCall(Service, operation, logger);
        using var response = await http.SendOutboundAsync(request, call, gaveUp => new TeamsGraphException(operation, 0, gaveUp.Error, gaveUp), cancellationToken);
        if ((int)response.StatusCode == 404)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            var error = await ConnectorError.DescribeAsync(response, cancellationToken);
            call.Refused(error);
            throw new TeamsGraphException(operation, (int)response.StatusCode, error);
        }

        try
        {
            return JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(cancellationToken), type);
        }
        catch (JsonException ex)
        {
            throw new TeamsGraphException(operation, (int)response.StatusCode, "invalid_response", ex);
        }
    }

    private async Task<string> TokenAsync(string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await tokens.GetTokenForScopeAsync(Scope, cancellationToken) ?? throw new TeamsGraphException(operation, 0, "no_app_credentials");
        }
        catch (BotConnectorException ex)
        {
            throw new TeamsGraphException(operation, 0, "token: " + ex.Error, ex);
        }
    }
}
