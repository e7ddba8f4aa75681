using System.Globalization;
using MimeKit;
using StatusBot.Core.Chat;

namespace StatusBot.Email;

/// <summary>
/// Writes each email as an .eml file into a folder, for development or for another program to pick up.
/// A file appears whole or not at all (written to a hidden temporary file, then moved), and a Message-Id
/// already in the folder is not written again.
/// </summary>
internal sealed class OutboxEmailDelivery : IEmailDelivery, IDisposable
{
    private readonly string _folder;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    // One writer at a time in this process, so two sends of one key cannot both miss the other's file.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public OutboxEmailDelivery(string folder, TimeProvider time, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = folder;
        _time = time;
        _logger = logger;
    }

    public async Task DeliverAsync(MimeMessage email, CancellationToken cancellationToken = default)
    {
        // The Message-Id is "<hex>@statusbot": its hex part names the file.
        var messageId = email.MessageId ?? throw new ArgumentException("The email has no Message-Id.", nameof(email));
        var id = messageId.Split('@')[0];
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(_folder);
            if (Directory.EnumerateFiles(_folder, $"*-{id}.eml").FirstOrDefault() is { } existing)
            {
                var existingName = Path.GetFileName(existing);
                EmailLog.AlreadyInOutbox(_logger, messageId, existingName);
                return;
            }

            var stamp = _time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
            var name = $"{stamp}-{id}.eml";
            var temporary = Path.Combine(_folder, $".{id}.{Guid.NewGuid():N}.tmp");
            try
            {
                await using (var stream = File.Create(temporary))
                {
                    await email.WriteToAsync(stream, cancellationToken);
                }

                File.Move(temporary, Path.Combine(_folder, name), overwrite: false);
            }
            finally
            {
                File.Delete(temporary); // gone already after the move; removes a half-written one
            }

            EmailLog.WrittenToOutbox(_logger, messageId, name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ChatDeliveryException($"Email {messageId} could not be written to the outbox {_folder} (Email:OutboxPath): {ex.Message}", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
