using System.Net;

namespace StatusBot.Tests.Admin;

public sealed class LedgerTests
{
    private static Uri Ledger(string customer) => new($"/api/workspaces/{AdminHost.Workspace}/customers/{customer}/ledger", UriKind.Relative);

    [Fact]
    public async Task The_ledger_lists_every_date_the_customer_was_given_and_its_outcome()
    {
        using var host = new AdminHost();
        await host.CreateAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.CreateAsync(AdminHost.ValidCommitment("Audit log"));
        var other = AdminHost.ValidCommitment("Single sign-on");
        other["customer"] = "Globex";
        await host.CreateAsync(other);

        using var response = await host.Client.GetAsync(Ledger("acme"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ledger = await AdminHost.ReadAsync(response);
        var commitments = ledger["commitments"]!.AsArray();
        Assert.Equal(["Data export API", "Audit log"], commitments.Select(c => (string?)c!["title"]));
        var date = commitments[0]!["dates"]!.AsArray().Single()!;
        Assert.Equal(("2026-12-18", "open"), ((string?)date["date"], (string?)date["outcome"]));
        Assert.Equal(2, (int?)ledger["datesGiven"]);
    }

    [Fact]
    public async Task A_customer_with_no_commitments_is_404()
    {
        using var host = new AdminHost();

        using var response = await host.Client.GetAsync(Ledger("nobody"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
