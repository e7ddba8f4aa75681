using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StatusBot.Load;

/// <summary>What one target did in one round: requests answered 200, the others, and each answered request's latency.</summary>
internal sealed record Sample(int Ok, int Errors, double Seconds, double[] LatenciesMs)
{
    public double Throughput => Ok / Seconds;

    public double Percentile(double p) => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)(p * LatenciesMs.Length))];
}

/// <summary>Sends signed <c>/slip</c> slash commands, as Slack does, from a fixed number of concurrent callers for a fixed time.</summary>
internal static class SlipLoad
{
    /// <summary>One request, to see that the host answers with the user's own commitments to choose from (not an error).</summary>
    public static async Task<string> ProbeAsync(HttpClient http, Uri server, string team, string secret, Uri responseUrl)
    {
        using var response = await http.SendAsync(Signed(new Uri(server, "slack/commands"), Body(team, responseUrl), Encoding.UTF8.GetBytes(secret)));
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    public static async Task<Sample> RunAsync(HttpClient http, Uri server, string team, string secret, Uri responseUrl, TimeSpan duration, int concurrency, int max)
    {
        var target = new Uri(server, "slack/commands");
        var body = Body(team, responseUrl);
        var key = Encoding.UTF8.GetBytes(secret);
        var started = Stopwatch.StartNew();
        var sent = 0;
        var errors = 0;
        var latencies = new List<double>[concurrency];
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (started.Elapsed < duration && Interlocked.Increment(ref sent) <= max)
            {
                using var request = Signed(target, body, key);
                var at = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.IsSuccessStatusCode)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Sample(all.Length, errors, started.Elapsed.TotalSeconds, all);
    }

    private static string Body(string team, Uri responseUrl) =>
        $"token=load&team_id={team}&team_domain=load&channel_id=C0001&channel_name=load&user_id={LoadRun.User}&user_name=load" +
        $"&command=%2Fslip&text=&api_app_id=A0001&response_url={Uri.EscapeDataString(responseUrl.ToString())}&trigger_id=1.2.3";

    /// <summary>The request as Slack signs it: <c>v0=</c> HMAC-SHA256 over <c>v0:{timestamp}:{body}</c> with the signing secret.</summary>
    private static HttpRequestMessage Signed(Uri target, string body, byte[] key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))));
        return request;
    }
}
