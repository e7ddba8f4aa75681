using Microsoft.Extensions.Time.Testing;
using MimeKit;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Core.Slips;
using StatusBot.Email;

namespace StatusBot.Tests.Email;

/// <summary>The email port without an SMTP server: .eml files in the outbox folder.</summary>
public sealed class EmailChatPortOutboxTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("statusbot-outbox-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    private string Outbox => Path.Combine(_root.FullName, "data", "outbox");

    [Fact]
    public async Task SendAsync_NoSmtpHost_WritesOneEmlWithBothParts()
    {
        using var port = EmailPorts.Outbox(_root.FullName, "data/outbox", _time);
        var message = new ChatMessage
        {
            Text = "Acme: new date 14 March\n\nWe found <b>a data issue</b>.",
            Subject = "Acme migration moves to 14 March",
        };

        var sent = await port.SendAsync(EmailPorts.Customer(), message, "warning:c1");

        var file = Assert.Single(Directory.GetFiles(Outbox));
        var id = EmailComposer.MessageIdFor(WorkspaceId.Parse("slack-T0123"), "warning:c1");
        Assert.Equal($"20260302T093000000Z-{id.Split('@')[0]}.eml", Path.GetFileName(file));
        using var email = MimeMessage.Load(file);
        Assert.Equal($"<{email.MessageId}>", sent.MessageId);
        Assert.Equal(id, email.MessageId);
        Assert.Equal(EmailComposer.DefaultFrom, Assert.Single(email.From.Mailboxes).Address);
        Assert.Equal("customer@example.test", Assert.Single(email.To.Mailboxes).Address);
        Assert.Equal("Acme migration moves to 14 March", email.Subject);
        Assert.Equal(_time.GetUtcNow(), email.Date);
        Assert.Contains("We found <b>a data issue</b>.", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("We found &lt;b&gt;a data issue&lt;/b&gt;.", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WarningInTheOwnersName_FromNameReplyToCcAndHeadingsInBothParts()
    {
        using var port = new EmailChatPort(
            new EmailOptions { OutboxPath = Outbox, FromName = "Acme Delivery", CcOwner = true, Smtp = new SmtpOptions { From = "statusbot@vendor.example" } },
            _root.FullName, _time, new RecordingLogger<EmailChatPort>());
        var message = new ChatMessage
        {
            Subject = "New date for Pilot rollout: Wednesday 18 March 2026",
            Text = "Hello Acme,\n\nOur new date is Wednesday 18 March 2026.\n\nWhat happened\nLoad tests <failed>.\n\nThis is our responsibility.\n\nSam Rivera",
            Sections = [new(null, "Hello Acme,"), new(null, "Our new date is Wednesday 18 March 2026."), new("What happened", "Load tests <failed>."), new(null, "This is our responsibility.\n\nSam Rivera")],
            Sender = new MessageSender("Sam \"The Fixer\" Rivera", "sam@vendor.example"),
        };

        await port.SendAsync(EmailPorts.Customer(), message, "warning:c9");

        using var email = MimeMessage.Load(Assert.Single(Directory.GetFiles(Outbox)));
        Assert.Equal("New date for Pilot rollout: Wednesday 18 March 2026", email.Subject);
        var from = Assert.Single(email.From.Mailboxes);
        Assert.Equal(("Sam \"The Fixer\" Rivera via Acme Delivery", "statusbot@vendor.example"), (from.Name, from.Address));
        Assert.Equal("sam@vendor.example", Assert.Single(email.ReplyTo.Mailboxes).Address);
        Assert.Equal("sam@vendor.example", Assert.Single(email.Cc.Mailboxes).Address);
        Assert.Contains("What happened\nLoad tests <failed>.", email.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("<h3>What happened</h3>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Load tests &lt;failed&gt;.", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ComposedWarning_SignsWithTheOwnersNameAndRoleInBothParts()
    {
        using var port = EmailPorts.Outbox(_root.FullName, Outbox, _time);
        var commitment = new Commitment
        {
            Id = "c1", Workspace = WorkspaceId.Parse("slack-T0123"), Title = "Pilot rollout", Customer = "Acme", DueDate = new DateOnly(2026, 3, 6),
            TimeZone = "Europe/Berlin", Owner = "U0OWNER", Channel = "C1", CustomerDestination = "customer@example.test", HealthSince = _time.GetUtcNow(), CreatedAt = _time.GetUtcNow(),
        };
        var owner = new Person { Workspace = commitment.Workspace, UserId = "U0OWNER", DisplayName = "Sam Lee", Email = "sam@vendor.example", Title = "Delivery <lead>" };
        var parts = SlipParts.Empty.With(SlipPart.Facts, "Load tests failed.");
        var message = WarningComposer.Compose(commitment, commitment.DueDate, new DateOnly(2026, 3, 18), parts, new DateOnly(2026, 3, 2), owner);

        await port.SendAsync(EmailPorts.Customer(), message, "warning:c1");

        using var email = MimeMessage.Load(Assert.Single(Directory.GetFiles(Outbox)));
        Assert.EndsWith("\n\nSam Lee, Delivery <lead>", email.TextBody!.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("Sam Lee, Delivery &lt;lead&gt;", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<lead>", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SameKeyTwice_WritesOneFile()
    {
        using var port = EmailPorts.Outbox(_root.FullName, Outbox, _time);

        var first = await port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), "warning:c1");
        _time.Advance(TimeSpan.FromMinutes(5));
        var second = await port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), "warning:c1");
        await port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), "warning:c2");

        Assert.Equal(first, second);
        Assert.Equal(2, Directory.GetFiles(Outbox).Length);
        Assert.Single(Directory.GetFiles(Outbox, "20260302T093000000Z-*.eml"));
    }

    [Fact]
    public async Task SendAsync_SameKeyConcurrently_WritesOneFileAndNoTemporaryFileRemains()
    {
        using var port = EmailPorts.Outbox(_root.FullName, Outbox, _time);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), "warning:c1")));

        var file = Assert.Single(Directory.GetFiles(Outbox));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FromSet_UsesIt()
    {
        using var port = EmailPorts.Outbox(_root.FullName, Outbox, _time, from: "warnings@acme.test");

        await port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), "warning:c1");

        using var email = MimeMessage.Load(Assert.Single(Directory.GetFiles(Outbox)));
        Assert.Equal("warnings@acme.test", Assert.Single(email.From.Mailboxes).Address);
    }

    [Fact]
    public async Task SendAsync_SameKeyInAnotherWorkspace_IsAnotherMessage()
    {
        using var port = EmailPorts.Outbox(_root.FullName, Outbox, _time);

        var first = await port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), "warning:c1");
        var second = await port.SendAsync(EmailPorts.Customer() with { Workspace = WorkspaceId.ForTeams("7e9a1b2c-0000-4000-8000-000000000001") }, EmailPorts.Warning(), "warning:c1");

        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.Equal(2, Directory.GetFiles(Outbox).Length);
    }

    [Fact]
    public async Task UpdateAsync_SentEmail_ChangesNothing()
    {
        using var port = EmailPorts.Outbox(_root.FullName, Outbox, _time);
        var sent = await port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), "warning:c1");
        var before = File.ReadAllText(Assert.Single(Directory.GetFiles(Outbox)));

        await port.UpdateAsync(sent, EmailPorts.Warning("Changed"));

        Assert.Equal(before, File.ReadAllText(Assert.Single(Directory.GetFiles(Outbox))));
    }

    [Fact]
    public async Task SendAsync_NotAnEmailAddress_ThrowsArgumentExceptionAndWritesNothing()
    {
        using var port = EmailPorts.Outbox(_root.FullName, Outbox, _time);

        await Assert.ThrowsAsync<ArgumentException>(() => port.SendAsync(ChatAddress.ToUser(WorkspaceId.Parse("slack-T0123"), "U0123"), EmailPorts.Warning(), "k"));

        Assert.False(Directory.Exists(Outbox) && Directory.EnumerateFileSystemEntries(Outbox).Any());
    }

    public void Dispose() => _root.Delete(recursive: true);
}
