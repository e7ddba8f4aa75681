using System.Text;

namespace StatusBot.Storage.Sqlite;

/// <summary>
/// Keys are stored as UTF-16BE blobs: SQLite compares blobs with memcmp, which on big-endian UTF-16
/// is exactly <see cref="string.CompareOrdinal(string, string)"/>, and nothing is converted on the way.
/// (TEXT would order by UTF-8 bytes, which differs for characters beyond U+FFFF, and SQLite replaces
/// U+FFFE and U+FFFF when it converts between encodings.)
/// </summary>
internal static class SqliteKeys
{
    public static byte[] Encode(string key) => Encoding.BigEndianUnicode.GetBytes(key);

    public static string Decode(byte[] blob) => Encoding.BigEndianUnicode.GetString(blob);
}
