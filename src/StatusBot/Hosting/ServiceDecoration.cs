namespace StatusBot.Hosting;

/// <summary>Wraps a registered singleton in a decorator of the same service type.</summary>
internal static class ServiceDecoration
{
    /// <summary>
    /// Replaces the last registration of <typeparamref name="T"/> with <paramref name="decorate"/> over it, keeping its lifetime.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing registered <typeparamref name="T"/> yet: add what provides it first.</exception>
    public static IServiceCollection Decorate<T>(this IServiceCollection services, Func<T, IServiceProvider, T> decorate)
        where T : class
    {
        var index = services.Count - 1;
        while (index >= 0 && services[index].ServiceType != typeof(T))
        {
            index--;
        }

        if (index < 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name} is not registered yet: add what provides it before decorating it.");
        }

        var inner = services[index];
        services[index] = new ServiceDescriptor(typeof(T), provider => decorate((T)Create(provider, inner), provider), inner.Lifetime);
        return services;
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor inner) =>
        inner.ImplementationInstance
        ?? inner.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!);
}
