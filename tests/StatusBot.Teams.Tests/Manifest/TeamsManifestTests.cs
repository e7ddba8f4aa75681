using System.IO.Compression;
using System.Text.Json.Nodes;

namespace StatusBot.Teams.Tests.Manifest;

public sealed class TeamsManifestTests
{
    private const string BotId = "11111111-2222-3333-4444-555555555555";
    private const string AppId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private static string TeamsFile(string name) => RepoFiles.Path("manifest", "teams", name);

    [Fact]
    public async Task PackageSh_Filled_ZipWithManifestAndIconsAtRoot()
    {
        using var package = await PackageAsync();

        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(await File.ReadAllBytesAsync(TeamsFile("color.png")), Bytes(package, "color.png"));
        var manifest = JsonNode.Parse(Bytes(package, "manifest.json"))!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("bot.example.com", manifest["validDomains"]![0]!.GetValue<string>());
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_Packaged_ValidAgainstTheOfficialSchema()
    {
        using var package = await PackageAsync();
        var manifest = JsonNode.Parse(Bytes(package, "manifest.json"))!;
        var version = manifest["manifestVersion"]!.GetValue<string>();
        var schema = RepoFiles.Path(".tools", "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v" + version, "MicrosoftTeams.schema.json");
        Assert.True(File.Exists(schema), $"The Teams manifest schema {schema} is missing: install the test tools with ./test.sh, or: mkdir -p .tools && cp tools/package.json tools/package-lock.json .tools/ && (cd .tools && npm ci)");
        var extracted = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "statusbot-manifest-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllBytesAsync(extracted, Bytes(package, "manifest.json"));

        var (exitCode, output) = await RepoFiles.RunAsync("node", [RepoFiles.Path("tools", "validate-teams-manifest.js"), extracted, schema],
            new Dictionary<string, string> { ["NODE_PATH"] = RepoFiles.Path(".tools", "node_modules") });
        File.Delete(extracted);

        Assert.True(exitCode == 0, "manifest/teams/manifest.json does not match the Teams schema v" + version + ":\n" + output);
        Assert.Contains($"/v{version}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_Bot_PersonalAndTeamWithTheCommands()
    {
        var bot = JsonNode.Parse(File.ReadAllText(TeamsFile("manifest.json")))!["bots"]![0]!;

        Assert.Equal(["personal", "team"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var personal = bot["commandLists"]!.AsArray().Single(l => l!["scopes"]![0]!.GetValue<string>() == "personal")!;
        Assert.Equal(["slip", "commit", "list", "checkin", "digest", "away", "manager", "tone", "help"], personal["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
        Assert.All(personal["commands"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace(c!["description"]!.GetValue<string>())));
        var team = bot["commandLists"]!.AsArray().Single(l => l!["scopes"]![0]!.GetValue<string>() == "team")!;
        Assert.Equal(["digest", "commit", "list", "slip", "checkin", "help"], team["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ColorIcon_Png_192By192()
    {
        var png = Png.Read(await File.ReadAllBytesAsync(TeamsFile("color.png")));

        Assert.Equal((192, 192), (png.Width, png.Height));
    }

    [Fact]
    public async Task OutlineIcon_Png_32By32WhiteOnTransparent()
    {
        var png = Png.Read(await File.ReadAllBytesAsync(TeamsFile("outline.png")));

        Assert.Equal((32, 32, (byte)6, (byte)8), (png.Width, png.Height, png.ColorType, png.BitDepth));
        var pixels = png.Pixels().ToList();
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public async Task PackageSh_BotIdNotAGuid_FailsSayingSo()
    {
        var (exitCode, output) = await RepoFiles.RunAsync("bash", [TeamsFile("package.sh"), "--bot-id", "nope", "--domain", "bot.example.com", "--out", System.IO.Path.GetTempFileName()]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--bot-id must be the bot's app id", output, StringComparison.Ordinal);
    }

    private static async Task<ZipArchive> PackageAsync()
    {
        var zip = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "statusbot-teams-" + Guid.NewGuid().ToString("N") + ".zip");
        var (exitCode, output) = await RepoFiles.RunAsync("bash", [TeamsFile("package.sh"), "--bot-id", BotId, "--app-id", AppId, "--domain", "bot.example.com", "--out", zip]);
        Assert.True(exitCode == 0, "package.sh failed:\n" + output);
        var bytes = await File.ReadAllBytesAsync(zip);
        File.Delete(zip);
        return new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
    }

    private static byte[] Bytes(ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
