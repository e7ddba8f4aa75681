using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Commitments;

namespace StatusBot.Tests.Admin;

public sealed class DigestTests
{
    private static readonly Uri Digest = new($"/api/workspaces/{AdminHost.Workspace}/channels/C0456/digest", UriKind.Relative);

    private static async Task<string> CreateAsync(AdminHost host, string title, string dueDate, string channel = "C0456")
    {
        var body = AdminHost.ValidCommitment(title);
        body["dueDate"] = dueDate;
        body["channel"] = channel;
        return (string)(await host.CreateAsync(body))["id"]!;
    }

    [Fact]
    public async Task The_channel_digest_puts_each_commitment_in_its_most_urgent_section_and_leaves_other_channels_out()
    {
        var chat = new RecordingChatPort();
        using var host = new AdminHost(chat: chat);
        var atRisk = await CreateAsync(host, "Audit log", "2026-12-18");
        await CreateAsync(host, "Data export API", "2026-11-26");
        await CreateAsync(host, "Quiet one", "2027-02-01");
        await CreateAsync(host, "Elsewhere", "2026-11-25", channel: "C0999");
        await host.Services.GetRequiredService<CommitmentService>().AnswerAsync(AdminHost.Workspace, atRisk, Health.AtRisk, "U0123");

        using var response = await host.Client.GetAsync(Digest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sections = (await AdminHost.ReadAsync(response))["sections"]!.AsArray();
        Assert.Equal(["atRisk", "dueWithinWeek"], sections.Select(s => (string?)s!["kind"]));
        Assert.Equal("Audit log", (string?)sections[0]!["lines"]![0]!["title"]);
        Assert.Equal(("Data export API", 3), ((string?)sections[1]!["lines"]![0]!["title"], (int?)sections[1]!["lines"]![0]!["daysLeft"]));
        Assert.Single(sections[1]!["lines"]!.AsArray());
    }

    [Fact]
    public async Task Posting_the_digest_sends_it_to_the_channel()
    {
        var chat = new RecordingChatPort();
        using var host = new AdminHost(chat: chat);
        await CreateAsync(host, "Data export API", "2026-11-26");

        using var response = await host.Client.PostAsync(Digest, content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (to, message, _) = Assert.Single(chat.Sent);
        Assert.Equal("C0456", to.Id);
        Assert.Contains("Data export API", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digest_period_out_of_range_is_a_400()
    {
        using var host = new AdminHost();

        using var response = await host.Client.GetAsync(new Uri(Digest + "?days=0", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
