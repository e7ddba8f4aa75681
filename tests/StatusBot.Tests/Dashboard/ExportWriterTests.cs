using System.Text;
using System.Text.Json.Nodes;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Dashboard.Export;

namespace StatusBot.Tests.Dashboard;

public sealed class ExportWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly ExportRow Row = new(
        new Commitment
        {
            Id = "c1", Workspace = WorkspaceId.Parse("slack-T1"), Title = "=HYPERLINK(\"http://evil.example\")", Customer = "Acme, \"Inc\"",
            DueDate = new DateOnly(2026, 12, 18), TimeZone = "Europe/Berlin", Owner = "U1", Channel = "C1", CustomerDestination = "ops@acme.example",
            HealthSince = At, CreatedAt = At, Version = 2,
        },
        [
            new CommitmentEvent(1, At, CommitmentEventKind.Created, "U1"),
            new CommitmentEvent(2, At.AddDays(1), CommitmentEventKind.Answered, "U1", new Dictionary<string, string> { ["health"] = "AtRisk" }),
        ]);

    [Fact]
    public void CommitmentsCsv_QuotesAndEscapesFormulas()
    {
        using var stream = new MemoryStream();

        ExportWriter.CommitmentsCsv([Row], stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("id,title,customer,dueDate,timeZone,owner,coOwners,channel,customerDestination,noticeDays,approver,status,health,createdAt,updatedAt", lines[0]);
        Assert.StartsWith("c1,\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"Acme, \"\"Inc\"\"\",2026-12-18,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void EventsCsv_HasOneRowPerEventWithItsDetailsAsJson()
    {
        using var stream = new MemoryStream();

        ExportWriter.EventsCsv([Row], stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.Equal("c1,2,2026-11-24T09:00:00.0000000+00:00,Answered,U1,\"{\"\"health\"\":\"\"AtRisk\"\"}\"", lines[2]);
    }

    [Fact]
    public void Json_HoldsEachCommitmentWithItsHistory()
    {
        using var stream = new MemoryStream();

        ExportWriter.Json([Row], stream, At);
        var json = JsonNode.Parse(stream.ToArray())!;

        var commitment = json["commitments"]![0]!;
        Assert.Equal("=HYPERLINK(\"http://evil.example\")", commitment["title"]!.GetValue<string>());
        Assert.Equal("AtRisk", commitment["history"]![1]!["data"]!["health"]!.GetValue<string>());
        Assert.Equal(2, commitment["history"]!.AsArray().Count);
    }
}
