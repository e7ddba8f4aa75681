using System.Text;
using Microsoft.AspNetCore.Http;
using StatusBot.Http.Inbound;

namespace StatusBot.Http.Tests.Inbound;

public sealed class RequestBodyReaderTests
{
    private static HttpRequest Request(byte[] body, bool declareLength = true, Stream? stream = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = stream ?? new MemoryStream(body);
        if (declareLength)
        {
            context.Request.ContentLength = body.Length;
        }

        return context.Request;
    }

    [Fact]
    public async Task ReadAsync_SmallBody_ReturnsExactBytes()
    {
        var body = Encoding.UTF8.GetBytes("command=%2Fstatus&text=hello+world");

        var result = await RequestBodyReader.ReadAsync(Request(body), 64 * 1024);

        Assert.False(result.IsTooLarge);
        Assert.Equal(body, result.Bytes);
    }

    [Fact]
    public async Task ReadAsync_EmptyBody_ReturnsEmptyBytes()
    {
        var result = await RequestBodyReader.ReadAsync(Request([]), 64);

        Assert.Empty(result.Bytes!);
    }

    [Fact]
    public async Task ReadAsync_BodyExactlyAtLimit_ReturnsIt()
    {
        var body = new byte[64];

        var result = await RequestBodyReader.ReadAsync(Request(body, declareLength: false), 64);

        Assert.Equal(64, result.Bytes!.Length);
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthOverLimit_RefusesWithoutReading()
    {
        var stream = new MemoryStream(new byte[100]);

        var result = await RequestBodyReader.ReadAsync(Request(new byte[100], stream: stream), 64);

        Assert.True(result.IsTooLarge);
        Assert.Equal(100, result.DeclaredLength);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task ReadAsync_UndeclaredBodyOverLimit_StopsPastLimit()
    {
        var stream = new MemoryStream(new byte[10_000]);

        var result = await RequestBodyReader.ReadAsync(Request([], declareLength: false, stream: stream), 64);

        Assert.True(result.IsTooLarge);
        Assert.Null(result.DeclaredLength);
        Assert.True(stream.Position <= 65);
    }

    [Fact]
    public async Task ReadAsync_ClientUnderstatesLength_StillRefusesOverLimit()
    {
        var request = Request(new byte[200]);
        request.ContentLength = 10;

        var result = await RequestBodyReader.ReadAsync(request, 64);

        Assert.True(result.IsTooLarge);
    }

    [Fact]
    public async Task ReadAsync_BodyArrivingInSmallChunks_AssemblesAll()
    {
        var body = Encoding.UTF8.GetBytes(new string('x', 5000));

        var result = await RequestBodyReader.ReadAsync(Request(body, stream: new TrickleStream(body)), 64 * 1024);

        Assert.Equal(body, result.Bytes);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => RequestBodyReader.ReadAsync(Request([1, 2, 3], stream: new TrickleStream([1, 2, 3])), 64, cts.Token));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public async Task ReadAsync_UnusableLimit_Throws(int maxBytes)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RequestBodyReader.ReadAsync(Request([1]), maxBytes));
    }

    /// <summary>Hands out at most 7 bytes a read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return base.ReadAsync(buffer[..Math.Min(7, buffer.Length)], cancellationToken);
        }
    }
}
