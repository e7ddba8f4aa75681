using System.Globalization;
using System.Runtime.InteropServices;

namespace StatusBot.Language.Embedding;

/// <summary>
/// Hands back to the system the pages of a file the process has mapped read-only and will not read again soon, such as
/// the sentence model's package once ONNX Runtime holds its own copy: the package carries the 90 MB model as a resource,
/// and reading it once leaves every page of it resident. Pages of a mapping that cannot be written are clean copies of
/// the file, so the system can drop them and read them again from the file if they are ever touched. Linux only;
/// elsewhere, and when anything about the mappings is not as expected, it does nothing.
/// </summary>
internal static partial class ResidentPages
{
    private const int DontNeed = 4; // MADV_DONTNEED

    /// <summary>Drops the resident pages of every read-only mapping of a file named <paramref name="fileName"/>; returns how many bytes of mappings were advised.</summary>
    public static long Release(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        long advised = 0;
        foreach (var (start, end) in ReadOnlyMappingsOf(fileName, File.ReadLines("/proc/self/maps")))
        {
            if (Advise((nint)start, (nuint)(end - start), DontNeed) == 0)
            {
                advised += end - start;
            }
        }

        return advised;
    }

    /// <summary>The address ranges of the mappings of <paramref name="fileName"/> in a <c>/proc/self/maps</c> listing that are not writable.</summary>
    internal static IEnumerable<(long Start, long End)> ReadOnlyMappingsOf(string fileName, IEnumerable<string> maps)
    {
        foreach (var line in maps)
        {
            // address perms offset dev inode path, e.g. "7f2a1c000000-7f2a21a00000 r--p 00000000 08:01 1234 /app/x.dll"
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || fields[1].Contains('w', StringComparison.Ordinal)
                || !string.Equals(Path.GetFileName(fields[5].Trim()), fileName, StringComparison.Ordinal))
            {
                continue;
            }

            var range = fields[0].Split('-');
            if (range.Length == 2
                && long.TryParse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
                && long.TryParse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end)
                && end > start)
            {
                yield return (start, end);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(nint address, nuint length, int advice);
}
