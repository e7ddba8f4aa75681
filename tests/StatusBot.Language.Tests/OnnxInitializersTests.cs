using StatusBot.Language.Embedding;

namespace StatusBot.Language.Tests;

/// <summary>The walk over an ONNX model's wire format that finds its float weights without copying them.</summary>
public sealed class OnnxInitializersTests
{
    [Fact]
    public void FloatTensors_FindsLargeRawFloatInitializersWithShapeAndPlace_AndStepsOverEverythingElse()
    {
        var big = new byte[2 * 3 * sizeof(float)];
        byte[] model =
        [
            .. Varint(1, 7), // ir_version
            .. Bytes(2, "pytorch"u8.ToArray()), // producer_name
            .. Bytes(7, [
                .. Bytes(1, Bytes(4, "MatMul"u8.ToArray())), // a node
                .. Bytes(5, Tensor("small", [2], 1, new byte[8], packed: true)),
                .. Bytes(5, Tensor("ids", [2, 3], 7, new byte[2 * 3 * sizeof(long)], packed: false)), // int64
                .. Fixed32(9, 0x3f800000), // a fixed-width field in the graph
                .. Bytes(5, Tensor("weights", [2, 3], 1, big, packed: true)),
                .. Bytes(5, Tensor("short", [2, 3], 1, new byte[20], packed: false)), // bytes do not fill the shape
            ]),
            .. Bytes(8, Varint(2, 13)), // opset_import
        ];

        var found = OnnxInitializers.FloatTensors(model, minimumBytes: 16);

        var tensor = Assert.Single(found);
        Assert.Equal("weights", tensor.Name);
        Assert.Equal([2L, 3L], tensor.Dimensions);
        Assert.Equal(big.Length, tensor.Length);
        // The bytes found are the tensor's own: mark them in the model and read them back at the offset.
        model.AsSpan(tensor.Offset, tensor.Length).Fill(0xAB);
        Assert.DoesNotContain(model.Skip(tensor.Offset).Take(tensor.Length), b => b != 0xAB);
        Assert.Equal(1, OnnxInitializers.FloatTensors(model, minimumBytes: 0).Count(t => t.Name == "small"));
    }

    [Fact]
    public void WithoutData_LeavesOutTheNamedTensorsBytesAndKeepsEveryOtherField()
    {
        var big = Enumerable.Range(0, 200 * sizeof(float)).Select(i => (byte)i).ToArray();
        byte[] after = [1, 2, 3, 4, 5, 6, 7, 8];
        byte[] model =
        [
            .. Varint(1, 7),
            .. Bytes(7, [
                .. Bytes(1, Bytes(4, "MatMul"u8.ToArray())),
                .. Bytes(5, Tensor("weights", [10, 20], 1, big, packed: true)),
                .. Bytes(5, Tensor("after", [2], 1, after, packed: false)),
            ]),
            .. Bytes(8, Varint(2, 13)),
        ];
        var weights = OnnxInitializers.FloatTensors(model, minimumBytes: 100);

        var trimmed = OnnxInitializers.WithoutData(model, weights);

        // 800 bytes of floats, their tag and 2-byte length; the tensor's and the graph's lengths each lose a byte.
        Assert.Equal(model.Length - 803 - 2, trimmed.Length);
        var left = OnnxInitializers.FloatTensors(trimmed, minimumBytes: 0);
        Assert.Equal(["after"], left.Select(t => t.Name));
        Assert.Equal(after, trimmed.Skip(left[0].Offset).Take(left[0].Length));
        Assert.Equal(Bytes(8, Varint(2, 13)), trimmed[^Bytes(8, Varint(2, 13)).Length..]);
        Assert.Equal(model, OnnxInitializers.WithoutData(model, []));
    }

    [Fact]
    public void FloatTensors_ModelCutShort_SaysSoInsteadOfReadingPastIt()
    {
        byte[] model = [.. Bytes(7, Bytes(5, Tensor("weights", [4], 1, new byte[16], packed: true)))];

        Assert.Throws<InvalidDataException>(() => OnnxInitializers.FloatTensors(model.AsSpan(0, model.Length - 3), 0));
        Assert.Throws<InvalidDataException>(() => OnnxInitializers.FloatTensors([0x0b], 0)); // wire type 3, a group
    }

    private static byte[] Tensor(string name, long[] dimensions, int type, byte[] raw, bool packed) =>
    [
        .. packed ? Bytes(1, [.. dimensions.SelectMany(d => Raw((ulong)d))]) : dimensions.SelectMany(d => Varint(1, (ulong)d)).ToArray(),
        .. Varint(2, (ulong)type),
        .. Bytes(8, System.Text.Encoding.UTF8.GetBytes(name)),
        .. Bytes(9, raw),
    ];

    private static byte[] Varint(int field, ulong value) => [.. Raw((ulong)field << 3), .. Raw(value)];

    private static byte[] Fixed32(int field, uint value) => [.. Raw(((ulong)field << 3) | 5), .. BitConverter.GetBytes(value)];

    private static byte[] Bytes(int field, byte[] content) => [.. Raw(((ulong)field << 3) | 2), .. Raw((ulong)content.Length), .. content];

    private static byte[] Raw(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7f);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }
}
