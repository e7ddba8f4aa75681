using System.Globalization;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Teams.Tests.Fakes;
using StatusBot.Tests.Hosting;
using StatusBot.Tests.Slack;
using StatusBot.Tests.Teams;
using Xunit.Abstractions;

namespace StatusBot.Tests.Fuzzing;

/// <summary>
/// Generated requests to every endpoint of the whole host (signed where the endpoint needs it): none may be answered
/// with a 5xx or a stack trace, and none may end in an exception the host did not handle. ./test.sh runs a short
/// round; <c>tools/fuzz.sh</c> runs 10,000 per endpoint (<c>STATUSBOT_FUZZ_COUNT</c>) with a seed to repeat a run.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("STATUSBOT_FUZZ_COUNT"), CultureInfo.InvariantCulture, out var n) ? n : 60;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("STATUSBOT_FUZZ_SEED"), CultureInfo.InvariantCulture, out var n) ? n : 20261207;

    [Fact]
    public async Task No_generated_request_gets_a_5xx_a_stack_trace_or_an_unhandled_exception()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var keys = await FakeOpenIdServer.StartAsync();
        var key = keys.AddKey("k1", "msteams");
        await using var connector = await FakeConnectorServer.StartAsync();
        await using var graph = await FakeGraphServer.StartAsync(); // people looked up there know none of the fuzzed users
        var errors = new ErrorLog();
        using var factory = new StatusBotFactory(new Dictionary<string, string?>
        {
            ["Admin:ApiKey"] = FuzzRequests.AdminKey,
            ["Slack:BotToken"] = "xoxb-fuzz",
            ["Slack:SigningSecret"] = SlackHost.Secret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:Outbound:PostMessageInterval"] = "00:00:00.001", // digests posted back to back to one channel
            ["Teams:AppId"] = TestTokens.AppId,
            ["Teams:AppPassword"] = "app-password",
            ["Teams:TenantId"] = TeamsWire.Tenant,
            ["Teams:OpenIdMetadataUrl"] = keys.MetadataUrl.ToString(),
            ["Teams:TokenEndpoint"] = connector.TokenEndpoint.ToString(),
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
            ["Teams:Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Scheduler:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(errors)));
        using var client = host.CreateClient();
        var requests = new FuzzRequests(new FuzzValues(Seed), SlackHost.Secret, key, connector.ServiceUrl, slack.ResponseUrl("fuzz"));
        var failures = new List<string>();

        foreach (var (name, next) in requests.Endpoints)
        {
            var statuses = new SortedDictionary<int, int>();
            var refusals = new HashSet<string>(StringComparer.Ordinal);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var slowest = (Took: TimeSpan.Zero, Request: "");
            for (var i = 0; i < Count; i++)
            {
                using var request = next();
                var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
                var started = clock.Elapsed;
                using var response = await client.SendAsync(request);
                var took = clock.Elapsed - started;
                if (took > slowest.Took)
                {
                    slowest = (took, $"{Excerpt(request.RequestUri?.ToString() ?? "", 120)} <- {Excerpt(body, 120)}");
                }
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var answer = await response.Content.ReadAsStringAsync();
                if (status is >= 400 and < 500 && refusals.Count < 3)
                {
                    refusals.Add(Excerpt(Detail(answer), 120));
                }

                if (status >= 500 || (answer.Contains("   at ", StringComparison.Ordinal) && answer.Contains("Exception", StringComparison.Ordinal)))
                {
                    failures.Add($"{name} #{i} ({request.RequestUri}) -> {status}: {Excerpt(answer)} <- {Excerpt(body)}");
                }
            }

            output.WriteLine($"{name}: {Count} requests, {clock.Elapsed.TotalSeconds:0.0} s, " + string.Join(", ", statuses.Select(s => $"{s.Value}x {s.Key}")));
            output.WriteLine($"    slowest {slowest.Took.TotalMilliseconds:0} ms: {slowest.Request}");
            foreach (var refusal in refusals)
            {
                output.WriteLine("    e.g. " + refusal);
            }
        }

        await Task.Delay(500); // work that goes on after Slack's acknowledgement
        var unhandled = errors.Entries.Select(e => $"{e.Category}: {e.Message} ({e.Exception.GetType().Name}: {Excerpt(e.Exception.Message)})").Distinct().ToList();
        output.WriteLine($"seed {Seed}: {failures.Count} 5xx or stack traces, {unhandled.Count} distinct errors logged with an exception");
        Assert.True(failures.Count == 0 && unhandled.Count == 0,
            $"seed {Seed}, {failures.Count} failures, first ones:\n{string.Join("\n", failures.Take(8))}\nerrors logged with an exception:\n{string.Join("\n", unhandled.Take(12))}");
    }

    private static string Detail(string problem)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(problem)?["detail"]?.GetValue<string>() ?? problem;
        }
        catch (System.Text.Json.JsonException)
        {
            return problem;
        }
    }

    private static string Excerpt(string text, int length = 160) => text.Length <= length ? text : text[..length] + "…";
}
