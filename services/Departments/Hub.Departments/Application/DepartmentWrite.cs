using Hub.Departments.Cases;
using Hub.Departments.Ingest;
using Hub.Persistence;

namespace Hub.Departments.Application;

/// <summary>
/// The one write path of a department, for HTTP and broker commands alike:
/// write unit → inbox → (case open? → change → next sequence → publish). A refusal keeps nothing, not even the inbox record.
/// </summary>
public static class DepartmentWrite
{
    /// <summary>The inbox consumer name a broker command's idempotency key is recorded under.</summary>
    public const string InboxConsumer = "department-ingest";

    /// <summary>
    /// Runs <paramref name="write"/> as one write unit of the department's database (<see cref="ModuleDatabase.WriteAsync{T}"/>):
    /// it answers once the group commit holding it is durable. With a <paramref name="messageId"/> (a broker command) the id
    /// is recorded in the inbox in the same unit, and a second delivery does nothing. Inside a batch of commands the unit
    /// joins the batch's under a savepoint of its own, so a refused command undoes only itself.
    /// </summary>
    public static async Task<Outcome<T>> RunAsync<T>(
        this DepartmentContext department, Guid? messageId, Func<WriteUnit, Task<Outcome<T>>> write, CancellationToken ct) where T : class
    {
        try
        {
            return await department.Database.WriteAsync(async work =>
            {
                if (messageId is { } id && !await work.TryMarkHandledAsync(id, InboxConsumer)) return Outcome<T>.Handled;
                var outcome = await write(work);
                // Thrown to undo the unit (a unit stands when its work returns); answered as the refusal below.
                if (outcome.Refusal is { } refusal) throw new CommandRefusedException(refusal);
                return outcome;
            }, ct);
        }
        catch (CommandRefusedException refused)
        {
            return refused.Refusal;
        }
    }

    /// <summary>
    /// Changes an open case: <paramref name="change"/> checks and writes what differs, then the case takes its next
    /// sequence number and the change's event is published. <paramref name="whenClosed"/> ends the 409's detail.
    /// </summary>
    public static Task<Outcome<T>> ChangeOpenCaseAsync<T>(
        this DepartmentContext department, Guid caseId, Guid? messageId, string whenClosed,
        Func<WriteUnit, CaseRecord, Task<Outcome<CaseChange<T>>>> change, CancellationToken ct) where T : class =>
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
