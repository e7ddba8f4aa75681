using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>
/// The Microsoft identity platform's client-credentials token endpoint as the fakes serve it at <see cref="Path"/>:
/// records each request's form, issues numbered tokens (<c>&lt;prefix&gt;1</c>, ...), refuses a wrong secret on demand.
/// </summary>
internal sealed class FakeTokenEndpoint(string tokenPrefix)
{
    public const string Path = "/tenant/oauth2/v2.0/token";

    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _requests = new();

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Requests => [.. _requests];

    /// <summary>The lifetime of issued tokens, in seconds.</summary>
    public int LifetimeSeconds { get; set; } = 3600;

    /// <summary>When set, requests with another client_secret get 401 invalid_client.</summary>
    public string? ExpectedSecret { get; set; }

    public async Task AnswerAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        _requests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
        if (ExpectedSecret is not null && form["client_secret"] != ExpectedSecret)
        {
            await WriteJsonAsync(context, 401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." });
            return;
        }

        var number = _requests.Count.ToString(CultureInfo.InvariantCulture);
        await WriteJsonAsync(context, 200, new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = LifetimeSeconds, ["access_token"] = tokenPrefix + number });
    }

    /// <summary>Answers with <paramref name="status"/> and <paramref name="answer"/> as JSON.</summary>
    public static Task WriteJsonAsync(HttpContext context, int status, JsonObject answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(answer.ToJsonString(new JsonSerializerOptions()));
    }
}
