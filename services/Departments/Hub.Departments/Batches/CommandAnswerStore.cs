using Hub.Persistence;

namespace Hub.Departments.Batches;

/// <summary>
/// The answers a batch gave, keyed like the inbox (the command's idempotency key), so that a command sent again
/// answers what it answered the first time (the case it opened, the goal it set) and changes nothing.
/// </summary>
public static class CommandAnswerStore
{
    public static Task<CommandAnswer?> FindAsync(ReadUnit work, Guid key) => work.QuerySingleOrDefaultAsync<CommandAnswer>(
        "SELECT status AS Status, answer AS Answer FROM command_answers WHERE message_id = @Key", new { Key = key });

    public static Task RecordAsync(WriteUnit work, Guid key, int status, string? answer, DateTimeOffset at) => work.ExecuteAsync(
        "INSERT INTO command_answers (message_id, status, answer, answered_at) VALUES (@Key, @Status, @Answer, @At)",
        new { Key = key, Status = status, Answer = answer, At = at });

    /// <summary>Deletes answers older than the inbox keeps its records: past that a replay is no longer recognised anyway.</summary>
    public static Task<int> CleanupAsync(ModuleDatabase database, DateTimeOffset olderThan, CancellationToken ct) =>
        database.WriteAsync(work => work.ExecuteAsync("DELETE FROM command_answers WHERE answered_at < @OlderThan", new { OlderThan = olderThan }), ct);
}
