using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.Slips;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Admin;

/// <summary>The whole host with the admin API on, a fake clock, and a client that sends the key.</summary>
internal sealed class AdminHost : IDisposable
{
    public const string Key = "test-admin-key-0123456789";
    public static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T0123ABC");
    public const string Base = "/api/workspaces/slack-T0123ABC/commitments";

    // Monday 23 November 2026, 09:00 UTC.
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly StatusBotFactory _factory;
    private readonly WebApplicationFactory<Program> _host;

    public AdminHost(string? key = Key, IChatPort? chat = null, ISentenceClassifier? classifier = null)
    {
        _factory = new StatusBotFactory(key is null ? null : new Dictionary<string, string?> { ["Admin:ApiKey"] = key });
        _host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            if (chat is not null)
            {
                s.AddSingleton(chat);
            }

            if (classifier is not null)
            {
                s.AddSingleton(classifier);
            }
        }));
        Client = _host.CreateClient();
        Client.DefaultRequestHeaders.Add("X-Api-Key", Key);
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public IServiceProvider Services => _host.Services;

    public HttpClient Client { get; }

    public HttpClient CreateClientWithoutKey() => _host.CreateClient();

    public static JsonObject ValidCommitment(string title = "Data export API") => new()
    {
        ["title"] = title,
        ["customer"] = "Acme",
        ["dueDate"] = "2026-12-18",
        ["timeZone"] = "Europe/Berlin",
        ["owner"] = "U0123",
        ["channel"] = "C0456",
        ["customerDestination"] = "ops@acme.example",
        ["noticeDays"] = 5,
    };

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Csv(string csv) => new(csv, new UTF8Encoding(false), "text/csv");

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public async Task<JsonObject> CreateAsync(JsonObject? body = null, string path = Base)
    {
        using var content = Json((body ?? ValidCommitment()).ToJsonString());
        var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    public async Task<HttpResponseMessage> PatchAsync(string id, string json)
    {
        using var content = Json(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        return await Client.PatchAsync(new Uri($"{Base}/{id}", UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    public static void AssertProblem(HttpResponseMessage response, System.Net.HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static string[] ErrorFields(JsonObject problem) =>
        [.. problem["errors"]!.AsObject().Select(p => p.Key)];

    public static string Text(JsonNode? node) => node!.GetValue<string>();

    public void Dispose()
    {
        Client.Dispose();
        _host.Dispose();
        _factory.Dispose();
    }
}
