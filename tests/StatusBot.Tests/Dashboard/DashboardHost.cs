using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Dashboard;

/// <summary>
/// The whole host on Kestrel on a free loopback port, with "Sign in with Slack" pointed at a <see cref="FakeOpenIdProvider"/>
/// and the admin API on, so a test loads data through the API and reads it through the dashboard, in a browser or over HTTP.
/// </summary>
internal sealed class DashboardHost : IDisposable
{
    public const string AdminKey = "test-admin-key-0123456789";

    private readonly StatusBotFactory _factory;

    public DashboardHost(FakeOpenIdProvider? provider, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey };
        if (provider is not null)
        {
            all["Dashboard:Slack:ClientId"] = FakeOpenIdProvider.ClientId;
            all["Dashboard:Slack:ClientSecret"] = FakeOpenIdProvider.ClientSecret;
            all["Dashboard:Slack:Authority"] = provider.Authority.ToString();
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var port = FreePort.Find();
        _factory = new StatusBotFactory(all);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Admin = new HttpClient { BaseAddress = BaseAddress };
        Admin.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>A client of the admin API (with its key).</summary>
    public HttpClient Admin { get; }

    /// <summary>A browser-like client: keeps cookies, follows redirects (through the provider too).</summary>
    public HttpClient Browser(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = BaseAddress };

    /// <summary>Creates a commitment through the admin API and returns its id.</summary>
    public async Task<string> CreateAsync(string workspace, string title, string customer = "Acme", string dueDate = "2027-03-31", string channel = "C0456", string owner = "U0123")
    {
        var body = new JsonObject
        {
            ["title"] = title,
            ["customer"] = customer,
            ["dueDate"] = dueDate,
            ["timeZone"] = "Europe/Berlin",
            ["owner"] = owner,
            ["channel"] = channel,
            ["customerDestination"] = "ops@acme.example",
            ["noticeDays"] = 5,
        };
        var response = await Admin.PostAsJsonAsync(new Uri($"/api/workspaces/{workspace}/commitments", UriKind.Relative), body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Changes a commitment through the admin API (a PATCH of the given JSON).</summary>
    public async Task PatchAsync(string workspace, string id, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/merge-patch+json");
        var response = await Admin.PatchAsync(new Uri($"/api/workspaces/{workspace}/commitments/{id}", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Admin.Dispose();
        _factory.Dispose();
    }
}
