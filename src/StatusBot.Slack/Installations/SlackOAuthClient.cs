using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Installations;

/// <summary>
/// <c>oauth.v2.access</c> with the app's client id and secret (HTTP Basic): turns an install's <c>code</c> into an
/// installation, and with token rotation a refresh token into a new bot token. One attempt each: a code is good once,
/// and a failed refresh is tried again on the next call.
/// </summary>
public sealed class SlackOAuthClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time)
{
    private const string Method = "oauth.v2.access";

    /// <summary>Exchanges an install's <paramref name="code"/>; <paramref name="redirectUri"/> must be the one the install was sent with.</summary>
    /// <exception cref="SlackApiException">Slack refused the code, or could not be reached.</exception>
    public async Task<SlackInstallation> ExchangeCodeAsync(string code, Uri redirectUri, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(redirectUri);
        var answer = await AccessAsync([new("code", code), new("redirect_uri", redirectUri.ToString())], cancellationToken);
        var team = answer.Team?.Id ?? throw new SlackApiException(Method, answer.IsEnterpriseInstall == true ? "org_install_not_supported" : "missing_team_id");
        if (!string.Equals(answer.TokenType, "bot", StringComparison.Ordinal))
        {
            throw new SlackApiException(Method, "missing_bot_token");
        }

        var now = time.GetUtcNow();
        return new SlackInstallation(
            team, answer.Team.Name, answer.Enterprise?.Id, answer.AppId ?? "", answer.BotUserId ?? "", Token(answer), answer.Scope ?? "",
            answer.RefreshToken, ExpiresAt(answer, now), answer.AuthedUser?.Id, now);
    }

    /// <summary>Trades <paramref name="installation"/>'s refresh token for a new bot token; returns the installation with both renewed.</summary>
    /// <exception cref="SlackApiException">Slack refused the refresh token, or could not be reached.</exception>
    public async Task<SlackInstallation> RefreshAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var refresh = installation.RefreshToken ?? throw new ArgumentException("The installation has no refresh token: token rotation is off.", nameof(installation));
        var answer = await AccessAsync([new("grant_type", "refresh_token"), new("refresh_token", refresh)], cancellationToken);
        return installation with
        {
            BotToken = Token(answer),
            RefreshToken = answer.RefreshToken ?? refresh,
            ExpiresAt = ExpiresAt(answer, time.GetUtcNow()),
        };
    }

    private async Task<OAuthAccessResponse> AccessAsync(KeyValuePair<string, string>[] fields, CancellationToken cancellationToken)
    {
        var slack = options.Value;
        if (string.IsNullOrWhiteSpace(slack.ClientId) || string.IsNullOrWhiteSpace(slack.ClientSecret))
        {
            throw new SlackApiException(Method, "oauth_not_configured");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Method) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(slack.ClientId + ":" + slack.ClientSecret)));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(Method, $"http_{(int)response.StatusCode}");
            }

            var answer = await response.Content.ReadFromJsonAsync(SlackWireJsonContext.Default.OAuthAccessResponse, cancellationToken)
                ?? throw new SlackApiException(Method, "empty_response");
            return answer.Ok ? answer : throw new SlackApiException(Method, answer.Error ?? "unknown_error");
        }
        catch (HttpRequestException ex)
        {
            throw new SlackApiException(Method, "network_error", null, ex);
        }
        catch (JsonException ex)
        {
            throw new SlackApiException(Method, "invalid_response", null, ex);
        }
    }

    private static string Token(OAuthAccessResponse answer) =>
        string.IsNullOrWhiteSpace(answer.AccessToken) ? throw new SlackApiException(Method, "missing_access_token") : answer.AccessToken;

    private static DateTimeOffset? ExpiresAt(OAuthAccessResponse answer, DateTimeOffset now) =>
        answer.ExpiresIn is int seconds && answer.RefreshToken is not null ? now.AddSeconds(seconds) : null;
}
