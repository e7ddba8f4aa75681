using System.Buffers.Binary;
using System.IO.Compression;

namespace StatusBot.Teams.Tests.Manifest;

/// <summary>Just enough of a PNG reader for the icon checks: IHDR, and the pixels of 8-bit RGBA images.</summary>
internal sealed record Png(int Width, int Height, byte ColorType, byte BitDepth, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static Png Read(byte[] file)
    {
        Assert.True(file.AsSpan(0, 8).SequenceEqual(Signature), "not a PNG file");
        var (width, height, depth, color) = (0, 0, (byte)0, (byte)0);
        using var idat = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var kind = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (kind == "IHDR")
            {
                (width, height, depth, color) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[8], data[9]);
            }
            else if (kind == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        return new Png(width, height, color, depth, color == 6 && depth == 8 ? Unfilter(idat.ToArray(), width, height) : []);
    }

    /// <summary>The alpha of every pixel (RGBA only).</summary>
    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Rgba.Length / 4).Select(i => (Rgba[i * 4], Rgba[(i * 4) + 1], Rgba[(i * 4) + 2], Rgba[(i * 4) + 3]));

    private static byte[] Unfilter(byte[] compressed, int width, int height)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * 4;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var a = x >= 4 ? pixels[(y * stride) + x - 4] : 0;
                var b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                var c = x >= 4 && y > 0 ? pixels[((y - 1) * stride) + x - 4] : 0;
                var predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, 4 => Paeth(a, b, c), _ => throw new InvalidDataException("bad filter " + filter) };
                pixels[(y * stride) + x] = (byte)(raw[(y * (stride + 1)) + 1 + x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
