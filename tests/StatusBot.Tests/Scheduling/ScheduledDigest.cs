using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Scheduling;

namespace StatusBot.Tests.Scheduling;

/// <summary>A channel's trend history and its digest posted by the schedule, as the host's own scheduler would post it.</summary>
internal static class ScheduledDigest
{
    /// <summary>The PNG file signature.</summary>
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Creates a commitment in <paramref name="channel"/> and records a warning sent <paramref name="leadDays"/> working days ahead, now.</summary>
    public static async Task WarnedAsync(IServiceProvider services, WorkspaceId workspace, string channel, string owner, int leadDays)
    {
        var commitments = services.GetRequiredService<CommitmentService>();
        var created = (await commitments.CreateAsync(workspace, new CommitmentInput("Export API", "Acme", "2027-01-29", "UTC", owner, channel, channel), owner)).Value!;
        var data = new Dictionary<string, string> { ["leadTimeWorkingDays"] = leadDays.ToString(CultureInfo.InvariantCulture), ["oldDueDate"] = "2027-01-29", ["newDueDate"] = "2027-02-26" };
        await commitments.ChangeAsync(workspace, created.Id, (c, now) => c.Record(CommitmentEventKind.WarningSent, owner, now, x => x with { DueDate = new DateOnly(2027, 2, 26) }, data));
    }

    /// <summary>Schedules the channel's daily digest, moves the clock past its next occurrence and runs the due digests.</summary>
    public static async Task<int> PostAsync(IServiceProvider services, FakeTimeProvider clock, WorkspaceId workspace, string channel)
    {
        var scheduler = services.GetRequiredService<DigestScheduler>();
        var at = TimeOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(1));
        var next = await scheduler.SetAsync(new DigestSchedule(workspace, channel, DigestFrequency.Daily, null, new TimeOnly(at.Hour, 0), "UTC"));
        clock.Advance(next - clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        return await scheduler.RunDueAsync("test-host");
    }
}
