using System.Net;

namespace StatusBot.Tests.Dashboard;

/// <summary>Follows redirects by hand, as a browser does, keeping cookies and every Set-Cookie header seen on the way.</summary>
internal sealed class SignInWalk(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    public List<string> SetCookies { get; } = [];

    /// <summary>A browser signed in with Slack as <paramref name="userId"/> of <paramref name="teamId"/>, through the fake provider.</summary>
    public static async Task<SignInWalk> SlackAsync(DashboardHost host, FakeOpenIdProvider provider, string teamId, string userId = "U0123")
    {
        provider.NextUser = FakeOpenIdProvider.SlackUser(teamId, userId, "Ada");
        var walk = new SignInWalk(host.BaseAddress);
        await walk.GetAsync("/app/signin/slack");
        return walk;
    }

    public HttpClient Client => _client;

    /// <summary>GETs <paramref name="path"/> and follows up to 10 redirects; returns the last response and where it came from.</summary>
    public async Task<(HttpResponseMessage Response, Uri At)> GetAsync(string path)
    {
        var at = new Uri(_client.BaseAddress!, path);
        for (var hop = 0; hop < 10; hop++)
        {
            var response = await _client.GetAsync(at);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                SetCookies.AddRange(cookies);
            }

            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther) || response.Headers.Location is null)
            {
                return (response, at);
            }

            at = new Uri(at, response.Headers.Location);
        }

        throw new InvalidOperationException($"More than 10 redirects from {path}.");
    }

    public void Dispose() => _client.Dispose();
}
