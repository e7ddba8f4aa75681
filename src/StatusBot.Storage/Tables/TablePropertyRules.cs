using System.Globalization;

namespace StatusBot.Storage.Tables;

/// <summary>Rules for property names and values, shared by both engines through <see cref="TableRowValidator"/>.</summary>
internal static class TablePropertyRules
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "PartitionKey", "RowKey", "Timestamp", "ETag",
    };

    internal static void ValidateName(string table, TableRow row, string name)
    {
        if (ReservedNames.Contains(name))
        {
            throw new EntityTooLargeException($"{TableRowValidator.Where(table, row)}: property name '{name}' is reserved.");
        }

        if (name.Length is 0 or > TableLimits.MaxPropertyNameLength || !IsIdentifier(name))
        {
            throw new EntityTooLargeException(
                $"{TableRowValidator.Where(table, row)}: property name '{TableRowValidator.Shorten(name)}' is invalid; use a C# identifier of at most {TableLimits.MaxPropertyNameLength} characters.");
        }
    }

    internal static void ValidateValue(string table, TableRow row, string name, object? value)
    {
        switch (value)
        {
            case null:
                throw new ArgumentException($"{TableRowValidator.Where(table, row)}: property '{name}' is null; remove it instead.", nameof(row));
            case string s when s.Length > TableLimits.MaxStringLength:
                throw new EntityTooLargeException(
                    $"{TableRowValidator.Where(table, row)}: string property '{name}' has {s.Length:N0} characters; the limit is {TableLimits.MaxStringLength:N0} (64 KiB).");
            case string s when !IsWellFormed(s):
                throw new EntityTooLargeException($"{TableRowValidator.Where(table, row)}: string property '{name}' has an unpaired surrogate character.");
            case byte[] b when b.Length > TableLimits.MaxBinaryLength:
                throw new EntityTooLargeException(
                    $"{TableRowValidator.Where(table, row)}: binary property '{name}' has {b.Length:N0} bytes; the limit is {TableLimits.MaxBinaryLength:N0} (64 KiB).");
            case DateTimeOffset d when d < TableLimits.MinDate:
                throw new EntityTooLargeException($"{TableRowValidator.Where(table, row)}: date property '{name}' is before 1601-01-01 UTC, the earliest date stored.");
            case double d when !double.IsFinite(d):
                // The Azure SDK cannot write NaN or infinities (JSON has no literal for them).
                throw new EntityTooLargeException($"{TableRowValidator.Where(table, row)}: double property '{name}' is {d}; only finite numbers are stored.");
            case string or byte[] or bool or int or long or double or DateTimeOffset or Guid:
                return;
            default:
                throw new EntityTooLargeException(
                    $"{TableRowValidator.Where(table, row)}: property '{name}' is a {value.GetType().Name}; supported types are string, bool, int, long, double, DateTimeOffset, Guid and byte[].");
        }
    }

    private static bool IsIdentifier(string name)
    {
        for (var i = 0; i < name.Length; i += char.IsSurrogatePair(name, i) ? 2 : 1)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(name, i);
            var ok = name[i] == '_' || category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.LetterNumber;
            ok |= i > 0 && category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
