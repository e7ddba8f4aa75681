using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Digests;

/// <summary>A seeded, realistic mix of commitments and histories around <see cref="DigestGiven.Now"/>.</summary>
internal sealed record RandomDigestData(List<Commitment> Commitments, Dictionary<string, IReadOnlyList<CommitmentEvent>> Histories)
{
    private static readonly string[] Zones = ["UTC", "Europe/Berlin", "America/New_York", "Pacific/Auckland"];
    private static readonly string[] Customers = ["Acme", "Contoso", "Fabrikam", "Northwind"];

    public static RandomDigestData Generate(int seed, int count)
    {
        var random = new Random(seed);
        var data = new RandomDigestData([], []);
        for (var i = 0; i < count; i++)
        {
            data.Add(random, $"c{i:D5}");
        }

        return data;
    }

    private void Add(Random random, string id)
    {
        var created = Now.AddDays(-random.Next(20, 90));
        var original = Today.AddDays(random.Next(-12, 35));
        var history = new List<CommitmentEvent> { Created(created, original) };
        var due = original;
        var checkIns = CheckInState.Initial;
        if (random.NextDouble() < 0.3)
        {
            // A re-plan: a warning with its lead time, then the move it announced.
            var sent = Now.AddHours(-random.Next(1, 24 * 12));
            var next = due.AddDays(random.Next(7, 21));
            history.Add(Warning(sent, random.Next(-3, 11), due, next));
            history.Add(Moved(sent, due, next));
            checkIns = checkIns.OnWarningSent(due);
            due = next;
        }

        var status = random.NextDouble() switch { < 0.15 => CommitmentStatus.Delivered, < 0.2 => CommitmentStatus.Cancelled, _ => CommitmentStatus.Open };
        if (status == CommitmentStatus.Delivered)
        {
            history.Add(Event(CommitmentEventKind.Delivered, Now.AddHours(-random.Next(1, 24 * 10))));
        }

        if (status == CommitmentStatus.Open && due < Today && random.NextDouble() < 0.5)
        {
            checkIns = checkIns.OnMissedSilently(due);
            history.Add(Event(CommitmentEventKind.MissedSilently, Now.AddHours(-random.Next(1, 48)), ("dueDate", Format(due))));
        }

        if (random.NextDouble() < 0.1)
        {
            checkIns = checkIns.OnWarningSent(due);
        }

        if (random.NextDouble() < 0.6)
        {
            checkIns = checkIns.OnCheckInSent(Now.AddHours(-random.Next(1, 72)));
            checkIns = random.NextDouble() < 0.6 ? checkIns.OnAnswered(Now) : checkIns with { UnansweredInARow = random.Next(0, 3) };
        }

        Commitments.Add(new Commitment
        {
            Id = id,
            Workspace = WorkspaceId.Playground,
            Title = $"Deliverable {random.Next(1000)}",
            Customer = Customers[random.Next(Customers.Length)],
            DueDate = due,
            TimeZone = Zones[random.Next(Zones.Length)],
            Owner = $"U{random.Next(20):D3}",
            Channel = "C_PROJECT",
            CustomerDestination = "C_CUSTOMER",
            NoticeDays = random.NextDouble() < 0.5 ? random.Next(1, 10) : null,
            Status = status,
            Health = (Health)random.Next(4),
            HealthSince = Now.AddDays(-random.Next(0, 20)),
            CreatedAt = created,
            CheckIns = checkIns,
        });
        Histories[id] = history;
    }

    private static string Format(DateOnly date) => StatusBot.Core.Digests.DigestEventData.Format(date);
}
