using System.Net;

namespace StatusBot.Tests.Admin;

/// <summary>A commitment handed over through the admin API: both owners are told.</summary>
public sealed class AdminHandOverTests
{
    [Fact]
    public async Task A_new_owner_set_by_an_admin_is_told_and_so_is_the_old_owner()
    {
        var chat = new RecordingChatPort();
        using var host = new AdminHost(chat: chat);
        var id = (await host.CreateAsync())["id"]!.GetValue<string>();

        var response = await host.PatchAsync(id, """{ "owner": "U0NEW" }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["U0123", "U0NEW"], chat.Sent.Select(s => s.To.Id).Order(StringComparer.Ordinal));
        Assert.Contains(chat.Sent, s => s.To.Id == "U0NEW" && s.Message.Text.Contains("admin-api handed Data export API for Acme (due 2026-12-18) over to you", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_that_keeps_the_owner_tells_no_one()
    {
        var chat = new RecordingChatPort();
        using var host = new AdminHost(chat: chat);
        var id = (await host.CreateAsync())["id"]!.GetValue<string>();

        await host.PatchAsync(id, """{ "owner": "U0123", "title": "Renamed" }""");

        Assert.True(chat.IsEmpty);
    }
}
