using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Core.Slips;
using StatusBot.Language.Classifier;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Hosting;

/// <summary>
/// The sentence model as the host holds it: loaded once, in the background once the host has started (a start that
/// fails, such as a port in use, loads nothing), never on a request. Until it is loaded, or when it cannot load, it
/// answers no verdicts and the tone check runs its phrase rules alone.
/// </summary>
public sealed class BackgroundToneModel(IOptions<ToneModelOptions> options, ILogger<BackgroundToneModel> logger, IHostApplicationLifetime? lifetime = null)
    : BackgroundService, ISentenceClassifier
{
    private readonly TaskCompletionSource<bool> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private MiniLmEmbedder? _embedder;
    private volatile ISentenceClassifier? _classifier;

    /// <summary>Makes the model; a test may swap in one that fails.</summary>
    internal Func<int, (MiniLmEmbedder? Embedder, ISentenceClassifier Classifier)> Load { get; init; } = threads =>
    {
        var embedder = new MiniLmEmbedder(threads);
        return (embedder, new EmbeddingToneClassifier(embedder, ToneWeightsFile.LoadBuiltIn()));
    };

    /// <summary>Completes with true once the model is loaded, or false when it is off or could not load.</summary>
    public Task<bool> Ready => _ready.Task;

    /// <inheritdoc />
    public IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences)
    {
        if (_classifier is not { } classifier)
        {
            return [];
        }

        try
        {
            return classifier.Classify(sentences);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.CheckFailed(logger, exception);
            return [];
        }
    }

    /// <summary>Completes when the host has started; cancelled when it stops first.</summary>
    private static async Task StartedAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            Log.Disabled(logger);
            _ready.TrySetResult(false);
            return;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            if (lifetime is not null)
            {
                await StartedAsync(lifetime, stoppingToken);
                clock.Restart();
            }

            (_embedder, _classifier) = await Task.Run(() => Load(options.Value.Threads), stoppingToken);
            Log.Loaded(logger, clock.ElapsedMilliseconds);
            _ready.TrySetResult(true);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One line at start, and the rules carry on: a missing native runtime or a damaged package must not stop the host.
            Log.LoadFailed(logger, $"{exception.GetType().Name}: {exception.Message}");
            _ready.TrySetResult(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _ready.TrySetResult(false);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _ready.TrySetResult(false);
        _classifier = null;
        _embedder?.Dispose();
        base.Dispose();
    }
}
