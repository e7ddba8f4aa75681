using System.Text.RegularExpressions;

namespace StatusBot.Hosting;

/// <summary>
/// Turns the configuration binder's "Failed to convert configuration value" into one line naming the key, the value
/// and what it may be: the choices of an enum, or the shape of a number, duration, switch or address.
/// </summary>
internal static partial class ConversionProblem
{
    /// <summary>The reason in a user's words, or null when <paramref name="message"/> is not a conversion failure.</summary>
    public static string? Explain(string message)
    {
        if (Failure().Match(message) is not { Success: true } match)
        {
            return null;
        }

        var (value, key, typeName) = (match.Groups["value"].Value, match.Groups["key"].Value, match.Groups["type"].Value);
        return $"{key} is '{value}'; {Expected(FindType(typeName), typeName)}.";
    }

    private static string Expected(Type? type, string typeName) => type switch
    {
        { IsEnum: true } => $"use one of {string.Join(", ", Enum.GetNames(type))}",
        _ when type == typeof(int) || type == typeof(long) => "it must be a whole number, such as 587",
        _ when type == typeof(double) || type == typeof(decimal) => "it must be a number, such as 0.5",
        _ when type == typeof(bool) => "it must be true or false",
        _ when type == typeof(TimeSpan) => "it must be a duration as hh:mm:ss, such as 00:00:04",
        _ when type == typeof(Uri) => "it must be an address, such as https://example.com/",
        _ => $"it must be a {typeName.Split('.')[^1]}; check its spelling",
    };

    private static Type? FindType(string name) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name, throwOnError: false)).FirstOrDefault(t => t is not null)
        ?? Type.GetType(name, throwOnError: false);

    [GeneratedRegex("^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']*)' to type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex Failure();
}
