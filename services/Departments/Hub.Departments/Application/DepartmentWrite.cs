using Hub.Departments.Cases;
using Hub.Persistence;

namespace Hub.Departments.Application;

/// <summary>
/// The one write path of a department, for HTTP and broker commands alike:
/// unit of work → inbox → (case open? → change → next sequence → publish) → commit. A refusal commits nothing.
/// </summary>
public static class DepartmentWrite
{
    /// <summary>The inbox consumer name a broker command's idempotency key is recorded under.</summary>
    public const string InboxConsumer = "department-ingest";

    /// <summary>
    /// Runs <paramref name="write"/> as one unit of work of the department's database, in the next group commit
    /// (<see cref="GroupCommit"/>): writes that arrive together share a transaction, each under its own savepoint,
    /// and each answers once that transaction is committed. With a <paramref name="messageId"/> (a broker command)
    /// the id is recorded in the inbox in the same unit, and a second delivery does nothing. Inside a batch
    /// (<see cref="DepartmentContext.Enclosing"/>) the unit runs at once in the batch's transaction, which the batch commits.
    /// </summary>
    public static Task<Outcome<T>> RunAsync<T>(
        this DepartmentContext department, Guid? messageId, Func<UnitOfWork, Task<Outcome<T>>> write, CancellationToken ct) where T : class
    {
        async Task<Outcome<T>> Unit(UnitOfWork work)
        {
            if (messageId is { } id && !await work.TryMarkHandledAsync(id, InboxConsumer)) return Outcome<T>.Handled;
            var outcome = await write(work);
            if (outcome.Refusal is null) await work.CommitAsync(ct);
            return outcome;
        }

        return department.Enclosing is { } batch ? Unit(batch) : department.Database.Batches.RunAsync(Unit);
    }

    /// <summary>
    /// Changes an open case: <paramref name="change"/> checks and writes what differs, then the case takes its next
    /// sequence number and the change's event is published. <paramref name="whenClosed"/> ends the 409's detail.
    /// </summary>
    public static Task<Outcome<T>> ChangeOpenCaseAsync<T>(
        this DepartmentContext department, Guid caseId, Guid? messageId, string whenClosed,
        Func<UnitOfWork, CaseRecord, Task<Outcome<CaseChange<T>>>> change, CancellationToken ct) where T : class =>
        department.RunAsync<T>(messageId, async work =>
        {
            // Two instances changing one case: the second reads the case only after the first committed (docs/scaling.md).
            await work.SerializeOnAsync($"case:{caseId}");
            if (await CaseStore.FindAsync(work, caseId) is not { } record) return Refusal.NotFound("Case", caseId);
            if (record.IsClosed) return Refusal.Conflict("The case is closed.", $"Case {caseId} was closed on {record.ClosedAt:yyyy-MM-dd}; {whenClosed}.");
            var outcome = await change(work, record);
            if (outcome.Refusal is { } refusal) return refusal;
            var changed = outcome.Answer!;
            await changed.PublishAsync(work, await CaseStore.NextSequenceAsync(work, caseId));
            return changed.Answer;
        }, ct);
}
