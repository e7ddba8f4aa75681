using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Customers;
using StatusBot.Storage.Tests;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Customers;

/// <summary>A link signed by one host opens on another that shares the store, and on the same store after a restart.</summary>
public sealed class SharedLinkKeysTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T0123");

    private static string TokenOf(Uri link) => link.Segments[^1];

    [Fact]
    public void Two_hosts_on_one_Azure_Tables_account_read_each_others_answer_links()
    {
        var onAzurite = new Dictionary<string, string?> { ["Storage:Provider"] = "AzureTables", ["Storage:AzureTables:ConnectionString"] = Azurite.ConnectionString };
        using var first = new StatusBotFactory(onAzurite);
        using var second = new StatusBotFactory(onAzurite);

        var link = first.Services.GetRequiredService<CustomerLinks>().AnswerUrl(Workspace, "c1", new DateOnly(2026, 12, 18), CustomerAnswer.Sooner);
        var read = second.Services.GetRequiredService<CustomerLinks>().ReadAnswer(TokenOf(link));

        Assert.Equal(new AnswerLink(Workspace, "c1", new DateOnly(2026, 12, 18), CustomerAnswer.Sooner), read.Value);
    }

    [Fact]
    public void A_host_restarted_on_the_same_SQLite_file_reads_the_links_it_signed_before()
    {
        var folder = Directory.CreateTempSubdirectory("statusbot-restart-");
        var onFile = new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(folder.FullName, "statusbot.db") };
        try
        {
            string token;
            using (var before = new StatusBotFactory(onFile))
            {
                token = TokenOf(before.Services.GetRequiredService<CustomerLinks>().PromiseUrl(Workspace, "link-1", DateTimeOffset.UtcNow.AddDays(1)));
            }

            using var after = new StatusBotFactory(onFile);

            Assert.Equal(new PromiseLinkRef(Workspace, "link-1"), after.Services.GetRequiredService<CustomerLinks>().ReadPromise(token).Value);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
