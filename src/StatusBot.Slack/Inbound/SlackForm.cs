using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace StatusBot.Slack.Inbound;

/// <summary>Decodes an <c>application/x-www-form-urlencoded</c> body that has already been verified.</summary>
internal static class SlackForm
{
    /// <summary>Decodes the body; returns null when it is not a valid form.</summary>
    public static Dictionary<string, StringValues>? TryRead(ReadOnlySpan<byte> body)
    {
        try
        {
            using var reader = new FormReader(Encoding.UTF8.GetString(body));
            return reader.ReadForm();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The field's single value, or null when it is absent or empty.</summary>
    public static string? Get(this Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var values) && !StringValues.IsNullOrEmpty(values) ? values[0] : null;

    /// <summary>True for an https address, or an http one on loopback (a local Slack stand-in).</summary>
    public static bool IsResponseUrl(Uri url) => url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback);
}
