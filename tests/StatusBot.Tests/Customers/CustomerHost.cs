using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Tests.Hosting;
using StatusBot.Tests.Slack;

namespace StatusBot.Tests.Customers;

/// <summary>
/// The whole host on Kestrel on a free loopback port (so a browser can open the customer's links), serving Slack
/// against a fake Slack Web API, with email warnings in its outbox. Its clock starts on the Monday after today: the
/// Data Protection protector checks a link's expiry against the real clock too, so the host's clock stays near it.
/// </summary>
internal sealed partial class CustomerHost : IAsyncDisposable
{
    public static readonly WorkspaceId Workspace = SlackHost.Workspace;
    public const string Owner = "U0OWNER";
    public const string Channel = "C0PROJ";

    private readonly StatusBotFactory _factory;
    private readonly WebApplicationFactory<Program> _host;

    private CustomerHost(FakeSlackServer slack, Dictionary<string, string?>? extra)
    {
        Slack = slack;
        var today = DateTime.UtcNow.Date;
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 6) % 7 + 1);
        Clock = new FakeTimeProvider(new DateTimeOffset(monday.AddHours(9), TimeSpan.Zero));
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-customers",
            ["Slack:SigningSecret"] = SlackHost.Secret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Scheduler:Enabled"] = "false",
            ["Admin:ApiKey"] = AdminKey,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        _factory = new StatusBotFactory(settings);
        _host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));
        var port = FreePort.Find();
        _host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _host.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        Wire = new SlackWire(Http, SlackHost.Secret, Clock);
    }

    public const string AdminKey = "customers-admin-key-0123";

    public FakeSlackServer Slack { get; }

    public FakeTimeProvider Clock { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public SlackWire Wire { get; }

    public static async Task<CustomerHost> StartAsync(Dictionary<string, string?>? settings = null) => new(await FakeSlackServer.StartAsync(), settings);

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>A commitment due in two weeks, for <paramref name="customer"/> at <paramref name="destination"/>, whose owner has just sent the warning.</summary>
    public async Task<Commitment> WarnedAsync(string destination = "ops@acme.example", string customer = "Acme", string title = "Export API")
    {
        var due = Today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await Get<CommitmentService>().CreateAsync(Workspace, new CommitmentInput(title, customer, due, "UTC", Owner, Channel, destination), Owner);
        var commitment = created.Value ?? throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Message)));
        await ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Slipping));
        await ClickAsync(SlipActions.SubmitDate, commitment.Id, (SlipActions.NewDateInput, Today.AddDays(35).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        await ClickAsync(SlipActions.SubmitParts, commitment.Id,
            ("facts", "The export will not be ready on the date we gave you."),
            ("context", "Load tests showed large accounts time out; the fix needs a schema change."),
            ("impact", "Your month-end report cannot use the export until then."),
            ("plan", "Two engineers are on it; smaller exports from the reports page work meanwhile."),
            ("ask", "Does the new date work for you? Answer with one click below."));
        var sent = await ClickAsync(SlipActions.Send, commitment.Id);
        var history = await Get<CommitmentService>().HistoryAsync(Workspace, commitment.Id);
        Assert.True(history.Any(e => e.Kind == CommitmentEventKind.WarningSent), string.Join(" / ", sent.Messages.Select(m => m.Text)));
        Clock.Advance(TimeSpan.FromMinutes(1)); // The customer reads it a minute later, past Slack's per-channel pace.
        return commitment;
    }

    private Task<ChatResponse> ClickAsync(string actionId, string value, params (string Id, string Value)[] inputs) =>
        Get<ChatActionHandler>().HandleClickAsync(new ChatClick(new ChatActor(Workspace, Owner), actionId, value)
        {
            Inputs = inputs.ToDictionary(i => i.Id, i => (string?)i.Value),
        });

    /// <summary>The answer links of the email warnings in the outbox, by label, from the newest email.</summary>
    public Dictionary<string, Uri> EmailLinks()
    {
        var newest = Directory.GetFiles(Path.Combine(_factory.Directory.FullName, "outbox"), "*.eml").OrderBy(File.GetLastWriteTimeUtc).Last();
        using var message = MimeKit.MimeMessage.Load(newest);
        return LinkLine().Matches(message.TextBody ?? string.Empty).ToDictionary(m => m.Groups[1].Value, m => new Uri(m.Groups[2].Value));
    }

    [GeneratedRegex(@"^(The new date works|We need it sooner|Let's talk): (\S+)$", RegexOptions.Multiline)]
    private static partial Regex LinkLine();

    /// <summary>The customer's answers recorded for a commitment, oldest first.</summary>
    public async Task<List<CommitmentEvent>> AnswersAsync(string commitmentId) =>
        [.. (await Get<CommitmentService>().HistoryAsync(Workspace, commitmentId)).Where(e => e.Kind == CommitmentEventKind.CustomerAnswered)];

    /// <summary>Messages the fake Slack received in <paramref name="channel"/> that mention <paramref name="text"/>.</summary>
    public List<FakeSlackCall> Posted(string channel, string text) =>
        [.. Slack.Delivered("chat.postMessage").Where(c => c.Field("channel") == channel && (c.Field("text") ?? "").Contains(text, StringComparison.Ordinal))];

    /// <summary>Posts the answer form the way a browser does.</summary>
    public Task<HttpResponseMessage> PostAnswerAsync(Uri link, string answer, string note = "") =>
        Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = answer, ["note"] = note }));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
        _factory.Dispose();
        await Slack.DisposeAsync();
    }
}
