using System.Text.Json.Serialization;

namespace StatusBot.Storage;

/// <summary>Source-generated JSON for the values the storage layer keeps as JSON text.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
