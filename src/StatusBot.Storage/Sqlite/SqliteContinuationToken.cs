using System.Text;

namespace StatusBot.Storage.Sqlite;

/// <summary>An opaque continuation token: the last row key returned, base64-encoded with a version prefix.</summary>
internal static class SqliteContinuationToken
{
    private const string Prefix = "s1.";

    public static string Encode(string lastRowKey) => Prefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(lastRowKey));

    public static string? Decode(string? token)
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            if (token.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(token[Prefix.Length..]));
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below.
        }

        throw new ArgumentException("The continuation token is not one this store issued.", nameof(token));
    }
}
