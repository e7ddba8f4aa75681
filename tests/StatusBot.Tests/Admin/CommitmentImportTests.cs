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
    public async Task Import_with_an_unknown_column_is_400_naming_it()
    {
        using var host = new AdminHost();
        using var content = AdminHost.Csv(Header + ",colour\n");

        var response = await PostAsync(host, content);

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("'colour'", AdminHost.Text((await AdminHost.ReadAsync(response))["detail"]), StringComparison.Ordinal);
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
