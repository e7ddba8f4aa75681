using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Scheduling;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Telemetry;

/// <summary>Through the whole host and a fake Slack: StatusBot's own metrics and spans, and what leaves the process over OTLP.</summary>
public sealed class TelemetryTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T0123");
    private const string UserText = "Zebra-4411 launch";

    private static (StatusBotFactory Factory, IServiceProvider Services, FakeTimeProvider Clock) Start(FakeSlackServer slack, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-telemetry",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Scheduler:Enabled"] = "false",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        var factory = new StatusBotFactory(settings);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)); // Monday
        var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        return (factory, host.Services, clock);
    }

    private static async Task<Commitment> CreateAsync(IServiceProvider services, string owner) =>
        (await services.GetRequiredService<CommitmentService>().CreateAsync(Workspace,
            new CommitmentInput(UserText, "Acme", "2026-11-27", "Europe/Berlin", owner, "C0PROJ", "C0ACME"), owner)).Value!;

    /// <summary>One scheduler tick at <paramref name="at"/>, as the host's timer would run it.</summary>
    private static async Task TickAtAsync(IServiceProvider services, FakeTimeProvider clock, DateTimeOffset at)
    {
        clock.Advance(at - clock.GetUtcNow());
        await services.GetServices<IHostedService>().OfType<SchedulerService>().Single().TickAsync(200, 1, CancellationToken.None);
    }

    [Fact]
    public async Task Each_check_in_answer_and_refused_delivery_is_counted_once_with_its_kind_and_the_scheduler_lag()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var (factory, services, clock) = Start(slack);
        using var _ = factory;
        using var log = new MeasurementLog(services.GetRequiredService<IMeterFactory>());
        var reached = await CreateAsync(services, "U0OWNER");
        await CreateAsync(services, "U0GONE");
        slack.FailNext(1, new FakeSlackFault(200, Error: "user_not_found"), "conversations.open");

        // Tuesday 10:00 in Berlin is the first check-in of both; the tick runs a minute late, and then once more.
        await TickAtAsync(services, clock, new DateTimeOffset(2026, 11, 24, 9, 1, 0, TimeSpan.Zero));
        await TickAtAsync(services, clock, new DateTimeOffset(2026, 11, 24, 9, 2, 0, TimeSpan.Zero));
        await services.GetRequiredService<CommitmentService>().AnswerAsync(Workspace, reached.Id, Health.Slipping, "U0OWNER");

        var sent = Assert.Single(log.Of("statusbot.checkins.sent"));
        Assert.Equal((1, "slack"), (sent.Value, sent.Tags["statusbot.platform"]));
        var answered = Assert.Single(log.Of("statusbot.checkins.answered"));
        Assert.Equal("Slipping", answered.Tags["statusbot.health"]);
        var failed = Assert.Single(log.Of("statusbot.deliveries.failed"), m => Equals(m.Tags["statusbot.delivery.reason"], "user_not_found"));
        Assert.Equal("recipient", failed.Tags["statusbot.delivery.kind"]);
        Assert.Contains(log.Of("statusbot.scheduler.lag"), m => m.Value == 60);
        Assert.Empty(log.Of("statusbot.warnings.sent"));
    }

    [Fact]
    public async Task Spans_and_metrics_reach_an_otlp_receiver_with_no_user_text_or_token_in_them()
    {
        await using var receiver = await TelemetryReceiver.StartAsync();
        await using var slack = await FakeSlackServer.StartAsync();
        var (factory, services, clock) = Start(slack, new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "statusbot-under-test",
        });
        await CreateAsync(services, "U0OWNER");
        await TickAtAsync(services, clock, new DateTimeOffset(2026, 11, 24, 9, 1, 0, TimeSpan.Zero));
        using (var client = factory.CreateClient())
        {
            await client.GetAsync(new Uri("/no-such-page/" + Uri.EscapeDataString(UserText) + "?token=xoxb-telemetry", UriKind.Relative));
        }

        Flush(services);
        factory.Dispose();

        var traces = receiver.Received("/v1/traces");
        var metrics = receiver.Received("/v1/metrics");
        var texts = ProtoField.Texts(traces).Concat(ProtoField.Texts(metrics)).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("Zebra", StringComparison.Ordinal) || t.Contains("xoxb", StringComparison.Ordinal));
        Assert.Contains("statusbot-under-test", texts);
        Assert.Contains("scheduler tick", texts);
        Assert.Contains("due work", texts);
        Assert.Contains("chat send", texts);
        Assert.Contains("POST", texts); // the outbound call to Slack, by the HttpClient instrumentation
        Assert.Contains("statusbot.scheduler.lag", texts);
        var checkIns = ProtoField.MessagesNamed(metrics, 1, "statusbot.checkins.sent").ToList();
        Assert.NotEmpty(checkIns);
        // The SDK listens to every meter named StatusBot in the process, so other tests' hosts may add to the sum here;
        // exact counts per host are checked through IMeterFactory above.
        Assert.All(checkIns, metric => Assert.True(SumOf(metric) >= 1));
    }

    /// <summary>Exports what the host's providers hold now, rather than trusting the flush at shutdown to finish in time.</summary>
    private static void Flush(IServiceProvider services)
    {
        Assert.True(services.GetRequiredService<TracerProvider>().ForceFlush(15_000), "spans were not exported within 15 s");
        Assert.True(services.GetRequiredService<MeterProvider>().ForceFlush(15_000), "metrics were not exported within 15 s");
    }

    /// <summary>
    /// The integer values of an OTLP <c>Metric</c> that is a sum (field 7, data point field 1, as_int field 6), added over
    /// its data points: another test's host running at the same time may add a point with other tags (its platform).
    /// </summary>
    private static ulong SumOf(IReadOnlyList<ProtoField> metric)
    {
        var sum = Assert.Single(metric, f => f.Number == 7);
        var points = sum.Children.Where(f => f.Number == 1).ToList();
        Assert.NotEmpty(points);
        return points.Aggregate(0UL, (total, point) => total + Assert.Single(point.Children, f => f.Number == 6).Value);
    }

    [Fact]
    public async Task With_an_application_insights_connection_string_the_metrics_go_to_azure_monitor()
    {
        await using var receiver = await TelemetryReceiver.StartAsync();
        await using var slack = await FakeSlackServer.StartAsync();
        var (factory, services, clock) = Start(slack, new()
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] =
                $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={receiver.Endpoint};LiveEndpoint={receiver.Endpoint}",
        });
        await CreateAsync(services, "U0OWNER");
        await TickAtAsync(services, clock, new DateTimeOffset(2026, 11, 24, 9, 1, 0, TimeSpan.Zero));
        Flush(services);
        factory.Dispose();

        var sent = string.Concat(receiver.Bodies("/v2.1/track").Select(Unzipped));
        // Spans are sampled there (the distribution's default rate limit), metrics are not.
        Assert.Contains("\"statusbot.checkins.sent\"", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("Zebra", sent, StringComparison.Ordinal);
    }

    private static string Unzipped(byte[] body)
    {
        if (body is not [0x1f, 0x8b, ..])
        {
            return System.Text.Encoding.UTF8.GetString(body);
        }

        using var zip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(zip);
        return reader.ReadToEnd();
    }
}
