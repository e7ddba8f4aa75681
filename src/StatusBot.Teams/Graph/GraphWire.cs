using System.Text.Json.Serialization;

namespace StatusBot.Teams.Graph;

/// <summary>A Microsoft Graph user, as <c>GET /users/{id}</c> and <c>GET /users/{id}/manager</c> answer (the fields read).</summary>
/// <param name="Id">Their Microsoft Entra object id.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Mail">Their email address, when they have a mailbox.</param>
/// <param name="UserPrincipalName">Their sign-in name.</param>
/// <param name="AccountEnabled">False when the account is disabled; null when not asked for.</param>
/// <param name="JobTitle">Their job title, when the directory has one.</param>
public sealed record GraphUser(string? Id, string? DisplayName, string? Mail, string? UserPrincipalName, bool? AccountEnabled = null, string? JobTitle = null);

/// <summary>A single value, as <c>GET /users/{id}/mailboxSettings/timeZone</c> answers.</summary>
internal sealed record GraphValue(string? Value);

/// <summary>Source-generated JSON for Graph's answers (camelCase).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(GraphUser))]
[JsonSerializable(typeof(GraphValue))]
internal sealed partial class GraphWireJsonContext : JsonSerializerContext;
