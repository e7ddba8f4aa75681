using System.Text;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Commitments;

/// <summary>Row keys of the listed copies (<c>&lt;channel&gt;|&lt;id&gt;</c>) and the concurrency tokens that name them.</summary>
internal static class IndexRows
{
    private const char Separator = '|';
    private const char TokenSeparator = '\n';

    public static string RowKey(string channel, string id) => Escape(channel) + Separator + id;

    /// <summary>Every listed copy filed under <paramref name="channel"/>.</summary>
    public static RowKeyRange ChannelRange(string channel) => RowKeyRange.Prefix(Escape(channel) + Separator);

    public static string Token(string headETag, string indexRowKey) => headETag + TokenSeparator + indexRowKey;

    /// <summary>The head's ETag and the key of the listed copy; a bare ETag (a token from before filing) names no copy.</summary>
    public static (string HeadETag, string? IndexRowKey) ParseToken(string token)
    {
        var split = token.IndexOf(TokenSeparator, StringComparison.Ordinal);
        return split < 0 ? (token, null) : (token[..split], token[(split + 1)..]);
    }

    /// <summary>The longest key part <see cref="Escape"/> gives, so that a part and what a key adds to it stay within a row key's 512 characters.</summary>
    internal const int MaxEscapedLength = 300;

    /// <summary>
    /// Ids may hold characters a row key may not (<c>/ \ # ?</c>) or the separator: percent-encode them. An id that
    /// encodes to more than <see cref="MaxEscapedLength"/> characters (an id of 256 question marks takes 768) is kept as
    /// the start of its encoding and a hash of the whole id, the same every time, so it still names one row.
    /// </summary>
    internal static string Escape(string channel)
    {
        var escaped = new StringBuilder(channel.Length);
        foreach (var c in channel)
        {
            _ = c is '%' or '/' or '\\' or '#' or '?' or Separator || char.IsControl(c)
                ? escaped.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture))
                : escaped.Append(c);
        }

        if (escaped.Length <= MaxEscapedLength)
        {
            return escaped.ToString();
        }

        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(channel)))[..32];
        var kept = MaxEscapedLength - hash.Length - 1;
        kept -= char.IsHighSurrogate(escaped[kept - 1]) ? 1 : 0; // never half a character
        return escaped.ToString(0, kept) + "~" + hash;
    }
}
