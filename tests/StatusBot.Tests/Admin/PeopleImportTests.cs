using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.People;

namespace StatusBot.Tests.Admin;

public sealed class PeopleImportTests
{
    private const string Import = AdminHost.Base + "/import";
    private const string Header = "title,customer,dueDate,timeZone,owner,channel,customerDestination,manager";

    [Fact]
    public async Task The_import_gives_owners_their_manager_and_refuses_a_row_whose_manager_cannot_be()
    {
        using var host = new AdminHost();
        var csv = string.Join("\n",
            Header,
            "Export,Acme,2026-12-18,Europe/Berlin,U_ANN,C0456,ops@acme.example,U_BOB",
            "Loop,Acme,2026-12-18,Europe/Berlin,U_BOB,C0456,ops@acme.example,U_ANN",
            "Self and bad date,Acme,18/12/2026,Europe/Berlin,U_CAT,C0456,ops@acme.example,U_CAT",
            "No manager,Acme,2026-12-18,Europe/Berlin,U_DAN,C0456,ops@acme.example,",
            "Chain,Acme,2026-12-18,Europe/Berlin,U_BOB,C0456,ops@acme.example,U_EVE") + "\n";

        using var response = await host.Client.PostAsync(new Uri(Import, UriKind.Relative), AdminHost.Csv(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await AdminHost.ReadAsync(response);
        var created = result["created"]!.AsArray();
        Assert.Equal([2, 5, 6], created.Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal(["U_BOB", null, "U_EVE"], created.Select(r => (string?)r!["manager"]));
        var errors = result["errors"]!.AsArray();
        Assert.Equal([3, 4], errors.Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal(["manager"], errors[0]!["reasons"]!.AsArray().Select(r => AdminHost.Text(r!["field"])));
        Assert.Contains("loop", AdminHost.Text(errors[0]!["reasons"]![0]!["message"]), StringComparison.Ordinal);
        Assert.Equal(["dueDate", "manager"], errors[1]!["reasons"]!.AsArray().Select(r => AdminHost.Text(r!["field"])));

        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        Assert.Equal("U_BOB", (await directory.GetAsync(AdminHost.Workspace, "U_ANN"))!.Manager);
        Assert.Equal("U_EVE", (await directory.GetAsync(AdminHost.Workspace, "U_BOB"))!.Manager);
        Assert.Null(await directory.GetAsync(AdminHost.Workspace, "U_CAT"));
        Assert.Null(await directory.GetAsync(AdminHost.Workspace, "U_DAN"));
        var titles = (await AdminHost.ReadAsync(await host.GetAsync(AdminHost.Base)))["commitments"]!.AsArray().Select(c => AdminHost.Text(c!["title"]));
        Assert.Equal(["Chain", "Export", "No manager"], titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_manager_in_the_import_keeps_the_rest_of_the_person()
    {
        using var host = new AdminHost();
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        await directory.SaveAsync(Person.Unknown(AdminHost.Workspace, "U_ANN") with { DisplayName = "Ann", Manager = "U_OLD", Reach = Reach.Reachable });

        using var response = await host.Client.PostAsync(new Uri(Import, UriKind.Relative),
            AdminHost.Csv(Header + "\nExport,Acme,2026-12-18,Europe/Berlin,U_ANN,C0456,ops@acme.example,U_NEW\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ann = await directory.GetAsync(AdminHost.Workspace, "U_ANN");
        Assert.Equal(("Ann", "U_NEW", Reach.Reachable), (ann!.DisplayName, ann.Manager, ann.Reach));
    }
}
