using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace StatusBot.Tests.Telemetry;

/// <summary>What one host's meters (those its <see cref="IMeterFactory"/> made) recorded, with the tags of each measurement.</summary>
internal sealed class MeasurementLog : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Name, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    public MeasurementLog(IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Add(i, value, tags));
        _listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Add(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Add(i, value, tags));
        _listener.Start();
    }

    /// <summary>The measurements of <paramref name="name"/>, in order.</summary>
    public IReadOnlyList<(double Value, Dictionary<string, object?> Tags)> Of(string name) =>
        [.. _measurements.Where(m => m.Name == name).Select(m => (m.Value, m.Tags))];

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));
}
