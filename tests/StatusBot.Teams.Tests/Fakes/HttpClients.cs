using Microsoft.Extensions.DependencyInjection;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>A real IHttpClientFactory, as the host has one.</summary>
internal static class HttpClients
{
    private static readonly IHttpClientFactory Shared = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();

    public static IHttpClientFactory Factory => Shared;
}
