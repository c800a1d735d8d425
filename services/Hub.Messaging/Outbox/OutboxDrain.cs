using Hub.Persistence;
using Hub.Persistence.Outbox;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Outbox;

/// <summary>
/// One round of the relay, apart from the bus so it can be tested: claim a batch, publish each row in
/// order (the delegate returns once the broker confirmed), mark it sent. On a failure, or when the
/// lease is running out, the rest of the batch is released so no later row overtakes an earlier one.
/// </summary>
public static class OutboxDrain
{
    public static async Task<int> OnceAsync(
        ModuleDatabase database,
        string owner,
        OutboxOptions settings,
        TimeProvider time,
        Func<OutboxMessage, CancellationToken, Task> publish,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var claimedAt = time.GetUtcNow();
        var claim = await OutboxStore.ClaimAsync(database, owner, settings.BatchSize, settings.Lease, claimedAt, cancellationToken);
        var safeUntil = claimedAt + settings.Lease * 2 / 3;
        var published = 0;
        try
        {
            foreach (var row in claim.Messages)
            {
                if (time.GetUtcNow() >= safeUntil)
                {
                    // Another instance may take the rows over soon; stop before it could publish them too.
                    break;
                }

                try
                {
                    await publish(row, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    await OutboxStore.MarkFailedAsync(database, claim, row.Position, exception.Message, CancellationToken.None);
                    throw;
                }

                if (!await OutboxStore.MarkSentAsync(database, claim, row.Position, time.GetUtcNow(), CancellationToken.None))
                {
                    logger.LogWarning("Outbox row {Position} in {Module} was taken over after its lease ran out", row.Position, database.Module);
                    break;
                }

                published++;
            }
        }
        finally
        {
            if (published < claim.Messages.Count)
            {
                await OutboxStore.ReleaseAsync(database, claim, CancellationToken.None);
            }
        }

        return claim.Messages.Count;
    }
}
