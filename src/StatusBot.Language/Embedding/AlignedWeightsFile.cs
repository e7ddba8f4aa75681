using System.IO.MemoryMappedFiles;

namespace StatusBot.Language.Embedding;

/// <summary>
/// Weights whose bytes lie in the package's file at offsets not aligned for floats, copied once into a file of their own
/// at aligned offsets and mapped read-only. Like the package's own pages, its pages are clean copies of a file, which the
/// system can drop and read again, rather than memory of the process: a model that is loaded but not checking anything
/// keeps next to nothing resident. The file is removed as soon as it is mapped (on Windows, when it is closed), so
/// nothing is left behind; it lives in the temporary folder, and when that cannot be written the weights stay in the
/// model for the runtime to copy, as before.
/// </summary>
internal sealed unsafe class AlignedWeightsFile : IDisposable
{
    /// <summary>Every tensor starts at a multiple of this: a cache line, more than the runtime's kernels need.</summary>
    internal const int Alignment = 64;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly List<long> _offsets;

    private AlignedWeightsFile(MemoryMappedFile file, MemoryMappedViewAccessor view, List<long> offsets)
    {
        (_file, _view, _offsets) = (file, view, offsets);
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref _start);
        _start += _view.PointerOffset;
    }

    /// <summary>The address of the tensor written <paramref name="index"/>th.</summary>
    public nint AddressOf(int index) => (nint)(_start + _offsets[index]);

    /// <summary>
    /// Writes <paramref name="tensors"/>' bytes from <paramref name="model"/> into a new file in <paramref name="directory"/>
    /// and maps it; null, with nothing left behind, when the file cannot be written or mapped, or there is nothing to write.
    /// </summary>
    public static AlignedWeightsFile? TryWrite(ReadOnlySpan<byte> model, IReadOnlyList<OnnxTensorLocation> tensors, string directory)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (tensors.Count == 0)
        {
            return null; // an empty file cannot be mapped
        }

        var path = Path.Combine(directory, $"statusbot-sentence-model-{Guid.NewGuid():N}.weights");
        FileStream stream;
        try
        {
            var options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None;
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 1 << 16, options);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        MemoryMappedFile? file = null;
        try
        {
            var offsets = new List<long>(tensors.Count);
            foreach (var tensor in tensors)
            {
                stream.Write(new byte[(int)((Alignment - (stream.Position % Alignment)) % Alignment)]);
                offsets.Add(stream.Position);
                stream.Write(model.Slice(tensor.Offset, tensor.Length));
            }

            stream.Flush();
            file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            return new AlignedWeightsFile(file, file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), offsets);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A full disk, say: the weights stay in the model.
            file?.Dispose();
            stream.Dispose();
            return null;
        }
        finally
        {
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path); // a mapped file keeps its pages once its name is gone
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_view.SafeMemoryMappedViewHandle.IsClosed)
        {
            return;
        }

        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
