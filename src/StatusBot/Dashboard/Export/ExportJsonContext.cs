using System.Text.Json.Serialization;

namespace StatusBot.Dashboard.Export;

/// <summary>Source-generated JSON for an event's details in the exports.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
