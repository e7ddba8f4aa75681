namespace StatusBot.Hosting;

/// <summary>Where the host listens unless told otherwise.</summary>
internal static class DefaultAddress
{
    /// <summary>The Bot Framework's customary local address.</summary>
    public const string Url = "http://localhost:3978";

    /// <summary>Listens on <see cref="Url"/> unless <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>ASPNETCORE_HTTP_PORTS</c> says where.</summary>
    public static WebApplicationBuilder UseStatusBotDefaultAddress(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["http_ports"]) && string.IsNullOrEmpty(config["https_ports"]))
        {
            builder.WebHost.UseUrls(Url);
        }

        return builder;
    }
}
