using System.Text.Json.Nodes;

namespace StatusBot.Playground;

/// <summary>A page of activities and the watermark to ask from next.</summary>
internal sealed record ActivityPage(List<JsonObject> Activities, string Watermark);

/// <summary>
/// Every playground conversation, in memory and thread-safe, bounded: at most
/// <see cref="MaxConversations"/> conversations (beyond that the least recently used one that is not a
/// channel is dropped) of at most <see cref="MaxActivitiesPerConversation"/> activities each (beyond
/// that the oldest activity goes). The channels of <see cref="PlaygroundWorkspace.Channels"/> always exist.
/// </summary>
internal sealed class PlaygroundConversationStore
{
    /// <summary>The most conversations kept.</summary>
    public const int MaxConversations = 100;

    /// <summary>The most activities kept per conversation.</summary>
    public const int MaxActivitiesPerConversation = 1000;

    private readonly Dictionary<string, PlaygroundConversation> _conversations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _channels = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _clock;

    public PlaygroundConversationStore()
    {
        foreach (var (id, _) in PlaygroundWorkspace.Channels)
        {
            _channels.Add(id);
            GetOrCreate(id);
        }
    }

    /// <summary>True for the ids of the workspace's channels.</summary>
    public bool IsChannel(string conversationId) => _channels.Contains(conversationId);

    /// <summary>True when the conversation exists.</summary>
    public bool Exists(string conversationId)
    {
        lock (_lock)
        {
            return _conversations.ContainsKey(conversationId);
        }
    }

    /// <summary>Makes sure the conversation exists (dropping the least recently used one beyond the cap).</summary>
    public void Ensure(string conversationId)
    {
        lock (_lock)
        {
            GetOrCreate(conversationId);
        }
    }

    /// <summary>
    /// Completes <paramref name="activity"/> with a fresh id (and, through <paramref name="complete"/>, with
    /// anything that needs the id) and appends it. Returns the id, or null when the conversation does not exist.
    /// </summary>
    public string? Append(string conversationId, JsonObject activity, Action<JsonObject, string>? complete = null)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation))
            {
                return null;
            }

            var id = conversation.NextActivityId();
            activity["id"] = id;
            complete?.Invoke(activity, id);
            conversation.Append(activity);
            conversation.LastUsed = ++_clock;
            return id;
        }
    }

    /// <summary>Replaces an activity in place (same id, new watermark position). False when the conversation or activity does not exist.</summary>
    public bool Replace(string conversationId, string activityId, Func<JsonObject, JsonObject> update)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation) || conversation.Find(activityId) is not { } old)
            {
                return false;
            }

            var replacement = update(old.DeepClone().AsObject());
            replacement["id"] = activityId;
            conversation.LastUsed = ++_clock;
            return conversation.Replace(activityId, replacement);
        }
    }

    /// <summary>A clone of one activity, or null.</summary>
    public JsonObject? Find(string conversationId, string activityId)
    {
        lock (_lock)
        {
            return _conversations.TryGetValue(conversationId, out var conversation)
                ? conversation.Find(activityId)?.DeepClone().AsObject()
                : null;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/>, or null when the conversation does not exist.</summary>
    public ActivityPage? Read(string conversationId, long? watermark)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation))
            {
                return null;
            }

            conversation.LastUsed = ++_clock;
            return new ActivityPage(conversation.After(watermark), conversation.Watermark);
        }
    }

    private PlaygroundConversation GetOrCreate(string conversationId)
    {
        if (_conversations.TryGetValue(conversationId, out var existing))
        {
            return existing;
        }

        if (_conversations.Count >= MaxConversations)
        {
            var leastRecent = _conversations.Values.Where(c => !_channels.Contains(c.Id)).MinBy(c => c.LastUsed);
            if (leastRecent is not null)
            {
                _conversations.Remove(leastRecent.Id);
            }
        }

        var created = new PlaygroundConversation(conversationId, MaxActivitiesPerConversation) { LastUsed = ++_clock };
        _conversations[conversationId] = created;
        return created;
    }
}
