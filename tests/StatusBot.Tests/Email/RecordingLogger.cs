using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StatusBot.Tests.Email;

/// <summary>A logger that keeps every line it is given, with its level and exception, for assertions.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _lines = new();

    public IReadOnlyCollection<(LogLevel Level, string Text)> Lines => _lines;

    /// <summary>Everything logged, as one string (messages and exception texts).</summary>
    public string All => string.Join('\n', _lines.Select(line => line.Text));

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
}
