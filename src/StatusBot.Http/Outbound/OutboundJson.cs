using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace StatusBot.Http.Outbound;

/// <summary>JSON request bodies for outbound calls.</summary>
public static class OutboundJson
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    /// <summary>
    /// <paramref name="value"/> as a UTF-8 JSON body, serialized once into bytes, so that every attempt of a retried call
    /// sends the same content again.
    /// </summary>
    public static ByteArrayContent Content<T>(T value, JsonTypeInfo<T> type) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, type)) { Headers = { ContentType = JsonType } };
}
