using System.Text.Json;
using Hub.Departments.Ingest;
using Hub.Messaging;
using Hub.Persistence;
using Hub.ServiceDefaults.Telemetry;
using Hub.Messaging.Operations;

namespace Hub.Departments.Batches;

/// <summary>
/// Runs a centre's batch of commands through the one table "command type → handler" (<see cref="IngestDispatcher"/>)
/// in one write unit of the centre's database. Each command's own write unit joins it under a savepoint
/// (<see cref="ModuleDatabase.WriteAsync{T}"/>), so a refused command undoes itself alone; the others stay, and the
/// outbox holds one event per applied command in the order sent. The caller gets its answer once the unit is durable.
/// </summary>
public sealed class CommandBatch(IngestDispatcher dispatcher, HubMetrics metrics, TimeProvider time)
{
    public async Task<BatchResponse> RunAsync(DepartmentContext department, IReadOnlyList<JsonElement> commands, CancellationToken ct)
    {
        var results = await department.Database.WriteAsync(async work =>
        {
            var answered = new List<BatchItemResult>(commands.Count);
            for (var index = 0; index < commands.Count; index++)
            {
                answered.Add(await ApplyAsync(department, work, index, commands[index], ct));
            }

            return answered;
        }, ct);

        foreach (var refused in results.Where(r => r.Problem is not null)) metrics.Refused(department.Key, refused.Status);
        return new BatchResponse(
            results.Count(r => r.Problem is null && !r.Replayed), results.Count(r => r.Replayed), results.Count(r => r.Problem is not null), results);
    }

    private async Task<BatchItemResult> ApplyAsync(DepartmentContext department, WriteUnit work, int index, JsonElement json, CancellationToken ct)
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
