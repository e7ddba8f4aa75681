using System.Text.Json;
using System.Text.Json.Serialization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.People;
using StatusBot.Core.Slips;

namespace StatusBot.Admin;

/// <summary>The admin API's responses, serialized without reflection: camelCase names, enums as camelCase strings.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters =
    [
        typeof(CamelCaseEnumConverter<CommitmentStatus>),
        typeof(CamelCaseEnumConverter<Health>),
        typeof(CamelCaseEnumConverter<CommitmentEventKind>),
        typeof(CamelCaseEnumConverter<CheckInWorkKind>),
        typeof(CamelCaseEnumConverter<DayOfWeek>),
        typeof(CamelCaseEnumConverter<PromiseOutcome>),
        typeof(CamelCaseEnumConverter<CustomerAnswer>),
        typeof(CamelCaseEnumConverter<DigestSectionKind>),
        typeof(CamelCaseEnumConverter<Reach>),
        typeof(CamelCaseEnumConverter<ToneFindingKind>),
    ],
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CheckInSettingsDocument))]
[JsonSerializable(typeof(PromiseLedger))]
[JsonSerializable(typeof(Digest))]
[JsonSerializable(typeof(PostedView))]
[JsonSerializable(typeof(DigestScheduleRequest))]
[JsonSerializable(typeof(DigestScheduleView))]
[JsonSerializable(typeof(CommitmentView))]
[JsonSerializable(typeof(CommitmentListView))]
[JsonSerializable(typeof(ImportView))]
[JsonSerializable(typeof(PersonRequest))]
[JsonSerializable(typeof(PersonView))]
[JsonSerializable(typeof(PeopleListView))]
[JsonSerializable(typeof(HolidaysRequest))]
[JsonSerializable(typeof(HolidaysView))]
[JsonSerializable(typeof(ToneCheckRequest))]
[JsonSerializable(typeof(ToneCheckView))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;

/// <summary>Writes an enum as its camelCase name (<c>onTrack</c>) and refuses numbers.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
