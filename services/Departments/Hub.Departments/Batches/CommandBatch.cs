using System.Text.Json;
using Hub.Departments.Ingest;
using Hub.Messaging;
using Hub.Persistence;
using Hub.ServiceDefaults.Telemetry;

namespace Hub.Departments.Batches;

/// <summary>
/// Runs a centre's batch of commands through the one table "command type → handler" (<see cref="IngestDispatcher"/>)
/// in one transaction of the centre's database: one unit of its group commit, each command under its own savepoint.
/// A refused command rolls back to its savepoint alone; the others stay, and the outbox holds one event per applied
/// command in the order sent. The caller gets its answer only once that transaction is committed.
/// </summary>
public sealed class CommandBatch(IngestDispatcher dispatcher, HubMetrics metrics, TimeProvider time)
{
    private const string Savepoint = "command";

    public async Task<BatchResponse> RunAsync(DepartmentContext department, IReadOnlyList<JsonElement> commands, CancellationToken ct)
    {
        var results = await department.Database.Batches.RunAsync(async work =>
        {
            var inBatch = department with { Enclosing = work };
            var answered = new List<BatchItemResult>(commands.Count);
            for (var index = 0; index < commands.Count; index++)
            {
                await work.Transaction.SaveAsync(Savepoint, ct);
                var result = await ApplyAsync(inBatch, work, index, commands[index], ct);
                if (result.Problem is not null) await work.Transaction.RollbackAsync(Savepoint, ct);
                await work.Transaction.ReleaseAsync(Savepoint, ct);
                answered.Add(result);
            }

            await work.CommitAsync(ct);
            return answered;
        });

        foreach (var refused in results.Where(r => r.Problem is not null)) metrics.Refused(department.Key, refused.Status);
        return new BatchResponse(
            results.Count(r => r.Problem is null && !r.Replayed), results.Count(r => r.Replayed), results.Count(r => r.Problem is not null), results);
    }

    private async Task<BatchItemResult> ApplyAsync(DepartmentContext department, UnitOfWork work, int index, JsonElement json, CancellationToken ct)
    {
        CommandEnvelope? envelope = null;
        try
        {
            envelope = IngestCommand.Parse<CommandEnvelope>(json, "");
            var handler = dispatcher.HandlerFor(envelope, transportMessageId: null, out var messageId);
            var key = IngestDispatcher.IdempotencyKey(department.Key, messageId);
            var outcome = await handler.Apply(new IngestCommand(department, envelope!, key, ct));
            if (outcome.Refusal is { } refusal) return Refused(index, messageId, refusal);
            if (outcome.AlreadyHandled)
            {
                // The inbox had the key: answer what was answered then (none is kept for a command that came over the broker).
                var earlier = await CommandAnswerStore.FindAsync(work, key);
                return new BatchItemResult(index, messageId, earlier?.Status ?? handler.SuccessStatus, Replayed: true, Parsed(earlier?.Answer), null);
            }

            var answer = JsonSerializer.SerializeToElement(outcome.Answer, JsonSerializerOptions.Web);
            await CommandAnswerStore.RecordAsync(work, key, handler.SuccessStatus, answer.GetRawText(), time.GetUtcNow());
            return new BatchItemResult(index, messageId, handler.SuccessStatus, Replayed: false, answer, null);
        }
        catch (CommandRefusedException refused)
        {
            return Refused(index, envelope?.MessageId, refused.Refusal);
        }
        catch (PermanentMessageException invalid)
        {
            return Refused(index, envelope?.MessageId, new Refusal(StatusCodes.Status400BadRequest, "The command is not valid.", BatchProblems.Reason(invalid)));
        }
    }

    private static BatchItemResult Refused(int index, string? messageId, Refusal refusal) =>
        new(index, messageId, refusal.Status, Replayed: false, null, BatchProblems.From(refusal));

    private static JsonElement? Parsed(string? answer) => answer is null ? null : JsonDocument.Parse(answer).RootElement.Clone();
}
