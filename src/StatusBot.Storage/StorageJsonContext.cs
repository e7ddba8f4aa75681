using System.Text.Json.Serialization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.People;
using StatusBot.Core.Slips;

namespace StatusBot.Storage;

/// <summary>
/// Source-generated JSON for the values the storage layer keeps as JSON text. Enums are kept by name, so
/// that adding a member never changes what a stored value means (numbers written earlier still read).
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(CheckInState))]
[JsonSerializable(typeof(CheckInSettingsDocument))]
[JsonSerializable(typeof(SlipState))]
[JsonSerializable(typeof(DayOfWeek[]))]
[JsonSerializable(typeof(DateRange[]))]
[JsonSerializable(typeof(CountedEvent[]))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
