using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Core.Slips;
using StatusBot.Language.Hosting;

namespace StatusBot.Language.Tests;

public class BackgroundToneModelTests
{
    [Fact]
    public async Task Start_ModelCannotLoad_LogsOneLineAndAnswersNothing()
    {
        var log = new ListLogger();
        using var model = new BackgroundToneModel(Options.Create(new ToneModelOptions()), log)
        {
            Load = _ => throw new DllNotFoundException("onnxruntime was not found"),
        };

        await model.StartAsync(CancellationToken.None);

        Assert.False(await model.Ready.WaitAsync(TimeSpan.FromSeconds(30)));
        var line = Assert.Single(log.Lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("only the phrase rules run: DllNotFoundException: onnxruntime was not found", line.Text, StringComparison.Ordinal);
        Assert.Empty(model.Classify(["Hopefully soon."]));
        Assert.Equal("Hopefully", Assert.Single(ToneCheck.ReviewText("Hopefully it works.", null, model)).Phrase);
    }

    [Fact]
    public async Task Start_Disabled_NeverLoads()
    {
        var log = new ListLogger();
        using var model = new BackgroundToneModel(Options.Create(new ToneModelOptions { Enabled = false }), log)
        {
            Load = _ => throw new InvalidOperationException("must not load"),
        };

        await model.StartAsync(CancellationToken.None);

        Assert.False(await model.Ready.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(LogLevel.Information, Assert.Single(log.Lines).Level);
    }

    [Fact]
    public async Task Classify_ModelThrows_LogsAndAnswersNothing()
    {
        var log = new ListLogger();
        using var model = new BackgroundToneModel(Options.Create(new ToneModelOptions()), log)
        {
            Load = _ => (null, new Throwing()),
        };
        await model.StartAsync(CancellationToken.None);
        Assert.True(await model.Ready.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Empty(model.Classify(["Anything."]));
        Assert.Equal(LogLevel.Warning, log.Lines[^1].Level);
    }

    private sealed class Throwing : ISentenceClassifier
    {
        public IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences) => throw new InvalidOperationException("broken");
    }

    private sealed class ListLogger : ILogger<BackgroundToneModel>
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
