using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace StatusBot.Playground;

/// <summary>The user's activities waiting for the bot, in order, at most <see cref="Capacity"/> at once.</summary>
internal sealed class PlaygroundBotQueue
{
    /// <summary>The most activities waiting at once.</summary>
    public const int Capacity = 100;

    private readonly Channel<JsonObject> _channel = Channel.CreateBounded<JsonObject>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>True when another activity fits.</summary>
    public bool HasRoom => _channel.Reader.Count < Capacity;

    /// <summary>Queues an activity; false when the queue is full.</summary>
    public bool TryEnqueue(JsonObject activity) => _channel.Writer.TryWrite(activity);

    /// <summary>The activities as they come.</summary>
    public IAsyncEnumerable<JsonObject> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
