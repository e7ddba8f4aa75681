namespace StatusBot.Core.Commitments;

/// <summary>IANA time zones, the only kind a commitment accepts.</summary>
public static class TimeZones
{
    /// <summary>Finds the zone when <paramref name="ianaId"/> names one by its IANA id (not a Windows id).</summary>
    public static bool TryFind(string? ianaId, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(ianaId) || !TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    /// <summary>The zone named by an id already validated; throws when it is not one.</summary>
    public static TimeZoneInfo Get(string ianaId) =>
        TryFind(ianaId, out var zone)
            ? zone
            : throw new ArgumentException($"'{ianaId}' is not an IANA time zone id.", nameof(ianaId));
}
