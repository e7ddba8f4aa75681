using System.Net;

namespace StatusBot.Tests.Admin;

public sealed class AdminCheckInTests
{
    private static Uri CheckIn(string id) => new($"{AdminHost.Base}/{id}/check-in", UriKind.Relative);

    [Fact]
    public async Task Check_in_now_asks_the_owner_and_records_it()
    {
        var chat = new RecordingChatPort();
        using var host = new AdminHost(chat: chat);
        var id = (string)(await host.CreateAsync())["id"]!;

        using var response = await host.Client.PostAsync(CheckIn(id), content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (to, message, _) = Assert.Single(chat.Sent);
        Assert.Equal("U0123", to.Id);
        Assert.Contains("Data export API", message.Text, StringComparison.Ordinal);
        var body = await AdminHost.ReadAsync(response);
        Assert.Contains(body["history"]!.AsArray(), e => (string?)e!["kind"] == "checkInSent");
    }

    [Fact]
    public async Task Check_in_now_with_no_chat_platform_connected_is_503_and_records_nothing()
    {
        using var host = new AdminHost();
        var id = (string)(await host.CreateAsync())["id"]!;

        using var response = await host.Client.PostAsync(CheckIn(id), content: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("No chat platform is connected", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var view = await AdminHost.ReadAsync(await host.Client.GetAsync(new Uri($"{AdminHost.Base}/{id}", UriKind.Relative)));
        Assert.DoesNotContain(view["history"]!.AsArray(), e => (string?)e!["kind"] == "checkInSent");
    }

    [Fact]
    public async Task Check_in_now_on_a_cancelled_commitment_is_409()
    {
        using var host = new AdminHost(chat: new RecordingChatPort());
        var id = (string)(await host.CreateAsync())["id"]!;
        await host.Client.DeleteAsync(new Uri($"{AdminHost.Base}/{id}", UriKind.Relative));

        using var response = await host.Client.PostAsync(CheckIn(id), content: null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Check_in_now_on_an_unknown_commitment_is_404()
    {
        using var host = new AdminHost(chat: new RecordingChatPort());

        using var response = await host.Client.PostAsync(CheckIn(new string('a', 32)), content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
