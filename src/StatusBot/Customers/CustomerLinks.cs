using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Customers;

/// <summary>
/// Signs and reads the links customers open, with a time-limited Data Protection protector (the key ring lives in the
/// shared store, so any host reads a link any other host made). A link names one warning, or one promise page, and
/// nothing else; a forged, altered or expired one reads as <see cref="LinkState.Invalid"/> or <see cref="LinkState.Expired"/>.
/// Expiry is checked against the host's <see cref="TimeProvider"/> as well as by the protector.
/// </summary>
internal sealed class CustomerLinks(IDataProtectionProvider protection, IOptions<CustomersOptions> options, PublicAddress address, TimeProvider time)
{
    private const char Separator = '|';
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("StatusBot.Customers.Links.v1").ToTimeLimitedDataProtector();

    /// <summary>The link that opens the answer page of the warning about <paramref name="warningFor"/>, with <paramref name="answer"/> chosen.</summary>
    public Uri AnswerUrl(WorkspaceId workspace, string commitmentId, DateOnly warningFor, CustomerAnswer answer)
    {
        var payload = string.Join(Separator, "a", workspace.ToString(), commitmentId, warningFor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CustomerAnswers.Word(answer));
        return new Uri(address.Base, "customers/answer/" + Sign(payload, options.Value.AnswerLinkLifetime));
    }

    /// <summary>The link of promise page <paramref name="linkId"/>, valid until <paramref name="expires"/>.</summary>
    public Uri PromiseUrl(WorkspaceId workspace, string linkId, DateTimeOffset expires) =>
        new(address.Base, "customers/promises/" + _protector.Protect(string.Join(Separator, "p", workspace.ToString(), linkId), expires));

    // Expiry from the host clock, so that the host and the protector agree on it.
    private string Sign(string payload, TimeSpan lifetime) => _protector.Protect(payload, time.GetUtcNow() + lifetime);

    /// <summary>Reads an answer link's token.</summary>
    public LinkRead<AnswerLink> ReadAnswer(string? token)
    {
        var (state, parts) = Read(token, "a", 5);
        return state == LinkState.Valid
            && WorkspaceId.TryParse(parts[1], out var workspace)
            && DateOnly.TryParseExact(parts[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var warningFor)
            && CustomerAnswers.Parse(parts[4]) is { } answer
                ? new(LinkState.Valid, new AnswerLink(workspace, parts[2], warningFor, answer))
                : new(state == LinkState.Valid ? LinkState.Invalid : state, null);
    }

    /// <summary>Reads a promise page link's token.</summary>
    public LinkRead<PromiseLinkRef> ReadPromise(string? token)
    {
        var (state, parts) = Read(token, "p", 3);
        return state == LinkState.Valid && WorkspaceId.TryParse(parts[1], out var workspace)
            ? new(LinkState.Valid, new PromiseLinkRef(workspace, parts[2]))
            : new(state == LinkState.Valid ? LinkState.Invalid : state, null);
    }

    private (LinkState State, string[] Parts) Read(string? token, string kind, int count)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2048)
        {
            return (LinkState.Invalid, []);
        }

        try
        {
            var parts = _protector.Unprotect(token, out var expires).Split(Separator);
            if (expires <= time.GetUtcNow())
            {
                return (LinkState.Expired, []);
            }

            return parts.Length == count && parts[0] == kind ? (LinkState.Valid, parts) : (LinkState.Invalid, []);
        }
        catch (CryptographicException)
        {
            // Forged, altered, made with a key this store does not hold, or past its expiry by the protector's own clock.
            return (LinkState.Invalid, []);
        }
        catch (FormatException)
        {
            return (LinkState.Invalid, []);
        }
    }
}

/// <summary>What a link turned out to be.</summary>
internal enum LinkState
{
    /// <summary>Signed by us and still valid.</summary>
    Valid,

    /// <summary>Not signed by us, or changed.</summary>
    Invalid,

    /// <summary>Signed by us, but past its time.</summary>
    Expired,
}

/// <summary>A link read: its state and, when valid, what it names.</summary>
internal sealed record LinkRead<T>(LinkState State, T? Value)
    where T : class;

/// <summary>What an answer link names: one warning, and the answer it offers.</summary>
internal sealed record AnswerLink(WorkspaceId Workspace, string CommitmentId, DateOnly WarningFor, CustomerAnswer Answer);

/// <summary>What a promise page link names: one stored link of one workspace.</summary>
internal sealed record PromiseLinkRef(WorkspaceId Workspace, string LinkId);
