using Hub.Persistence;
using Hub.Persistence.Outbox;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Outbox;

/// <summary>
/// One round of the relay, apart from the bus so it can be tested: claim a window of rows, publish them in
/// order with their confirms outstanding together, then mark every confirmed row sent in one statement.
/// When a row fails, the rows confirmed before it are marked sent, it is marked failed, and the rest of the
/// window is released, so the next round starts again at the failed row and no later row is marked ahead of it.
/// </summary>
public static class OutboxDrain
{
    /// <summary>Publishes the window; returns how many rows, from the first, the broker confirmed.</summary>
    public delegate Task<OutboxWindowResult> PublishWindow(IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken);

    /// <summary>One row at a time, each awaited before the next (tests of the drain itself).</summary>
    public static Task<int> OnceAsync(
        ModuleDatabase database, string owner, OutboxOptions settings, TimeProvider time,
        Func<OutboxMessage, CancellationToken, Task> publish, ILogger logger, CancellationToken cancellationToken) =>
        OnceAsync(database, owner, settings, time, OneByOne(publish), logger, cancellationToken);

    public static async Task<int> OnceAsync(
        ModuleDatabase database,
        string owner,
        OutboxOptions settings,
        TimeProvider time,
        PublishWindow publish,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var claim = await OutboxStore.ClaimAsync(database, owner, settings.BatchSize, settings.Lease, time.GetUtcNow(), cancellationToken);
        if (claim.Messages.Count == 0) return 0;

        var marked = 0;
        try
        {
            var result = await publish(claim.Messages, cancellationToken);
            if (result.Confirmed > 0)
            {
                var last = claim.Messages[result.Confirmed - 1].Position;
                marked = await OutboxStore.MarkSentThroughAsync(database, claim, last, time.GetUtcNow(), CancellationToken.None);
                if (marked < result.Confirmed)
                {
                    // The lease ran out and another relay took rows over; it publishes them again, the inboxes absorb that.
                    logger.LogWarning("Outbox rows up to {Position} in {Module} were taken over after their lease ran out", last, database.Module);
                }
            }

            if (result.Failure is not null)
            {
                await OutboxStore.MarkFailedAsync(database, claim, claim.Messages[result.Confirmed].Position, result.Failure.Message, CancellationToken.None);
                throw result.Failure;
            }
        }
        finally
        {
            if (marked < claim.Messages.Count)
            {
                await OutboxStore.ReleaseAsync(database, claim, CancellationToken.None);
            }
        }

        return claim.Messages.Count;
    }

    private static PublishWindow OneByOne(Func<OutboxMessage, CancellationToken, Task> publish) => async (rows, cancellationToken) =>
    {
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                await publish(rows[i], cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new OutboxWindowResult(i, exception);
            }
        }

        return new OutboxWindowResult(rows.Count, null);
    };
}
