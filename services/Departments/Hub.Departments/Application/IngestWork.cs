using Hub.Persistence;

namespace Hub.Departments.Application;

/// <summary>Opens an operation's transaction, and makes a broker command's effect happen once.</summary>
public static class IngestWork
{
    public const string InboxConsumer = "department-ingest";

    /// <summary>
    /// A unit of work in the centre's database. With a <paramref name="messageId"/> (a broker command) the id is
    /// recorded in the inbox in the same transaction; null means that command's effect is already committed.
    /// </summary>
    public static async Task<UnitOfWork?> BeginOnceAsync(this DepartmentContext centre, Guid? messageId, CancellationToken ct)
    {
        var work = await centre.Database.BeginAsync(ct);
        if (messageId is { } id && !await work.TryMarkHandledAsync(id, InboxConsumer))
        {
            await work.DisposeAsync();
            return null;
        }

        return work;
    }
}
