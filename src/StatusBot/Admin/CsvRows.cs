using CsvHelper;

namespace StatusBot.Admin;

/// <summary>One data row of a CSV file: the line it starts on and its fields.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

/// <summary>A CSV file read whole: its header and rows, or why it cannot be read.</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows);

/// <summary>
/// Reads RFC 4180 CSV (commas, quoted fields with quotes, commas and line breaks inside, CRLF or LF,
/// UTF-8 with or without a byte order mark), strictly: malformed quoting is an error with its line.
/// </summary>
internal static class CsvRows
{
    /// <summary>Reads the header and at most <paramref name="maxRows"/> rows; more is <see cref="CsvTooLongException"/>.</summary>
    /// <exception cref="CsvFormatException">The quoting is malformed; the exception carries the line.</exception>
    public static CsvTable Read(byte[] utf8, int maxRows)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
        };
        using var reader = CsvReader.Create(utf8, options);
        reader.ReadHeader();
        var header = reader.Headers.ToList();
        var rows = new List<CsvRow>();
        while (reader.Read())
        {
            if (rows.Count == maxRows)
            {
                throw new CsvTooLongException();
            }

            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            rows.Add(new CsvRow(checked((int)reader.LineNumber), fields));
        }

        return new CsvTable(header, rows);
    }
}

/// <summary>The file has more rows than one import takes.</summary>
internal sealed class CsvTooLongException : Exception
{
    public CsvTooLongException() : base("The CSV has too many rows.") { }

    public CsvTooLongException(string message) : base(message) { }

    public CsvTooLongException(string message, Exception innerException) : base(message, innerException) { }
}
