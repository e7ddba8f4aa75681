using System.Net;

namespace StatusBot.Tests.Admin;

public sealed class AdminAuthTests
{
    [Fact]
    public async Task Admin_api_without_a_key_header_is_401()
    {
        using var host = new AdminHost();
        using var client = host.CreateClientWithoutKey();

        var response = await client.GetAsync(new Uri(AdminHost.Base, UriKind.Relative));

        AdminHost.AssertProblem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Admin_api_with_a_wrong_key_is_401_and_creates_nothing()
    {
        using var host = new AdminHost();
        using var client = host.CreateClientWithoutKey();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminHost.Key + "x");
        using var body = AdminHost.Json(AdminHost.ValidCommitment().ToJsonString());

        var response = await client.PostAsync(new Uri(AdminHost.Base, UriKind.Relative), body);

        AdminHost.AssertProblem(response, HttpStatusCode.Unauthorized);
        var list = await AdminHost.ReadAsync(await host.GetAsync(AdminHost.Base));
        Assert.Empty(list["commitments"]!.AsArray());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/import")]
    [InlineData("DELETE", "/0190a1b2c3d4e5f60718293a4b5c6d7e")]
    public async Task Admin_api_without_Admin_ApiKey_is_off_with_404_on_every_route(string method, string suffix)
    {
        using var host = new AdminHost(key: null);

        using var request = new HttpRequestMessage(new HttpMethod(method), AdminHost.Base + suffix);
        var response = await host.Client.SendAsync(request);

        AdminHost.AssertProblem(response, HttpStatusCode.NotFound);
        var problem = await AdminHost.ReadAsync(response);
        Assert.Equal("The admin API is off: set Admin:ApiKey.", AdminHost.Text(problem["detail"]));
    }

    [Theory]
    [InlineData("/api/workspaces/nonsense/commitments")]
    [InlineData("/api/workspaces/slack-lowercase/commitments")]
    public async Task Unknown_workspace_is_404(string path)
    {
        using var host = new AdminHost();

        AdminHost.AssertProblem(await host.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(AdminHost.Key, true)]
    [InlineData("test-admin-key-012345678", false)]
    [InlineData("", false)]
    public void Matches_ComparesTheWholeKey(string sent, bool expected)
    {
        Assert.Equal(expected, StatusBot.Admin.AdminKeyFilter.Matches(sent, AdminHost.Key));
    }
}
