using System.Net;
using System.Text;

namespace StatusBot.Tests.Admin;

public sealed class CommitmentImportTests
{
    private const string Import = AdminHost.Base + "/import";
    private const string Header = "title,customer,dueDate,timeZone,owner,channel,customerDestination,noticeDays,approver";

    private static async Task<HttpResponseMessage> PostAsync(AdminHost host, HttpContent content) =>
        await host.Client.PostAsync(new Uri(Import, UriKind.Relative), content);

    [Fact]
    public async Task Import_creates_the_good_rows_and_reports_each_bad_row_by_its_line()
    {
        using var host = new AdminHost();
        var csv = string.Join("\n",
            Header,
            "Data export API,Acme,2026-12-18,Europe/Berlin,U0123,C0456,ops@acme.example,5,",
            "\"Report, \"\"quarterly\"\"\nwith notes\",Globex,2027-01-10,America/New_York,U0124,C0456,C0999,,U0999",
            "Bad date,Initech,31/12/2026,Europe/Berlin,U0125,C0456,C0999,,",
            "",
            ",Umbrella,2027-02-01,Mars/Olympus_Mons,U0126,C0456,C0999,,",
            "Too few,Hooli,2027-02-01",
            "Last,Stark,2027-03-01,UTC,U0127,C0456,C0999,0,") + "\n";
        using var content = AdminHost.Csv(csv);

        var response = await PostAsync(host, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await AdminHost.ReadAsync(response);
        Assert.Equal([2, 3, 9], result["created"]!.AsArray().Select(r => r!["line"]!.GetValue<int>()));
        var errors = result["errors"]!.AsArray();
        Assert.Equal([5, 7, 8], errors.Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal(["dueDate"], errors[0]!["reasons"]!.AsArray().Select(r => AdminHost.Text(r!["field"])));
        Assert.Equal(["title", "timeZone"], errors[1]!["reasons"]!.AsArray().Select(r => AdminHost.Text(r!["field"])));
        Assert.Equal(["row"], errors[2]!["reasons"]!.AsArray().Select(r => AdminHost.Text(r!["field"])));

        var list = await AdminHost.ReadAsync(await host.GetAsync(AdminHost.Base));
        // The fake clock stands still, so the three ids share one instant: compare without order.
        var titles = list["commitments"]!.AsArray().Select(c => AdminHost.Text(c!["title"])).Order(StringComparer.Ordinal);
        Assert.Equal(["Data export API", "Last", "Report, \"quarterly\"\nwith notes"], titles);
    }

    [Fact]
    public async Task Import_reads_a_BOM_CRLF_and_headers_in_any_order_and_case()
    {
        using var host = new AdminHost();
        var csv = "\uFEFFOwner,TITLE,customer,DueDate,timezone,channel,customerdestination\r\n"
            + "U0123,Export,Acme,2026-12-18,Europe/Berlin,C0456,\"ops@acme.example\"\r\n"
            + "U0124,\"Two\r\nlines\",Acme,2026-12-19,Europe/Berlin,C0456,C0999\r\n"
            + "U0125,Bad,Acme,2026-12-20,Nowhere,C0456,C0999\r\n";
        // The text starts with U+FEFF, so its UTF-8 bytes start with the byte order mark EF BB BF.
        using var content = new ByteArrayContent(new UTF8Encoding(false).GetBytes(csv));
        content.Headers.ContentType = new("text/csv") { CharSet = "utf-8" };

        var response = await PostAsync(host, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await AdminHost.ReadAsync(response);
        Assert.Equal([2, 3], result["created"]!.AsArray().Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal(5, Assert.Single(result["errors"]!.AsArray())!["line"]!.GetValue<int>());
        var id = AdminHost.Text(result["created"]![0]!["id"]);
        var shown = await AdminHost.ReadAsync(await host.GetAsync($"{AdminHost.Base}/{id}"));
        Assert.Equal(("Export", "U0123"), (AdminHost.Text(shown["title"]), AdminHost.Text(shown["owner"])));
    }

    [Fact]
    public async Task Import_without_a_required_header_is_400_naming_it_and_imports_nothing()
    {
        using var host = new AdminHost();
        using var content = AdminHost.Csv("title,customer,timeZone,owner,channel,customerDestination\nX,Acme,UTC,U1,C1,C2\n");

        var response = await PostAsync(host, content);

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("no column dueDate", AdminHost.Text((await AdminHost.ReadAsync(response))["detail"]), StringComparison.Ordinal);
        Assert.Empty((await AdminHost.ReadAsync(await host.GetAsync(AdminHost.Base)))["commitments"]!.AsArray());
    }

    [Fact]
    public async Task Import_ignores_columns_that_are_no_field_and_says_which()
    {
        using var host = new AdminHost();
        using var content = AdminHost.Csv("Deal stage," + Header + ",colour\nWon,Export,Acme,2026-12-18,UTC,U0123,C0456,ops@acme.example,,,blue\n");

        var response = await PostAsync(host, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await AdminHost.ReadAsync(response);
        Assert.Equal(["Deal stage", "colour"], result["ignoredColumns"]!.AsArray().Select(c => AdminHost.Text(c)));
        Assert.Single(result["created"]!.AsArray());
    }

    [Fact]
    public async Task Import_without_a_required_column_names_it_and_the_columns_it_ignored()
    {
        using var host = new AdminHost();
        using var content = AdminHost.Csv("titel,customer,dueDate,timeZone,owner,channel,customerDestination\nX,Acme,2026-12-18,UTC,U1,C1,C2\n");

        var response = await PostAsync(host, content);

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        var detail = AdminHost.Text((await AdminHost.ReadAsync(response))["detail"]);
        Assert.Contains("no column title", detail, StringComparison.Ordinal);
        Assert.Contains("ignored the columns titel", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_with_external_ids_updates_and_never_duplicates()
    {
        using var host = new AdminHost();
        const string Upsert = "externalId," + Header;
        var first = Upsert + "\nCRM-1,Export,Acme,2026-12-18,UTC,U0123,C0456,ops@acme.example,5,\nCRM-2,Report,Globex,2027-01-10,UTC,U0124,C0456,C0999,,\n,No id,Initech,2027-01-11,UTC,U0125,C0456,C0999,,\n";
        using (var content = AdminHost.Csv(first))
        {
            var created = await AdminHost.ReadAsync(await PostAsync(host, content));
            Assert.Equal(3, created["created"]!.AsArray().Count);
        }

        // The same file again, with CRM-1's date moved and its notice cleared: CRM-1 updated, CRM-2 unchanged, the row
        // without an id created again (nothing names it).
        var second = first.Replace("2026-12-18,UTC,U0123,C0456,ops@acme.example,5", "2026-12-22,UTC,U0123,C0456,ops@acme.example,", StringComparison.Ordinal);
        using var again = AdminHost.Csv(second);
        var result = await AdminHost.ReadAsync(await PostAsync(host, again));

        Assert.Equal([2], result["updated"]!.AsArray().Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal([3], result["unchanged"]!.AsArray().Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal([4], result["created"]!.AsArray().Select(r => r!["line"]!.GetValue<int>()));
        Assert.Empty(result["errors"]!.AsArray());
        var all = (await AdminHost.ReadAsync(await host.GetAsync(AdminHost.Base)))["commitments"]!.AsArray();
        Assert.Equal(4, all.Count);
        var crm1 = all.Single(c => c!["externalId"]?.GetValue<string>() == "CRM-1")!;
        Assert.Equal(("2026-12-22", null), (AdminHost.Text(crm1["dueDate"]), crm1["noticeDays"]?.GetValue<int>()));
    }

    [Fact]
    public async Task A_row_naming_a_closed_commitment_by_external_id_is_refused_saying_so()
    {
        using var host = new AdminHost();
        using (var content = AdminHost.Csv("externalId," + Header + "\nCRM-9,Export,Acme,2026-12-18,UTC,U0123,C0456,ops@acme.example,,\n"))
        {
            var id = AdminHost.Text((await AdminHost.ReadAsync(await PostAsync(host, content)))["created"]![0]!["id"]);
            (await host.Client.DeleteAsync(new Uri($"{AdminHost.Base}/{id}", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        using var again = AdminHost.Csv("externalId," + Header + "\nCRM-9,Export v2,Acme,2026-12-18,UTC,U0123,C0456,ops@acme.example,,\n");
        var result = await AdminHost.ReadAsync(await PostAsync(host, again));

        var reason = Assert.Single(Assert.Single(result["errors"]!.AsArray())!["reasons"]!.AsArray())!;
        Assert.Contains("externalId 'CRM-9'", AdminHost.Text(reason["message"]), StringComparison.Ordinal);
        Assert.Single((await AdminHost.ReadAsync(await host.GetAsync(AdminHost.Base)))["commitments"]!.AsArray());
    }

    [Fact]
    public async Task Import_with_malformed_quoting_is_400_with_the_line_and_imports_nothing()
    {
        using var host = new AdminHost();
        using var content = AdminHost.Csv(Header + "\nGood,Acme,2026-12-18,UTC,U1,C1,C2,,\n\"Never closed,Acme,2026-12-18,UTC,U1,C1,C2,,\n");

        var response = await PostAsync(host, content);

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("Line 3:", AdminHost.Text((await AdminHost.ReadAsync(response))["detail"]), StringComparison.Ordinal);
        Assert.Empty((await AdminHost.ReadAsync(await host.GetAsync(AdminHost.Base)))["commitments"]!.AsArray());
    }

    [Fact]
    public async Task Import_of_more_than_5000_rows_is_413()
    {
        using var host = new AdminHost();
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 5001; i++)
        {
            csv.Append("T,C,2026-12-18,UTC,U1,C1,C2,,\n");
        }

        using var content = AdminHost.Csv(csv.ToString());

        var response = await PostAsync(host, content);

        AdminHost.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("5,000 rows", AdminHost.Text((await AdminHost.ReadAsync(response))["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_over_2_MiB_is_413()
    {
        using var host = new AdminHost();
        using var content = AdminHost.Csv(Header + "\n" + new string('x', 2 * 1024 * 1024));

        AdminHost.AssertProblem(await PostAsync(host, content), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Import_of_something_other_than_CSV_is_415()
    {
        using var host = new AdminHost();
        using var content = AdminHost.Json("{}");

        AdminHost.AssertProblem(await PostAsync(host, content), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Import_of_text_that_is_not_UTF8_is_400()
    {
        using var host = new AdminHost();
        using var content = new ByteArrayContent([.. Encoding.ASCII.GetBytes(Header + "\nCaf"), 0xE9, (byte)'\n']);
        content.Headers.ContentType = new("text/csv");

        AdminHost.AssertProblem(await PostAsync(host, content), HttpStatusCode.BadRequest);
    }
}
