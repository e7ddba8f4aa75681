using System.Text.Json.Serialization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Slips;

namespace StatusBot.Storage;

/// <summary>Source-generated JSON for the values the storage layer keeps as JSON text.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(CheckInState))]
[JsonSerializable(typeof(CheckInSettingsDocument))]
[JsonSerializable(typeof(SlipState))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
