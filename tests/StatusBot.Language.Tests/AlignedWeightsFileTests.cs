using System.Runtime.InteropServices;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Tests;

public sealed class AlignedWeightsFileTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("aligned-weights-");

    [Fact]
    public void TryWrite_PutsEveryTensorAtAnAlignedAddressWithItsBytes_AndLeavesNoFileBehind()
    {
        Assert.True(OperatingSystem.IsLinux(), "A mapped file's name can be removed at once on Linux: these tests run there.");
        var model = new byte[10_000];
        new Random(3).NextBytes(model);
        OnnxTensorLocation[] tensors = [new("a", [3, 7], 1, 84), new("b", [1000], 101, 4000), new("c", [5], 5003, 20)];

        using var file = AlignedWeightsFile.TryWrite(model, tensors, _directory.FullName);

        Assert.NotNull(file);
        Assert.Empty(_directory.EnumerateFiles());
        for (var i = 0; i < tensors.Length; i++)
        {
            var address = file.AddressOf(i);
            Assert.Equal(0, address % AlignedWeightsFile.Alignment);
            var copied = new byte[tensors[i].Length];
            Marshal.Copy(address, copied, 0, copied.Length);
            Assert.Equal(model.AsSpan(tensors[i].Offset, tensors[i].Length).ToArray(), copied);
        }
    }

    [Fact]
    public void TryWrite_FolderThatIsNotThere_GivesNothingInsteadOfThrowing()
    {
        var missing = Path.Combine(_directory.FullName, "not-there");

        Assert.Null(AlignedWeightsFile.TryWrite(new byte[64], [new("a", [4], 0, 16)], missing));
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Dispose_Twice_IsQuiet()
    {
        var file = AlignedWeightsFile.TryWrite(new byte[64], [new("a", [4], 0, 16)], _directory.FullName);

        Assert.NotNull(file);
        file.Dispose();
        file.Dispose();
    }

    [Fact]
    public void TryWrite_NoTensors_GivesNothingAndWritesNothing()
    {
        Assert.Null(AlignedWeightsFile.TryWrite(new byte[64], [], _directory.FullName));
        Assert.Empty(_directory.EnumerateFiles());
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
