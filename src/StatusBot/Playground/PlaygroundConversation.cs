using System.Globalization;
using System.Text.Json.Nodes;

namespace StatusBot.Playground;

/// <summary>
/// One conversation's activities in the order they were last written, each at a position (the Direct
/// Line watermark). Updating an activity moves it to a new position, so that pollers past its old one
/// receive it again (Web Chat replaces an activity whose <c>id</c> it already shows). Not thread-safe:
/// <see cref="PlaygroundConversationStore"/> guards it.
/// </summary>
internal sealed class PlaygroundConversation(string id, int capacity)
{
    private readonly LinkedList<(long Position, JsonObject Activity)> _log = new();
    private long _lastPosition;
    private long _lastIdNumber;

    public string Id { get; } = id;

    /// <summary>When it was last written or read, for dropping the least recently used conversation.</summary>
    public long LastUsed { get; set; }

    /// <summary>The watermark after the newest activity.</summary>
    public string Watermark => _lastPosition.ToString(CultureInfo.InvariantCulture);

    /// <summary>The next activity id in this conversation, like Direct Line's <c>{conversationId}|0000001</c>.</summary>
    public string NextActivityId() => string.Create(CultureInfo.InvariantCulture, $"{Id}|{++_lastIdNumber:D7}");

    /// <summary>Appends <paramref name="activity"/> (which must carry an id), dropping the oldest beyond capacity.</summary>
    public void Append(JsonObject activity)
    {
        _log.AddLast((++_lastPosition, activity));
        while (_log.Count > capacity)
        {
            _log.RemoveFirst();
        }
    }

    /// <summary>The activity with <paramref name="activityId"/>, or null.</summary>
    public JsonObject? Find(string activityId) => FindNode(activityId)?.Value.Activity;

    /// <summary>Replaces the activity with <paramref name="activityId"/> by <paramref name="activity"/> at a new position; false when there is none.</summary>
    public bool Replace(string activityId, JsonObject activity)
    {
        var node = FindNode(activityId);
        if (node is null)
        {
            return false;
        }

        _log.Remove(node);
        Append(activity);
        return true;
    }

    /// <summary>Clones of the activities after <paramref name="watermark"/> (all when it is null).</summary>
    public List<JsonObject> After(long? watermark) =>
        [.. _log.Where(e => watermark is null || e.Position > watermark).Select(e => e.Activity.DeepClone().AsObject())];

    private LinkedListNode<(long Position, JsonObject Activity)>? FindNode(string activityId)
    {
        for (var node = _log.Last; node is not null; node = node.Previous)
        {
            if (node.Value.Activity["id"]?.GetValue<string>() == activityId)
            {
                return node;
            }
        }

        return null;
    }
}
