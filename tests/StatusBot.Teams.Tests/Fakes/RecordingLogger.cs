using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>A logger that keeps every line, with its exception, for assertions.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Everything logged, as one string (messages, properties and exception texts).</summary>
    public string All => string.Join('\n', _lines);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(';', pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        _lines.Enqueue($"{logLevel} {eventId.Id} {formatter(state, exception)} [{properties}] {exception}");
    }
}
