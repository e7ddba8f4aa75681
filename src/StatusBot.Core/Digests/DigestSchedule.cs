using StatusBot.Core.Chat;
using System.Globalization;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Digests;

/// <summary>How often a channel's digest is posted.</summary>
public enum DigestFrequency
{
    /// <summary>Every day at <see cref="DigestSchedule.Time"/>.</summary>
    Daily,

    /// <summary>Once a week, on <see cref="DigestSchedule.Day"/> at <see cref="DigestSchedule.Time"/>.</summary>
    Weekly,
}

/// <summary>When a channel's digest is posted, in the channel's time zone.</summary>
/// <param name="Workspace">The workspace.</param>
/// <param name="Channel">The project channel.</param>
/// <param name="Frequency">Daily or weekly.</param>
/// <param name="Day">The weekday, for weekly digests.</param>
/// <param name="Time">The local time of day.</param>
/// <param name="TimeZone">The channel's IANA time zone.</param>
public sealed record DigestSchedule(WorkspaceId Workspace, string Channel, DigestFrequency Frequency, DayOfWeek? Day, TimeOnly Time, string TimeZone)
{
    /// <summary>The schedule as a five-field cron expression (minute hour day-of-month month day-of-week), read in <see cref="TimeZone"/>.</summary>
    public string Cron => string.Create(CultureInfo.InvariantCulture,
        $"{Time.Minute} {Time.Hour} * * {(Frequency == DigestFrequency.Weekly ? ((int)Day!.Value).ToString(CultureInfo.InvariantCulture) : "*")}");

    /// <summary>The days each digest looks back over: one for daily, seven for weekly.</summary>
    public int PeriodDays => Frequency == DigestFrequency.Weekly ? 7 : 1;

    /// <summary>
    /// Reads <c>daily 09:00</c> or <c>weekly monday 09:00</c> (as typed after <c>/digest</c>), optionally followed by an IANA
    /// time zone (<c>weekly monday 09:00 Europe/Berlin</c>); without one, in <paramref name="timeZone"/>.
    /// </summary>
    public static Validated<DigestSchedule> Parse(WorkspaceId workspace, string channel, string? text, string timeZone)
    {
        channel = (channel ?? "").Trim();
        if (channel.Length is 0 or > Commitments.CommitmentValidator.MaxIdLength || channel.Any(char.IsWhiteSpace))
        {
            return Refuse("channel", $"Name the channel by its id, without spaces and at most {Commitments.CommitmentValidator.MaxIdLength} characters (C0123ABC in Slack, 19:...@thread.tacv2 in Teams).");
        }

        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var frequency = words.FirstOrDefault()?.ToLowerInvariant();
        var (day, timeText, zoneText) = (frequency, words.Length) switch
        {
            ("daily", 2 or 3) => ((DayOfWeek?)null, words[1], words.ElementAtOrDefault(2)),
            ("weekly", 3 or 4) when Enum.TryParse<DayOfWeek>(words[1], ignoreCase: true, out var d) && !int.TryParse(words[1], out _) =>
                (d, words[2], words.ElementAtOrDefault(3)),
            _ => ((DayOfWeek?)null, (string?)null, (string?)null),
        };
        if (timeText is null)
        {
            return Refuse("schedule", "Say when, like \"daily 09:00\" or \"weekly monday 09:00 Europe/Berlin\".");
        }

        timeZone = zoneText ?? timeZone;

        if (!TimeOnly.TryParseExact(timeText, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return Refuse("time", $"'{timeText}' is not a time of day as HH:mm (for example 09:00).");
        }

        if (!Commitments.TimeZones.TryFind(timeZone, out var zone))
        {
            return Refuse("timeZone", $"'{timeZone}' is not an IANA time zone; use one like Europe/Berlin.");
        }

        var weekly = frequency == "weekly";
        return Validated.Ok(new DigestSchedule(workspace, channel, weekly ? DigestFrequency.Weekly : DigestFrequency.Daily, day, time, zone.Id));
    }

    /// <summary>When, in the words <see cref="Parse"/> reads, without the zone: <c>weekly monday 09:00</c>.</summary>
    public string When => Frequency == DigestFrequency.Weekly
        ? string.Create(CultureInfo.InvariantCulture, $"weekly {Day!.Value.ToString().ToLowerInvariant()} {Time:HH:mm}")
        : string.Create(CultureInfo.InvariantCulture, $"daily {Time:HH:mm}");

    /// <summary>The schedule in the words <see cref="Parse"/> reads, with its zone in brackets.</summary>
    public override string ToString() => $"{When} ({TimeZone})";

    private static Validated<DigestSchedule> Refuse(string field, string message) => Validated.Refused<DigestSchedule>([new FieldError(field, message)]);
}

/// <summary>Where channels' digest schedules are kept.</summary>
public interface IDigestScheduleStore
{
    /// <summary>The channel's schedule, or null when it has none (digests on demand only).</summary>
    Task<DigestSchedule?> GetAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default);

    /// <summary>Every channel schedule of the workspace (in no promised order).</summary>
    Task<IReadOnlyList<DigestSchedule>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>Sets the channel's schedule, replacing any other.</summary>
    Task SaveAsync(DigestSchedule schedule, CancellationToken cancellationToken = default);

    /// <summary>Turns the channel's scheduled digest off.</summary>
    Task RemoveAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default);
}
