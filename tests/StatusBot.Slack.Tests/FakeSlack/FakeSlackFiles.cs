using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StatusBot.Slack.Tests.FakeSlack;

/// <summary>
/// The fake's files upload flow, as Slack's: files.getUploadURLExternal (<c>filename</c> and a positive <c>length</c>, else
/// <c>invalid_arguments</c>) hands out a file id and an upload URL on this fake; the bytes POSTed there are kept; and
/// files.completeUploadExternal (<c>files</c> required, as a JSON array or a form field holding one) shares uploaded files
/// in <c>channel_id</c>, answering <c>file_not_found</c> for an id never handed out or never uploaded.
/// </summary>
internal sealed class FakeSlackFiles
{
    private readonly ConcurrentDictionary<string, FakeSlackFile> _files = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>Every file handed an upload URL, by id.</summary>
    public IReadOnlyDictionary<string, FakeSlackFile> Files => _files;

    public JsonObject For(string method, FakeSlackRequest request, Uri apiBaseUrl) => method switch
    {
        "files.getUploadURLExternal" => UploadUrl(request, apiBaseUrl),
        "files.completeUploadExternal" => Complete(request),
        _ => Refused("unknown_method"),
    };

    /// <summary>Keeps the bytes POSTed to a file's upload URL; false for a URL this fake never handed out.</summary>
    public bool Upload(string id, byte[] bytes)
    {
        if (!_files.TryGetValue(id, out var file))
        {
            return false;
        }

        _files[id] = file with { Bytes = bytes };
        return true;
    }

    private JsonObject UploadUrl(FakeSlackRequest request, Uri apiBaseUrl)
    {
        var filename = request.Field("filename");
        if (string.IsNullOrWhiteSpace(filename)
            || !int.TryParse(request.Field("length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length <= 0)
        {
            return Refused("invalid_arguments");
        }

        var id = "F" + Interlocked.Increment(ref _next).ToString("D6", CultureInfo.InvariantCulture);
        _files[id] = new FakeSlackFile(id, filename, length, request.Field("alt_txt"), null, null, null);
        return new JsonObject { ["ok"] = true, ["upload_url"] = new Uri(apiBaseUrl, "../upload/" + id).ToString(), ["file_id"] = id };
    }

    private JsonObject Complete(FakeSlackRequest request)
    {
        var files = request.Json?["files"] as JsonArray ?? ParseArray(request.Form?.GetValueOrDefault("files"));
        if (files is null || files.Count == 0)
        {
            return Refused("invalid_arguments");
        }

        var shared = new JsonArray();
        foreach (var entry in files)
        {
            var id = entry?["id"]?.GetValue<string>();
            if (id is null || !_files.TryGetValue(id, out var file) || file.Bytes is null)
            {
                return Refused("file_not_found");
            }

            var title = entry!["title"]?.GetValue<string>();
            _files[id] = file with { Title = title, Channel = request.Field("channel_id") };
            shared.Add(new JsonObject { ["id"] = id, ["title"] = title ?? file.Name });
        }

        return new JsonObject { ["ok"] = true, ["files"] = shared };
    }

    private static JsonArray? ParseArray(string? text)
    {
        try
        {
            return text is null ? null : JsonNode.Parse(text) as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject Refused(string error) => new() { ["ok"] = false, ["error"] = error };
}

/// <summary>A file as the fake knows it.</summary>
/// <param name="Id">Its id (<c>F000001</c>).</param>
/// <param name="Name">The file name given to files.getUploadURLExternal.</param>
/// <param name="Length">The length announced there.</param>
/// <param name="AltText">The <c>alt_txt</c> given there, or null.</param>
/// <param name="Bytes">What was POSTed to its upload URL; null until then.</param>
/// <param name="Title">Its title from files.completeUploadExternal; null until then.</param>
/// <param name="Channel">The channel it was shared in; null until completed, or when completed without one.</param>
public sealed record FakeSlackFile(string Id, string Name, int Length, string? AltText, byte[]? Bytes, string? Title, string? Channel);
