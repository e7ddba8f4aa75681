using Microsoft.Extensions.Options;
using StatusBot.Core.Answers;
using StatusBot.Email;

namespace StatusBot.Customers;

/// <summary>The customer's side of the host: the answer links in warnings and the pages they open.</summary>
internal static class CustomerHostingExtensions
{
    /// <summary>Binds and validates <see cref="CustomersOptions"/> and registers the links, the answer use case and the email links.</summary>
    public static WebApplicationBuilder AddStatusBotCustomers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CustomersOptions>().BindConfiguration(CustomersOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CustomersOptions>, CustomersOptionsValidator>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<CustomerLinks>();
        services.AddSingleton<LinkRateLimit>();
        services.AddSingleton<CustomerAnswerService>();
        services.AddSingleton<IPromiseLinkAddresses, PromiseLinkAddresses>();
        services.AddSingleton<PromiseLinkService>();
        services.AddSingleton<IEmailLinks, AnswerEmailLinks>();
        return builder;
    }

    /// <summary>
    /// Maps the pages customers open with a signed link (answers to warnings, promise pages) and the admin routes that
    /// share and revoke promise pages.
    /// </summary>
    public static IEndpointRouteBuilder MapCustomerEndpoints(this IEndpointRouteBuilder app)
    {
        AnswerEndpoints.Map(app);
        PromiseEndpoints.Map(app);
        PromiseLinkEndpoints.Map(app);
        return app;
    }
}
