using Hub.Testing;
using MassTransit.Testing;

namespace Hub.IntegrationTests;

/// <summary>
/// Polls the harness's records instead of its <c>Any</c> waits: those stop waiting once the shared bus
/// has been idle for the inactivity timeout, which a class fixture reaches between tests.
/// </summary>
public static class HarnessWaits
{
    public static Task<bool> ConsumedAsync<T>(this ITestHarness harness, Func<T, bool> match, int seconds = 15) where T : class =>
        Eventually.ReturnsAsync(
            () => Task.FromResult(harness.Consumed.Select<T>().Any(m => match(m.Context.Message))),
            found => found, TimeSpan.FromSeconds(seconds), $"{typeof(T).Name} to be consumed");

    public static Task<bool> PublishedAsync<T>(this ITestHarness harness, Func<T, bool> match, int seconds = 15) where T : class =>
        Eventually.ReturnsAsync(
            () => Task.FromResult(harness.Published.Select<T>().Any(m => match(m.Context.Message))),
            found => found, TimeSpan.FromSeconds(seconds), $"{typeof(T).Name} to be published");

    /// <summary>True when nothing matching was published within the window (the relay polls well inside it).</summary>
    public static async Task<bool> NothingPublishedAsync<T>(this ITestHarness harness, Func<T, bool> match, int seconds = 2) where T : class
    {
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        return !harness.Published.Select<T>().Any(m => match(m.Context.Message));
    }
}
