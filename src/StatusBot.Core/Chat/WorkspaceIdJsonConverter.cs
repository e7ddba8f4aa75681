using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.Core.Chat;

/// <summary>Writes a <see cref="WorkspaceId"/> in JSON as its string form (<c>slack-T0123</c>), so stored state reads as it always did.</summary>
public sealed class WorkspaceIdJsonConverter : JsonConverter<WorkspaceId>
{
    /// <inheritdoc />
    public override WorkspaceId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        WorkspaceId.TryParse(reader.GetString(), out var workspace)
            ? workspace
            : throw new JsonException($"\"{reader.GetString()}\" is not a workspace id.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WorkspaceId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
