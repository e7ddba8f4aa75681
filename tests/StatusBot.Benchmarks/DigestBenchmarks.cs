using BenchmarkDotNet.Attributes;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.Digests;

namespace StatusBot.Benchmarks;

/// <summary>Building a channel's digest from its commitments and histories, and rendering it within a line budget.</summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"];
    private readonly DigestPeriod _period = DigestPeriod.LastDays(Now, 7);
    private List<Commitment> _commitments = [];
    private Dictionary<string, IReadOnlyList<CommitmentEvent>> _histories = [];

    /// <summary>Commitments in the channel.</summary>
    [Params(500, 5_000)]
    public int Commitments { get; set; }

    /// <summary>A seeded mix: a third re-planned with a warning, some at risk, slipping, silent or overdue.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _commitments = [];
        _histories = [];
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        for (var i = 0; i < Commitments; i++)
        {
            var id = $"c{i:D6}";
            var due = today.AddDays(random.Next(-5, 60));
            var history = new List<CommitmentEvent>
            {
                new(1, Now.AddDays(-30), CommitmentEventKind.Created, "U1", new Dictionary<string, string> { ["dueDate"] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
            };
            if (random.NextDouble() < 0.3)
            {
                var next = due.AddDays(random.Next(7, 21));
                history.Add(new(2, Now.AddDays(-random.Next(1, 7)), CommitmentEventKind.WarningSent, "U1", new Dictionary<string, string>
                {
                    ["leadTimeWorkingDays"] = random.Next(-2, 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["oldDueDate"] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["newDueDate"] = next.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }));
                due = next;
            }

            _histories[id] = history;
            _commitments.Add(new Commitment
            {
                Id = id, Workspace = WorkspaceId.Playground, Title = $"Commitment {i}", Customer = $"Customer {i % 40}", DueDate = due,
                TimeZone = Zones[i % Zones.Length], Owner = $"U{i % 25}", Channel = "C1", CustomerDestination = "C2",
                Health = (Health)random.Next(0, 4), HealthSince = Now.AddDays(-random.Next(0, 10)), CreatedAt = Now.AddDays(-30),
                CheckIns = random.NextDouble() < 0.1 ? CheckInState.Initial.OnCheckInSent(Now.AddDays(-2)) : CheckInState.Initial,
                Version = history.Count,
            });
        }
    }

    /// <summary>Sections, warnings and numbers for the whole channel.</summary>
    [Benchmark]
    public Digest Build() => DigestBuilder.Build(_commitments, _histories, _period, Now);

    /// <summary>The same, rendered as one message within Slack's 50-block budget.</summary>
    [Benchmark]
    public ChatMessage BuildAndRender() =>
        DigestMessages.ToChatMessage(DigestBuilder.Build(_commitments, _histories, _period, Now), maxLines: 50, fullList: "/digest full");
}
