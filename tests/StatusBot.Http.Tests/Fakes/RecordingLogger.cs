using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StatusBot.Http.Tests.Fakes;

/// <summary>A logger that keeps every line with its event id, for assertions.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<(int EventId, string Line)> _lines = new();

    public IReadOnlyList<int> EventIds => [.. _lines.Select(l => l.EventId)];

    public string All => string.Join('\n', _lines.Select(l => l.Line));

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue((eventId.Id, formatter(state, exception)));
}
