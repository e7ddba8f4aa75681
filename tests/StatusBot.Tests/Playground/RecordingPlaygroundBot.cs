using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using StatusBot.Playground;

namespace StatusBot.Tests.Playground;

/// <summary>A bot that records what the playground hands it and answers invokes with <see cref="InvokeResponse"/>.</summary>
internal sealed class RecordingPlaygroundBot : IPlaygroundBot
{
    private readonly ConcurrentQueue<JsonObject> _received = new();

    public JsonObject? InvokeResponse { get; set; }

    public IReadOnlyCollection<JsonObject> Received => _received;

    public Task<JsonObject?> OnActivityAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        _received.Enqueue(activity);
        return Task.FromResult(activity["type"]?.GetValue<string>() == "invoke" ? InvokeResponse?.DeepClone().AsObject() : null);
    }

    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!timeout.IsCancellationRequested)
        {
            if (_received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        throw new TimeoutException("The bot did not receive the expected activity within 10 s. It received: " + string.Join(", ", _received.Select(a => a.ToJsonString())));
    }
}
