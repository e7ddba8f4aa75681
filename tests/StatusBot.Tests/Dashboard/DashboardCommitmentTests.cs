using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;

namespace StatusBot.Tests.Dashboard;

/// <summary>A commitment's page shows the warning its customer read, escaped like every text the owner wrote.</summary>
public sealed class DashboardCommitmentTests
{
    [Fact]
    public async Task The_timeline_shows_the_warning_sent_with_the_owners_markup_escaped()
    {
        using var host = new DashboardHost(null);
        var workspace = WorkspaceId.Playground;
        var id = await host.CreateAsync(workspace.ToString(), "Export API", customer: "Globex", dueDate: "2027-03-31");
        var store = host.Services.GetRequiredService<ICommitmentStore>();
        var commitment = (await store.GetAsync(workspace, id))!;
        var at = new DateTimeOffset(2027, 3, 20, 10, 0, 0, TimeSpan.Zero);
        var sent = new SlipState
        {
            Id = "slip-1", Workspace = workspace, CommitmentId = id, Owner = commitment.Owner, StartReason = SlipStartReason.Command,
            StartedAt = at, UpdatedAt = at, OldDueDate = commitment.DueDate, Step = SlipStep.Sent, NewDate = new DateOnly(2027, 4, 14),
            Parts = SlipParts.Empty.With(SlipPart.Facts, "The <script>alert('x')</script> vendor & we slipped.").With(SlipPart.Plan, "Ship on the 14th."),
            IdempotencyKey = "warning/slip-1", SentAt = at, SentMessageId = "m1",
        };
        await host.Services.GetRequiredService<ISlipStore>().SaveAsync(sent, expectedToken: null);
        await store.UpdateAsync(commitment with { Version = commitment.Version + 1 }, new CommitmentEvent(commitment.Version + 1, at, CommitmentEventKind.WarningSent, commitment.Owner, new Dictionary<string, string>
        {
            [SlipEventData.IdempotencyKey] = "warning/slip-1", [SlipEventData.Destination] = commitment.CustomerDestination,
            [SlipEventData.OldDueDate] = "2027-03-31", [SlipEventData.NewDueDate] = "2027-04-14",
        }));

        using var browser = host.Browser();
        (await browser.GetAsync(new Uri("/app/signin", UriKind.Relative))).EnsureSuccessStatusCode();
        var page = await browser.GetStringAsync(new Uri($"/app/commitments/{id}", UriKind.Relative));

        Assert.All(
            [
                "What the customer read: <strong>New date for Export API: Wednesday 14 April 2027</strong>", "Hello Globex,",
                "We are letting you know early that Export API will not be ready on Wednesday 31 March 2027",
                "The &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; vendor &amp; we slipped.", "Ship on the 14th.",
            ],
            expected => Assert.Contains(expected, page, StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }
}
