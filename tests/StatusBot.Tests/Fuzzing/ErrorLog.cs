using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StatusBot.Tests.Fuzzing;

/// <summary>
/// Keeps every log entry at Error or above that carries an exception: what the host could not handle. A platform that
/// refused a reply (the fuzzed conversation does not exist on the fake connector) is not a fault of the host and is left out.
/// </summary>
internal sealed class ErrorLog : ILoggerProvider
{
    public ConcurrentQueue<(string Category, string Message, Exception Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ErrorLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null
                && exception.GetType().Name is not ("BotConnectorException" or "ChatDeliveryException" or "SlackApiException"))
            {
                log.Entries.Enqueue((category, formatter(state, exception), exception));
            }
        }
    }
}
