using System.Net;

namespace StatusBot.Tests.Admin;

/// <summary>A due date moved through the admin API says whose reason it was.</summary>
public sealed class AdminDueDateReasonTests
{
    [Fact]
    public async Task A_date_moved_because_the_customer_asked_is_recorded_so_in_the_history()
    {
        using var host = new AdminHost();
        var id = (await host.CreateAsync())["id"]!.GetValue<string>();

        var response = await host.PatchAsync(id, """{ "dueDate": "2027-01-15", "dueDateReason": "customer" }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var edited = (await AdminHost.ReadAsync(response))["history"]!.AsArray()[^1]!;
        Assert.Equal(("edited", "customer"), ((string?)edited["kind"], (string?)edited["data"]!["dueDateReason"]));
    }

    [Fact]
    public async Task A_reason_that_is_neither_ours_nor_the_customers_is_a_400_on_the_reason_and_nothing_changes()
    {
        using var host = new AdminHost();
        var id = (await host.CreateAsync())["id"]!.GetValue<string>();

        var response = await host.PatchAsync(id, """{ "dueDate": "2027-01-15", "dueDateReason": "weather" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ours (we need more time) or customer", (await AdminHost.ReadAsync(response))["errors"]!["dueDateReason"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var stored = await AdminHost.ReadAsync(await host.Client.GetAsync(new Uri($"{AdminHost.Base}/{id}", UriKind.Relative)));
        Assert.Equal("2026-12-18", stored["dueDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_ledger_and_the_digest_numbers_count_a_move_the_customer_asked_for_apart_from_ours()
    {
        using var host = new AdminHost();
        var id = (await host.CreateAsync())["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await host.PatchAsync(id, """{ "dueDate": "2027-01-15", "dueDateReason": "customer" }""")).StatusCode);
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.OK, (await host.PatchAsync(id, """{ "dueDate": "2027-01-29", "dueDateReason": "ours" }""")).StatusCode);
        host.Clock.Advance(TimeSpan.FromHours(1)); // The period ends before the moment the digest is asked for.

        var ledger = await AdminHost.ReadAsync(await host.GetAsync("/api/workspaces/slack-T0123ABC/customers/Acme/ledger"));
        var numbers = (await AdminHost.ReadAsync(await host.GetAsync("/api/workspaces/slack-T0123ABC/channels/C0456/digest?days=7")))["numbers"]!;

        Assert.Equal((1, 1, 3), ((int)ledger["moved"]!, (int)ledger["movedByCustomer"]!, (int)ledger["datesGiven"]!));
        Assert.Equal(["movedByCustomer", "moved", "open"], ledger["commitments"]![0]!["dates"]!.AsArray().Select(d => (string)d!["outcome"]!));
        Assert.Equal(1, (int)ledger["commitments"]![0]!["replans"]!);
        Assert.Equal((1, 1), ((int)numbers["datesMoved"]!, (int)numbers["datesMovedForCustomer"]!));
    }
}
