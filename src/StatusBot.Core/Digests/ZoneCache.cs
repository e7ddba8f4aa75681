using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>
/// Time zones by IANA id, looked up once per digest. An id that no longer resolves falls back to UTC
/// rather than failing: one bad record must not hide every other commitment from the channel.
/// </summary>
internal sealed class ZoneCache
{
    private readonly Dictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    public TimeZoneInfo Get(string id)
    {
        if (!_zones.TryGetValue(id, out var zone))
        {
            zone = TimeZones.TryFind(id, out var found) ? found : TimeZoneInfo.Utc;
            _zones[id] = zone;
        }

        return zone;
    }

    /// <summary>The local date of <paramref name="at"/> in the zone named <paramref name="id"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset at, string id) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Get(id)).DateTime);
}
